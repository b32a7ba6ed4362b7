package rubric

import (
	"strings"
	"testing"
)

// oneRule loads a rubric with one indicator of 2 points whose body is body.
func oneRule(t *testing.T, body string) (*Rubric, string) {
	t.Helper()
	src := "总分: 2\n一级指标:\n  - 名称: 一\n    分值: 2\n    二级指标:\n      - 名称: 二\n        分值: 2\n        三级指标:\n" +
		"          - 名称: 甲\n            分值: 2\n" + body
	r, diags := Load("r.yaml", []byte(src))
	return r, diags.Error()
}

func TestZeroPolicies(t *testing.T) {
	r, errs := oneRule(t, "            规则: {类型: 扣分, 取值: 政府采购执行率, 目标: 100, 方向: 偏离, 扣: 0.1, 方式: 按比例, 分母为0: {分子为0: 满分, 分子不为0: 0分}}\n")
	if errs != "" {
		t.Fatal(errs)
	}
	z := r.Indicators()[0].Rule.Zero
	if z.For(true) != Full || z.For(false) != None {
		t.Errorf("policy = %+v", z)
	}
	r, _ = oneRule(t, `            规则:
              类型: 扣分
              方向: 不足
              扣: 0.2
              方式: 按比例
              分母为0: 不适用
              项:
                - {取值: 一季度支付序时进度, 目标: 20}
                - {取值: 二季度支付序时进度, 目标: 50, 分母为0: 满分}
`)
	rule := r.Indicators()[0].Rule
	if rule.ZeroOf(rule.Checks[0]).For(true) != NotApplicable || rule.ZeroOf(rule.Checks[1]).For(false) != Full {
		t.Errorf("checks: %+v %+v", rule.ZeroOf(rule.Checks[0]), rule.ZeroOf(rule.Checks[1]))
	}
	if (*ZeroPolicy)(nil).For(true) != "" {
		t.Error("an undeclared policy decides")
	}
	_, errs = oneRule(t, "            规则: {类型: 分段, 取值: 满意度, 分段: [{区间: \"[0, +∞)\", 得分: 2}], 分母为0: 算了}\n")
	if !strings.Contains(errs, "r.yaml:11:71: 错误: “分母为0”应为 满分、0分、不适用 或 待评（或写成 {分子为0: …, 分子不为0: …}），实际为“算了”") {
		t.Errorf("errors:\n%s", errs)
	}
	_, errs = oneRule(t, "            规则: {类型: 评定, 分母为0: 满分}\n")
	if !strings.Contains(errs, "分母为0") {
		t.Errorf("a judged rule accepts 分母为0:\n%s", errs)
	}
}

func TestDistributedPoints(t *testing.T) {
	r, errs := oneRule(t, "            单位分配: 是\n            规则: {类型: 评定}\n")
	if errs != "" || !r.Indicators()[0].Distributed {
		t.Fatalf("%v %s", r.Indicators()[0].Distributed, errs)
	}
	if f := r.AllocationSchema().Child("甲"); f == nil || f.Max != "2" || f.Places != ScorePlaces {
		t.Errorf("分值分配.甲 = %+v", f)
	}
	_, errs = oneRule(t, "            单位分配: 是\n            细项:\n              - {名称: 子, 分值: 2, 规则: {类型: 评定}}\n")
	if !strings.Contains(errs, "有细项，不能由单位分配分值") {
		t.Errorf("errors:\n%s", errs)
	}
	_, errs = oneRule(t, "            单位分配: 也许\n            规则: {类型: 评定}\n")
	if !strings.Contains(errs, "“单位分配”应为 是 或 否，实际为“也许”") {
		t.Errorf("errors:\n%s", errs)
	}
}
