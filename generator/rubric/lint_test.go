package rubric

import (
	"strings"
	"testing"

	"jixiao/generator/diag"
	"jixiao/generator/metrics"
	"jixiao/generator/yamlsrc"
)

func lintFile(t *testing.T, path string) []string {
	t.Helper()
	r, _, diags := LoadFile(path)
	if diags.HasErrors() {
		t.Fatalf("load: %v", diags)
	}
	var out []string
	for _, d := range Lint(r) {
		out = append(out, d.String())
	}
	return out
}

// TestSeedRubricDefects checks that lint lists exactly the defects of the
// official form, copied literally: sums across levels, the bands of 绩效指标
// 明确性②, and every rate whose zero denominator the form leaves undecided
// (编制数 0, no 政府采购 budget …). The comparison of 评分标准 texts with
// their rules adds nothing here, rightly: the copy's rules transcribe the
// texts number for number (③'s “计0.5分” is within the 1 point of a 评定).
func TestSeedRubricDefects(t *testing.T) {
	got := lintFile(t, "testdata/seed-rubric.yaml")
	want := []string{
		"testdata/seed-rubric.yaml:70:19: 错误: “绩效指标明确性”细项“量化指标”的分段重叠 [2, 2]：取值 2个 同时落在“2个以下”和“为2个”两档",
		"testdata/seed-rubric.yaml:70:19: 错误: “绩效指标明确性”细项“量化指标”的分段有空隙 (2, 3]：取值 3个 不落在任何一档",
		"testdata/seed-rubric.yaml:106:21: 错误: “人员控制率”细项“在职人员控制率”的规则读取指标“在职人员控制率”，它的公式除以 人员.编制数，这个数可能为0：请写明“分母为0”时怎样计分（满分、0分、不适用 或 待评）",
		"testdata/seed-rubric.yaml:116:17: 错误: ““三公经费”变动率”的规则读取指标“三公经费变动率”，它的公式除以 合计.三公经费.上年预算，这个数可能为0：请写明“分母为0”时怎样计分（满分、0分、不适用 或 待评）",
		"testdata/seed-rubric.yaml:136:19: 错误: “预算执行率”细项“全年预算执行率”的规则读取指标“预算执行率”，它的公式除以 预算执行.预算数，这个数可能为0：请写明“分母为0”时怎样计分（满分、0分、不适用 或 待评）",
		"testdata/seed-rubric.yaml:146:19: 错误: “预算执行率”细项“支付序时进度”的规则读取指标“一季度支付序时进度”，它的公式除以 预算执行.序时进度.一季度.序时指标下达数，这个数可能为0：请写明“分母为0”时怎样计分（满分、0分、不适用 或 待评）",
		"testdata/seed-rubric.yaml:146:19: 错误: “预算执行率”细项“支付序时进度”的规则读取指标“二季度支付序时进度”，它的公式除以 预算执行.序时进度.二季度.序时指标下达数，这个数可能为0：请写明“分母为0”时怎样计分（满分、0分、不适用 或 待评）",
		"testdata/seed-rubric.yaml:146:19: 错误: “预算执行率”细项“支付序时进度”的规则读取指标“三季度支付序时进度”，它的公式除以 预算执行.序时进度.三季度.序时指标下达数，这个数可能为0：请写明“分母为0”时怎样计分（满分、0分、不适用 或 待评）",
		"testdata/seed-rubric.yaml:123:13: 错误: 三级指标“预算执行率”分值 6，但细项合计 2 + 2 = 4",
		"testdata/seed-rubric.yaml:163:15: 错误: “预算调整率”的规则读取指标“预算调整率”，它的公式除以 预算执行.预算数，这个数可能为0：请写明“分母为0”时怎样计分（满分、0分、不适用 或 待评）",
		"testdata/seed-rubric.yaml:182:17: 错误: ““三公经费”控制率”的规则读取指标“三公经费控制率”，它的公式除以 合计.三公经费.本年预算，这个数可能为0：请写明“分母为0”时怎样计分（满分、0分、不适用 或 待评）",
		"testdata/seed-rubric.yaml:195:21: 错误: “政府采购执行率和规范性”细项“政府采购执行率”的规则读取指标“政府采购执行率”，它的公式除以 政府采购.本年预算，这个数可能为0：请写明“分母为0”时怎样计分（满分、0分、不适用 或 待评）",
		"testdata/seed-rubric.yaml:274:13: 错误: 三级指标“资产管理制度健全性”分值 4，但细项合计 0.5 + 0.5 + 0.5 + 0.5 = 2",
		"testdata/seed-rubric.yaml:299:13: 错误: 三级指标“资产管理安全性”分值 3，但细项合计 0.5 + 0.5 + 0.5 + 0.5 = 2",
		"testdata/seed-rubric.yaml:347:13: 错误: 三级指标“实际完成率”没有分值",
		"testdata/seed-rubric.yaml:354:13: 错误: 三级指标“完成及时性”没有分值",
		"testdata/seed-rubric.yaml:360:13: 错误: 三级指标“质量达标率”没有分值",
		"testdata/seed-rubric.yaml:366:13: 错误: 三级指标“重点项目或工作办结率”没有分值",
		"testdata/seed-rubric.yaml:378:13: 错误: 三级指标“经济效益”没有分值",
		"testdata/seed-rubric.yaml:384:13: 错误: 三级指标“社会效益”没有分值",
		"testdata/seed-rubric.yaml:388:13: 错误: 三级指标“生态效益”没有分值",
		"testdata/seed-rubric.yaml:398:17: 错误: “社会公众或服务对象满意度”的规则读取指标“满意度”，它的公式除以 满意度.有效样本数，这个数可能为0：请写明“分母为0”时怎样计分（满分、0分、不适用 或 待评）",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestShippedRubricIsClean(t *testing.T) {
	if got := lintFile(t, "../../templates/changsha-2022/rubric.yaml"); len(got) != 0 {
		t.Errorf("shipped rubric has problems:\n%s", strings.Join(got, "\n"))
	}
}

// TestShippedRubricListsItsDifferences: the shipped rubric departs from the
// official 评分标准 on purpose in three indicators (doubled bands of 预算执行率①,
// enlarged 资产管理 points); without its 评分标准差异 lint reports each number.
func TestShippedRubricListsItsDifferences(t *testing.T) {
	r, _, diags := LoadFile("../../templates/changsha-2022/rubric.yaml")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	count := map[string]int{}
	for _, ind := range r.Indicators() {
		if len(ind.StandardDiffs) > 0 {
			count[ind.Name] = 0
			ind.StandardDiffs = nil
		}
	}
	for _, d := range Lint(r) {
		name := strings.TrimPrefix(strings.SplitN(d.Msg, "”", 2)[0], "“")
		count[name]++
	}
	want := map[string]int{"预算执行率": 2, "资产管理制度健全性": 4, "资产管理安全性": 7}
	if len(count) != len(want) {
		t.Errorf("indicators with 评分标准差异 or text findings: %v; want %v", count, want)
	}
	for name, n := range want {
		if count[name] != n {
			t.Errorf("%s: %d text findings without 评分标准差异; want %d", name, count[name], n)
		}
	}
}

// TestLintFormulas: a pack's formula that names a metric or misspells a
// fact is reported at its character in pack.yaml.
func TestLintFormulas(t *testing.T) {
	r, _, diags := LoadFile("../../templates/changsha-2022/rubric.yaml")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	n, _ := yamlsrc.Parse("pack.yaml", []byte("- {名称: 甲, 公式: 预算执行率 × 2}\n- {名称: 乙, 公式: 人员.编制 + 1}\n"))
	var d diag.List
	r.Declare(Declarations{Metrics: metrics.LoadDefs("pack.yaml", n.Content, &d)})
	var got []string
	for _, f := range Lint(r) {
		got = append(got, f.String())
	}
	want := []string{
		"pack.yaml:1:15: 错误: 指标“甲”的公式：不认识的名称“预算执行率”：它既不是事实，也不是合计：“预算执行率”是指标，公式不能引用另一个指标，请写出它的公式（预算执行.预算完成数÷预算执行.预算数×100%）",
		"pack.yaml:2:15: 错误: 指标“乙”的公式：不认识的名称“人员.编制”：它既不是事实，也不是合计，是不是“人员.编制数”？",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
