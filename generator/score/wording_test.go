package score_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
	"jixiao/generator/score"
)

var update = flag.Bool("update", false, "update testdata/wording.golden")

// wordingCases are the units whose reasons the golden file pins: the two
// built-in examples and variations of the complete one that reach every
// kind of reason (zero denominators, deductions, cases, vetoes, judgements
// against, the unit's own 分值分配).
var wordingCases = []struct {
	name  string
	edits []string // old, new, … applied to the complete example
}{
	{"没有政府采购", []string{procurement, "政府采购: 无\n"}},
	{"无预算有采购", []string{procurement, "政府采购:\n  本年预算: 0\n  本年决算: 30\n"}},
	{"一季度未下达", []string{"    一季度:\n      序时执行数: 820\n      序时指标下达数: 3600\n", "    一季度: 无\n"}},
	{"超编、聘用超批复、有结转", []string{"  在职人数: 56\n", "  在职人数: 64\n", "    实际: 8\n", "    实际: 12\n",
		"  县本级资金结转: 0\n", "  县本级资金结转: 12.5\n"}},
	{"不符合、例数扣完、否决", []string{
		"依法采购: {符合: 是, 依据: 全部采购项目依法采购并履行验收手续，未发现规避采购或化整为零}", "依法采购: {符合: 否, 依据: 报告：一批办公设备未按规定程序采购}",
		"制度有效执行: {不符合例数: 0, 依据: 全年四次制度执行情况检查未发现不符合}", "制度有效执行: {不符合例数: 6, 依据: 检查发现6笔报销未经审批}",
		"无截留挤占挪用: {不符合例数: 0, 依据: 未发现截留、挤占、挪用、虚列支出}", "无截留挤占挪用: {不符合例数: 1, 依据: 审计发现挪用项目资金1笔}"}},
	{"单位分配分值", []string{"满意度:\n", "分值分配:\n  实际完成率: 8\n  完成及时性: 5\n  经济效益: 4\n  社会效益: 8\n满意度:\n"}},
}

func TestWordingGolden(t *testing.T) {
	var b bytes.Buffer
	p, _ := pack.Default()
	name, src, _ := p.Example()
	res, _ := evaluate.Run(p, name, src)
	writeReasons(&b, "长沙县示例", res.Report, nil)
	base := complete(t)
	writeReasons(&b, "完整示例", base, nil)
	for _, c := range wordingCases {
		writeReasons(&b, c.name+"（只列与完整示例不同的指标）", complete(t, c.edits...), base)
	}
	path := "testdata/wording.golden"
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./generator/score -update creates it)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("the reasons differ from %s; run go test ./generator/score -update and review the diff:\n%s", path, b.String())
	}
}

// writeReasons writes every indicator's score, full reason and brief, and
// each part's, one per line; with base, only the indicators whose reason
// differs from base's.
func writeReasons(b *bytes.Buffer, title string, r, base *score.Report) {
	fmt.Fprintf(b, "# %s：总分 %s，%s\n", title, r.Total, r.GradeText())
	for i, res := range r.Results {
		if base != nil && base.Results[i].Reason == res.Reason {
			continue
		}
		fmt.Fprintf(b, "%s（%s分）%s %s\n  说明：%s\n  简述：%s\n  评语：%s\n  列项：%s\n", res.Indicator.Name, res.Points, res.Status, res.Score,
			res.Reason, res.Brief, res.Verdict, res.Line)
		if len(res.Indicator.Subs) > 0 {
			for _, p := range res.Parts {
				fmt.Fprintf(b, "  · %s：%s\n", p.Name, p.Brief)
			}
		}
	}
	b.WriteString("\n")
}

// TestReasonsHoldNoProgramText: no reason of any case names a fact path,
// uses ASCII comparison signs, deducts beyond the item's points or quotes a
// “报告：” prefix.
func TestReasonsHoldNoProgramText(t *testing.T) {
	golden, err := os.ReadFile("testdata/wording.golden")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"评定.", "人员.", "预算执行.", "合计.", "三公经费.", "<=", ">=", "应扣", "报告：", "依据：", "理由：",
		"值<", "≤值", "jixiao", "模板包", "缺少 0", "1,8", ".00%"} {
		if strings.Contains(string(golden), bad) {
			t.Errorf("a reason holds %q", bad)
		}
	}
}
