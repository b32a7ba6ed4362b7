package consistency_test

import (
	"regexp"
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
)

// run evaluates src with the default pack and returns the findings, one
// per line.
func run(t *testing.T, src string) []string {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	res, diags := evaluate.Run(p, "f.yaml", []byte(src))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	var out []string
	for _, d := range res.Findings {
		out = append(out, d.String())
	}
	return out
}

// path matches a fact path or an internal name: Chinese, a dot, Chinese.
var path = regexp.MustCompile(`\p{Han}\.\p{Han}`)

// TestFindingsAreLocatedInTheUsersWords: every finding of the built-in
// example and of a file whose 三公 totals are recomputed has a line, and none
// names a fact path or the internal 合计 namespace.
func TestFindingsAreLocatedInTheUsersWords(t *testing.T) {
	p, _ := pack.Default()
	_, seed, _ := p.Example()
	recomputed := "单位: 某局\n年度: 2023\n三公经费:\n  公车购置: 无\n  公车运行维护: 无\n  因公出国: 无\n  公务接待:\n    上年预算: 0\n    本年预算: 5\n    本年决算: 6\n"
	for _, src := range []string{string(seed), recomputed} {
		lines := run(t, src)
		if len(lines) == 0 {
			t.Fatalf("no findings for\n%s", src)
		}
		for _, l := range lines {
			if !regexp.MustCompile(`^[^:]+:\d+:\d+: `).MatchString(l) {
				t.Errorf("finding without file:line:col: %s", l)
			}
			if path.MatchString(l) || strings.Contains(l, "合计.") {
				t.Errorf("finding names a path: %s", l)
			}
		}
	}
	got := strings.Join(run(t, recomputed), "\n")
	// The 三公 total is recomputed (not written): the finding is at its parent.
	want := "f.yaml:4:3: 提示: “三公经费”2022年预算数为0，而“三公经费”2023年预算数不为0，无法计算“三公经费”变动率：请核实"
	if !strings.Contains(got, want) {
		t.Errorf("findings lack\n%s\ngot\n%s", want, got)
	}
}

// TestAllocationMustAddUp: the unit's 分值分配 is refused when its group does
// not add up; a judged score above the unit's points is an error.
func TestAllocationMustAddUp(t *testing.T) {
	src := strings.Replace(string(data.Complete), "满意度:\n", "分值分配:\n  实际完成率: 8\n  经济效益: 4\n满意度:\n", 1)
	got := strings.Join(run(t, src), "\n")
	for _, want := range []string{
		"f.yaml:209:1: 错误: 分值分配：“职责履行”各三级指标的分值合计8+6+6+6=26分，应为25分，请调整使合计不变",
		"f.yaml:209:1: 错误: 分值分配：“履职效益”各三级指标的分值合计4+7+5+8=24分，应为25分，请调整使合计不变",
		"错误: 附件1-1 经济效益 评定得分5分，超过本指标的分值4分",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("findings lack\n%s\ngot\n%s", want, got)
		}
	}
	ok := strings.Replace(string(data.Complete), "满意度:\n", "分值分配:\n  实际完成率: 8\n  完成及时性: 5\n满意度:\n", 1)
	for _, l := range run(t, ok) {
		if strings.Contains(l, "分值分配") {
			t.Errorf("a distribution that adds up is refused: %s", l)
		}
	}
}

// TestJudgmentWithoutBasisNamesTheFormRow: a 否 without 依据 is named by
// its row on 附件1-1.
func TestJudgmentWithoutBasisNamesTheFormRow(t *testing.T) {
	src := strings.Replace(string(data.Complete), "依法采购: {符合: 是, 依据: 全部采购项目依法采购并履行验收手续，未发现规避采购或化整为零}", "依法采购: {符合: 否}", 1)
	got := strings.Join(run(t, src), "\n")
	if !strings.Contains(got, "错误: 附件1-1 政府采购执行率和规范性②依法采购：评为“否”但没有写依据") {
		t.Errorf("got\n%s", got)
	}
}
