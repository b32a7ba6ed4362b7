package score

import (
	"strings"
	"testing"

	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/rubric"
)

// one scores a rubric with a single indicator (its YAML body after
// "- 名称: 甲") against facts; the rubric must lint clean.
func one(t *testing.T, points, body, factsYAML string) *Result {
	t.Helper()
	return scoreOne(t, points, body, factsYAML, true)
}

// scoreOne is one, linting the rubric only when lint is set.
func scoreOne(t *testing.T, points, body, factsYAML string, lint bool) *Result {
	t.Helper()
	src := "总分: " + points + "\n一级指标:\n  - 名称: 一\n    分值: " + points + "\n    二级指标:\n      - 名称: 二\n        分值: " + points +
		"\n        三级指标:\n          - 名称: 甲\n            分值: " + points + "\n" + indent(body, 12)
	r, diags := rubric.Load("r.yaml", []byte(src))
	if diags.HasErrors() {
		t.Fatalf("rubric: %v\n%s", diags, src)
	}
	if l := rubric.Lint(r); lint && l.HasErrors() {
		t.Fatalf("lint: %v", l)
	}
	f, diags := facts.Load("f.yaml", []byte("单位: 某局\n年度: 2022\n"+factsYAML), r.FactsSchema())
	if diags.HasErrors() {
		t.Fatalf("facts: %v", diags)
	}
	rep := Score(r, metrics.Compute(f, r.MetricDefs()))
	return rep.Results[0]
}

func indent(s string, n int) string {
	pad := strings.Repeat(" ", n)
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return strings.Join(lines, "\n") + "\n"
}

func execution(done string) string {
	return "预算执行:\n  预算数: 10000\n  预算完成数: " + done + "\n"
}

const execBands = `规则:
  类型: 分段
  取值: 预算执行率
  分母为0: 待评
  分段:
    - {区间: 95%以上, 得分: 2}
    - {区间: "[90, 95)", 得分: 1.5}
    - {区间: "[80, 90)", 得分: 1}
    - {区间: 小于80%, 得分: 0}
`

func TestBandsAtBoundaries(t *testing.T) {
	tests := []struct{ done, score, reason string }{
		{"9500", "2", "预算执行率=9500÷10000×100%=95%，不低于95%，计2分"},
		{"9499.5", "2", "=95%，不低于95%"}, // 94.995% is displayed 95.00%: scored as shown
		{"9499.4", "1.5", "=94.99%，不低于90%且低于95%，计1.5分"},
		{"9000", "1.5", "=90%，不低于90%且低于95%"},
		{"8999.9", "1.5", "=90%，不低于90%且低于95%"}, // 89.999% is displayed 90.00%
		{"8999.4", "1", "=89.99%，不低于80%且低于90%"},
		{"8000", "1", "=80%，不低于80%且低于90%"},
		{"7999", "0", "=79.99%，低于80%，计0分"},
	}
	for _, tt := range tests {
		res := one(t, "2", execBands, execution(tt.done))
		if res.Status != Computed || res.Score.String() != tt.score || !strings.Contains(res.Reason, tt.reason) {
			t.Errorf("done %s: %s %s %q; want %s %q", tt.done, res.Status, res.Score, res.Reason, tt.score, tt.reason)
		}
	}
}

const adjustBands = `规则:
  类型: 分段
  取值: 预算调整率
  分母为0: 待评
  分段:
    - {区间: "<5%", 得分: 3}
    - {区间: "[5, 10]", 得分: 1.5}
    - {区间: 大于10%, 得分: 0}
`

func TestAdjustmentBandsFiveAndTenPercent(t *testing.T) {
	for _, tt := range []struct{ adj, score string }{
		{"499.4", "3"}, {"499.99", "1.5"} /* 4.9999% is displayed 5.00% */, {"500", "1.5"}, {"1000", "1.5"}, {"1000.5", "0"},
	} {
		res := one(t, "3", adjustBands, "预算执行:\n  预算数: 10000\n预算调整:\n  调整数: "+tt.adj+"\n")
		if res.Score.String() != tt.score {
			t.Errorf("调整数 %s: %s (%s); want %s", tt.adj, res.Score, res.Reason, tt.score)
		}
	}
}

// TestUndeclaredZeroDenominatorIsPending: without 分母为0 in the rule (which
// lint refuses), a zero denominator leaves the part 待评 and says why,
// naming the form's row; declared 待评, it asks to check the figure.
func TestUndeclaredZeroDenominatorIsPending(t *testing.T) {
	facts := "预算执行:\n  预算数: 0\n预算调整:\n  调整数: 10\n"
	undeclared := strings.Replace(adjustBands, "  分母为0: 待评\n", "", 1)
	res := scoreOne(t, "3", undeclared, facts, false)
	if res.Status != Pending || res.Reason != "预算数为0，无法计算预算调整率，评分规则没有规定分母为0时如何计分，待评" {
		t.Errorf("%s %q", res.Status, res.Reason)
	}
	res = one(t, "3", adjustBands, facts)
	if res.Status != Pending || res.Reason != "预算数为0，无法计算预算调整率，请核实，待评" {
		t.Errorf("declared: %s %q", res.Status, res.Reason)
	}
}

func TestDeductionModes(t *testing.T) {
	rule := func(mode string) string {
		return "规则: {类型: 扣分, 取值: 在职人员控制率, 目标: 100, 方向: 超出, 每: 1, 扣: 0.2, 方式: " + mode + ", 分母为0: 待评}\n"
	}
	staff := func(n string) string { return "人员:\n  编制数: 200\n  在职人数: " + n + "\n" }
	tests := []struct{ mode, staff, score string }{
		{"按比例", "200", "2"},   // exactly 100%: within target
		{"按比例", "203", "1.7"}, // 101.5%: 1.5 points × 0.2
		{"按整点", "203", "1.8"}, // 1 whole point
		{"按起点", "203", "1.6"}, // 2 started points
		{"按比例", "240", "0"},   // 120%: 4 points due, floor 0
		{"按整点", "201", "2"},   // 100.5%: no whole point
	}
	for _, tt := range tests {
		res := one(t, "2", rule(tt.mode), staff(tt.staff))
		if res.Score.String() != tt.score {
			t.Errorf("%s %s: %s (%s); want %s", tt.mode, tt.staff, res.Score, res.Reason, tt.score)
		}
	}
	res := one(t, "2", rule("按比例"), staff("240"))
	if !strings.Contains(res.Reason, "在职人员控制率=240÷200×100%=120%，比100%高20个百分点，每超出1个百分点扣0.2分，扣完为止，得0分") {
		t.Errorf("reason %q", res.Reason)
	}
	res = one(t, "2", rule("按整点"), staff("201"))
	if !strings.Contains(res.Reason, "=100.5%，比100%高0.5个百分点，每超出1个百分点扣0.2分，不足1个百分点不扣分，计2分") {
		t.Errorf("reason %q", res.Reason)
	}
}

func TestDeductionBothSidesAndSeveralChecks(t *testing.T) {
	buy := "规则: {类型: 扣分, 取值: 政府采购执行率, 目标: 100, 方向: 偏离, 每: 1, 扣: 0.1, 方式: 按比例, 分母为0: 0分}\n"
	for _, tt := range []struct{ actual, score string }{{"100", "1"}, {"95", "0.5"}, {"105", "0.5"}, {"183.03", "0"}} {
		res := one(t, "1", buy, "政府采购:\n  本年预算: 100\n  本年决算: "+tt.actual+"\n")
		if res.Score.String() != tt.score {
			t.Errorf("采购 %s: %s (%s); want %s", tt.actual, res.Score, res.Reason, tt.score)
		}
	}
	sched := `规则:
  类型: 扣分
  方向: 不足
  扣: 0.2
  方式: 按比例
  分母为0: 不适用
  项:
    - {取值: 一季度支付序时进度, 目标: 20}
    - {取值: 二季度支付序时进度, 目标: 50}
    - {取值: 三季度支付序时进度, 目标: 80}
`
	q := func(a, b, c string) string {
		return "预算执行:\n  序时进度:\n    一季度: {序时执行数: " + a + ", 序时指标下达数: 100}\n    二季度: {序时执行数: " + b +
			", 序时指标下达数: 100}\n    三季度: {序时执行数: " + c + ", 序时指标下达数: 100}\n"
	}
	if res := one(t, "2", sched, q("20", "50", "80")); res.Score.String() != "2" {
		t.Errorf("on schedule: %s %q", res.Score, res.Reason)
	}
	if res := one(t, "2", sched, q("18", "50", "77")); res.Score.String() != "1" {
		t.Errorf("5 points short: %s %q", res.Score, res.Reason)
	}
	if res := one(t, "2", sched, "预算执行:\n  序时进度:\n    一季度: {序时执行数: 20, 序时指标下达数: 100}\n"); res.Status != Pending {
		t.Errorf("missing quarters: %s %q", res.Status, res.Reason)
	}
}

func TestProportional(t *testing.T) {
	rule := "规则: {类型: 比例, 取值: 满意度, 目标: 90, 分母为0: 待评}\n"
	sat := func(a string) string {
		return "满意度:\n  有效样本数: 100\n  满意数: " + a + "\n  基本满意数: 0\n"
	}
	for _, tt := range []struct{ ok, score string }{{"90", "8"}, {"100", "8"}, {"45", "4"}, {"0", "0"}, {"89", "7.91"}} {
		res := one(t, "8", rule, sat(tt.ok))
		if res.Score.String() != tt.score {
			t.Errorf("满意 %s: %s (%s); want %s", tt.ok, res.Score, res.Reason, tt.score)
		}
	}
}

func TestJudgedKinds(t *testing.T) {
	body := `细项:
  - {名称: 甲一, 分值: 1, 规则: {类型: 是否}}
  - {名称: 甲二, 分值: 1, 规则: {类型: 例数扣分, 每例扣: 0.2}}
  - {名称: 甲三, 分值: 1, 规则: {类型: 评定}}
  - {名称: 甲四, 分值: 1, 规则: {类型: 否决}}
`
	facts := `评定:
  甲:
    甲一: {符合: 是, 依据: 有文件}
    甲二: {不符合例数: 2, 依据: 审计发现两笔}
    甲三: {得分: 0.8, 理由: 制度基本健全}
    甲四: {不符合例数: 0, 依据: 未发现}
`
	res := one(t, "4", body, facts)
	if res.Status != Judged || res.Score.String() != "3.4" {
		t.Fatalf("%s %s %q", res.Status, res.Score, res.Reason)
	}
	for _, want := range []string{"①甲一：符合（有文件），计1分", "②甲二：发现不符合2例（审计发现两笔），每例扣0.2分，共扣0.4分，计0.6分",
		"③甲三：评定0.8分（制度基本健全）", "④甲四：未发现，计1分"} {
		if !strings.Contains(res.Reason, want) {
			t.Errorf("reason %q lacks %q", res.Reason, want)
		}
	}
	vetoed := one(t, "4", body, strings.Replace(facts, "甲四: {不符合例数: 0", "甲四: {不符合例数: 1", 1))
	if vetoed.Score.String() != "0" || !strings.Contains(vetoed.Reason, "发现否决情形，本指标4分全部扣除，得0分") {
		t.Errorf("veto: %s %q", vetoed.Score, vetoed.Reason)
	}
	noReason := one(t, "4", body, strings.Replace(facts, "甲三: {得分: 0.8, 理由: 制度基本健全}", "甲三: {得分: 0.8}", 1))
	if noReason.Status != Pending || !strings.Contains(noReason.Reason, "缺少附件1-1 甲③甲三 评定理由") {
		t.Errorf("assessed without reason: %s %q", noReason.Status, noReason.Reason)
	}
}

func TestConditionPassFail(t *testing.T) {
	rule := "规则: {类型: 是否, 条件: 人员.聘用人员.实际 <= 人员.聘用人员.批复}\n"
	hire := func(a, b string) string {
		return "人员:\n  聘用人员:\n    实际: " + a + "\n    批复: " + b + "\n"
	}
	if res := one(t, "2", rule, hire("10", "10")); res.Score.String() != "2" {
		t.Errorf("equal: %s %q", res.Score, res.Reason)
	}
	if res := one(t, "2", rule, hire("11", "10")); res.Score.String() != "0" || res.Reason != "聘用人员实际使用数11人，超过批复数10人，计0分" {
		t.Errorf("over: %s %q", res.Score, res.Reason)
	}
	if res := one(t, "2", rule, hire("0", "0")); res.Score.String() != "2" {
		t.Errorf("0 of 0 (no rate, still within): %s %q", res.Score, res.Reason)
	}
	zero := "规则: {类型: 是否, 条件: 结转结余.县本级资金结转 = 0}\n"
	if res := one(t, "2", zero, "结转结余:\n  县本级资金结转: 0.01\n"); res.Score.String() != "0" {
		t.Errorf("carry-over: %s %q", res.Score, res.Reason)
	}
}

// TestConditionOnARate: a condition may compare a metric with a rate
// written 95%, or with ≠; a zero denominator follows the rule's 分母为0.
func TestConditionOnARate(t *testing.T) {
	rule := "规则: {类型: 是否, 条件: 预算执行率 ≥ 95%, 分母为0: 待评}\n"
	tests := []struct{ done, score, reason string }{
		{"9500", "2", "预算执行率95%，不低于95%，计2分"},
		{"9499.4", "0", "预算执行率94.99%，低于95%，计0分"},
	}
	for _, tt := range tests {
		res := one(t, "2", rule, execution(tt.done))
		if res.Score.String() != tt.score || res.Reason != tt.reason {
			t.Errorf("%s: %s %q; want %s %q", tt.done, res.Score, res.Reason, tt.score, tt.reason)
		}
	}
	res := one(t, "2", rule, "预算执行:\n  预算数: 0\n  预算完成数: 0\n")
	if res.Status != Pending || res.Reason != "预算数为0，无法计算预算执行率，请核实，待评" {
		t.Errorf("zero: %s %q", res.Status, res.Reason)
	}
	res = one(t, "2", "规则: {类型: 是否, 条件: 结转结余.县本级资金结转 ≠ 0}\n", "结转结余:\n  县本级资金结转: 0\n")
	if res.Score.String() != "0" || res.Reason != "县本级资金结转额0元，等于0元，计0分" {
		t.Errorf("≠: %s %q", res.Score, res.Reason)
	}
}
