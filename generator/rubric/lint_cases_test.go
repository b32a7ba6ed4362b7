package rubric

import (
	"strings"
	"testing"
)

// wrap builds a one-indicator rubric around an indicator body.
func wrap(total, l1, l2, ind string) string {
	return "总分: " + total + "\n一级指标:\n  - 名称: 甲\n    分值: " + l1 +
		"\n    二级指标:\n      - 名称: 乙\n        分值: " + l2 + "\n        三级指标:\n" + ind
}

func TestLintCases(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"level total", wrap("100", "90", "90", "          - {名称: 丙, 分值: 90, 规则: {类型: 评定}}\n"),
			"一级指标分值合计 90 = 90，不等于总分 100"},
		{"level2 vs level1", wrap("100", "100", "90", "          - {名称: 丙, 分值: 90, 规则: {类型: 评定}}\n"),
			"一级指标“甲”分值 100，但二级指标合计 90 = 90"},
		{"unknown ref", wrap("100", "100", "100", "          - {名称: 丙, 分值: 100, 规则: {类型: 分段, 取值: 在职人员控制, 分段: [{区间: \"[0,+∞)\", 得分: 1}]}}\n"),
			"但它既不是指标值也不是数字型事实，是不是“在职人员控制率”？"},
		{"judged ref on bands", wrap("100", "100", "100", "          - {名称: 丙, 分值: 100, 规则: {类型: 分段, 取值: 评定.丙, 分段: [{区间: \"[0,+∞)\", 得分: 1}]}}\n"),
			"分段规则不能读取评定项"},
		{"metric on judged kind", wrap("100", "100", "100", "          - {名称: 丙, 分值: 100, 规则: {类型: 例数扣分, 取值: 预算执行率, 每例扣: 0.2}}\n"),
			"例数扣分规则应读取“评定.”下的项"},
		{"no mode", wrap("100", "100", "100", "          - {名称: 丙, 分值: 100, 规则: {类型: 扣分, 取值: 预算执行率, 目标: 100, 扣: 1}}\n"),
			"没有写“方式”"},
		{"band above points", wrap("100", "100", "100", "          - {名称: 丙, 分值: 100, 规则: {类型: 分段, 取值: 预算执行率, 分段: [{区间: \"[0,+∞)\", 得分: 101}]}}\n"),
			"得 101 分，超出 0 到 100 分"},
		{"signed gap", wrap("100", "100", "100", "          - {名称: 丙, 分值: 100, 规则: {类型: 分段, 取值: 三公经费变动率, 分段: [{区间: \"[0,+∞)\", 得分: 1}]}}\n"),
			"分段有空隙 (−∞, 0)"},
		{"real gap", wrap("100", "100", "100", "          - {名称: 丙, 分值: 100, 规则: {类型: 分段, 取值: 预算执行率, 分段: [{区间: \"[0,80)\", 得分: 0}, {区间: \"(80,+∞)\", 得分: 1}]}}\n"),
			"分段有空隙 [80, 80]：取值 80% 不落在任何一档"},
		{"top gap", wrap("100", "100", "100", "          - {名称: 丙, 分值: 100, 规则: {类型: 分段, 取值: 预算执行率, 分段: [{区间: \"[0,80)\", 得分: 0}]}}\n"),
			"分段有空隙 [80, +∞)"},
	}
	for _, tt := range tests {
		r, diags := Load("r.yaml", []byte(tt.src))
		if diags.HasErrors() {
			t.Fatalf("%s: load: %v", tt.name, diags)
		}
		got := Lint(r).Error()
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: lint = %q; want it to contain %q", tt.name, got, tt.want)
		}
	}
}

func TestLoadErrorsAreLocatedAndComplete(t *testing.T) {
	src := wrap("100", "100", "100", `          - 名称: 丙
            分值: 100
            评分标准x: 文字
            规则: {类型: 分档, 取值: 预算执行率}
          - 名称: 丁
            分值: 0
            规则: {类型: 分段, 取值: 预算执行率, 分段: [{区间: "95-90%（含）", 得分: 1}]}
          - 名称: 戊
            分值: 0
            规则: {类型: 扣分, 取值: 预算执行率, 目标: 100, 扣: 1, 方式: 四舍五入, 方向: 向上}
`)
	_, diags := Load("r.yaml", []byte(src))
	got := diags.Error()
	for _, want := range []string{
		"r.yaml:11:13: 错误: 不认识的键“评分标准x”，是不是“评分标准”？",
		"r.yaml:12:22: 错误: 不认识的规则类型“分档”",
		"r.yaml:15:47: 错误: 区间“95-90%（含）”没有写明两端是否包含本数",
		"“方式”应为 按比例、按整点 或 按起点，实际为“四舍五入”",
		"“方向”应为 超出、不足 或 偏离，实际为“向上”",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("load errors\n%s\nlack %q", got, want)
		}
	}
}
