package gate_test

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/build"
	"jixiao/generator/evaluate"
	"jixiao/generator/gate"
	"jixiao/generator/pack"
	"jixiao/generator/scaffold"
)

// inspect evaluates src with the default pack, renders its documents and
// inspects them.
func inspect(t *testing.T, name string, src []byte) (*gate.Report, *evaluate.Result) {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	res, diags := evaluate.Run(p, name, src)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	outs, diags := build.Render(res)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return gate.Inspect(res, outs), res
}

// TestCompleteExampleIsReady: the complete example has no error, no 待评
// and no 【待补】 in any of the pack's documents (Excel template strings that
// no cell shows do not count).
func TestCompleteExampleIsReady(t *testing.T) {
	r, res := inspect(t, data.CompleteName, data.Complete)
	if !r.Ready() {
		t.Errorf("the complete example is not ready: errors %v, missing %+v, pending %+v, placeholders %+v",
			r.Errors, r.Missing, r.Pending, r.Placeholders)
	}
	if n := len(res.Pack.Meta.Documents); len(r.Placeholders) != n {
		t.Errorf("%d documents inspected; want the pack's %d", len(r.Placeholders), n)
	}
}

// TestSeedListsEveryGap: the seed unit has errors, 待评 indicators,
// 【待补】 in its documents, and misses 报告日期 (required for a final
// package), placed at the top of the file.
func TestSeedListsEveryGap(t *testing.T) {
	p, _ := pack.Default()
	name, src, _ := p.Example()
	r, res := inspect(t, name, src)
	if r.Ready() || len(r.Errors) != 2 || len(r.Pending) != 20 {
		t.Errorf("errors %d pending %d", len(r.Errors), len(r.Pending))
	}
	if r.PlaceholderCount() == 0 {
		t.Error("the seed's documents show no 【待补】")
	}
	byPath := map[string]gate.Missing{}
	for _, m := range r.Missing {
		byPath[m.Path] = m
	}
	date, ok := byPath["报告日期"]
	if !ok || date.Where != "附件1-3 成文日期" || date.Pos.Line != 8 || date.Hint != "在文件中添加 报告日期:" {
		t.Errorf("报告日期: %+v", date)
	}
	hire := byPath["人员.聘用人员.实际"]
	if hire.Where != "附件1-1 人员控制率② 聘用人员 实际使用数" || hire.Pos.Line != 39 || hire.Hint != "在“人员:”下写 聘用人员: 实际:" {
		t.Errorf("聘用人员.实际: %+v", hire)
	}
	if hire.Value == nil || hire.Value.Path != hire.Path || hire.Value.Present {
		t.Errorf("聘用人员.实际 does not carry its absent value: %+v", hire.Value)
	}
	if got := r.DraftLine(); got != fmt.Sprintf("草稿：%d 处待补，不能上报", r.Count()) {
		t.Errorf("draft line %q", got)
	}
	if sum := breakdownSum(t, r.Breakdown()); sum != r.Count() {
		t.Errorf("breakdown %q adds up to %d, the count is %d", r.Breakdown(), sum, r.Count())
	}
	for _, p := range res.Report.Missing {
		if _, ok := byPath[p]; !ok {
			t.Errorf("the gate does not list %s, which a score waits for", p)
		}
	}
}

// TestPendingNamesFactsOnceUnderTheIndicator: a 待评 indicator's reasons
// name the missing facts without repeating the form, the indicator and the
// part they are listed under; facts of another row keep their full names.
func TestPendingNamesFactsOnceUnderTheIndicator(t *testing.T) {
	p, _ := pack.Default()
	name, src, _ := p.Example()
	r, _ := inspect(t, name, src)
	want := map[string]string{
		"绩效目标合理性": "①符合法规和规划：缺少“是否符合”，待评",
		"预算执行率":   "②支付序时进度：缺少“一季度末 序时执行数”、“一季度末 序时指标下达数”、",
		"结转结余":    "缺少“县本级资金结转额”，待评",
		"实际完成率":   "缺少附件1-1 职责履行 实际完成数、附件1-1 职责履行 计划工作数，待评",
	}
	for _, pd := range r.Pending {
		w, ok := want[pd.Name]
		if !ok {
			continue
		}
		delete(want, pd.Name)
		if !strings.HasPrefix(pd.Reasons[0], w) {
			t.Errorf("%s: %q; want it to start %q", pd.Name, pd.Reasons[0], w)
		}
	}
	if len(want) > 0 {
		t.Errorf("not pending: %v", want)
	}
}

// TestFreshInitFileListsTheFacts: the file `init` writes misses many facts,
// and the gate names them by their form rows.
func TestFreshInitFileListsTheFacts(t *testing.T) {
	p, _ := pack.Default()
	src := scaffold.Facts(p.Rubric.FactsSchema(), scaffold.Options{Unit: "某局", Year: "2023", Usage: p.Rubric.FactUsage()})
	r, _ := inspect(t, "某局-2023.yaml", src)
	if len(r.Missing) < 60 {
		t.Errorf("only %d missing facts", len(r.Missing))
	}
	var wheres []string
	for _, m := range r.Missing {
		wheres = append(wheres, m.Where)
		if m.Path == "人员.编制数" && (m.Hint != "在“编制数:”后面填写" || m.Pos.Col != 3) {
			t.Errorf("编制数 is written empty in the file: %+v", m)
		}
		if m.Pos.Line == 0 || m.Hint == "" {
			t.Errorf("a missing fact without its place: %+v", m)
		}
	}
	got := strings.Join(wheres, "\n")
	for _, want := range []string{"附件1-2 财政供养人员情况 编制数", "附件1-2 “三公经费” 2022年预算数", "附件1-3 封面 单位负责人"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing facts lack %q:\n%s", want, got)
		}
	}
}

// TestNothingToMeasureIsNoGap: a complete unit with no 政府采购, no 三公经费
// and nothing issued by the end of Q1 is still ready: “不适用” is not a
// 【待补】.
func TestNothingToMeasureIsNoGap(t *testing.T) {
	src := string(data.Complete)
	cut := func(from, to, with string) {
		i, j := strings.Index(src, from), strings.Index(src, to)
		src = src[:i] + with + src[j:]
	}
	cut("三公经费:\n  合计:\n", "\n基本支出:", "三公经费: 无\n")
	cut("政府采购:\n  上年预算: 300\n", "\n预算执行:", "政府采购: 无\n")
	cut("    一季度:\n      序时执行数: 820\n", "    二季度:\n", "    一季度: 无\n")
	r, res := inspect(t, "f.yaml", []byte(src))
	if !res.Report.Complete || !r.Ready() {
		t.Errorf("complete %v; errors %v, missing %+v, pending %+v, placeholders %+v",
			res.Report.Complete, r.Errors, r.Missing, r.Pending, r.Placeholders)
	}
}

// breakdownSum adds the numbers of a Breakdown: “数据错误 2 个、文档中的
// 【待补】31 处…”.
func breakdownSum(t *testing.T, s string) int {
	t.Helper()
	sum := 0
	for _, m := range regexp.MustCompile(`\d+`).FindAllString(s, -1) {
		n, _ := strconv.Atoi(m)
		sum += n
	}
	return sum
}

// TestUnreadableDocumentIsNotReady: a document whose text could not be
// read keeps the package from being ready, counted once and said in the
// breakdown, rather than counting no 【待补】.
func TestUnreadableDocumentIsNotReady(t *testing.T) {
	r, res := inspect(t, data.CompleteName, data.Complete)
	if !r.Ready() {
		t.Fatalf("the complete example is not ready: %s", r.Breakdown())
	}
	docs, diags := build.RenderTexts(res)
	if diags.HasErrors() || len(docs) == 0 {
		t.Fatalf("RenderTexts: %v", diags)
	}
	docs[len(docs)-1].Texts, docs[len(docs)-1].Err = nil, errors.New("XML syntax error on line 1: unexpected EOF")
	r = gate.InspectTexts(res, docs)
	if r.Ready() || r.Count() != 1 || r.Breakdown() != "无法读取文字、不能确认没有【待补】的文档 1 个" {
		t.Errorf("ready %v, count %d, breakdown %q", r.Ready(), r.Count(), r.Breakdown())
	}
	if got := r.Placeholders[len(docs)-1].Unreadable; !strings.Contains(got, "unexpected EOF") {
		t.Errorf("Unreadable = %q", got)
	}
}
