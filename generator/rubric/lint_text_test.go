package rubric

import (
	"strings"
	"testing"
)

// TestLintStandardText: every number in 分 or % of a 评分标准 must be one
// of its rule's, sub-item by sub-item, unless listed in 评分标准差异.
func TestLintStandardText(t *testing.T) {
	passFail3 := func(text string) string {
		return wrap("100", "100", "100", "          - 名称: 丙\n            分值: 100\n            细项:\n"+
			"              - {名称: 甲项, 分值: 97, 规则: {类型: 评定}}\n"+
			"              - {名称: 乙项, 分值: 3, 规则: {类型: 是否}}\n"+
			"            评分标准: |-\n"+text)
	}
	bands := func(text, extra string) string {
		return wrap("100", "100", "100", "          - 名称: 丙\n            分值: 100\n"+extra+
			"            规则: {类型: 分段, 取值: 预算调整率, 分母为0: 待评, 分段: [{区间: <3%, 得分: 100}, {区间: \"[3, 10]\", 得分: 50}, {区间: 大于10%, 得分: 0}]}\n"+
			"            评分标准: "+text+"\n")
	}
	tests := []struct {
		name, src string
		want      []string // each a whole diagnostic's start; none = clean
	}{
		{"计2分 on a 3-point item", passFail3("              ①酌情评定；\n              ②制度健全，计2分，否则不得分。\n"),
			[]string{"r.yaml:16:22: 错误: “丙”的评分标准②写“2分”，评分规则中没有这个数（规则的分值或扣分：0、100、3）"}},
		{"计3分 on the 3-point item", passFail3("              ①酌情评定，最多97分；\n              ②制度健全，计3分，否则不得分。\n"), nil},
		{"judged item promising more", passFail3("              ①酌情评定，最多98分；\n              ②计3分。\n"),
			[]string{"r.yaml:15:23: 错误: “丙”的评分标准①写“98分”"}},
		{"<5% where the rule says <3%", bands("调整率<5%，计100分；5-10%（含），计50分；大于10%不得分", ""),
			[]string{
				"r.yaml:12:23: 错误: “丙”的评分标准写“5%”，评分规则中没有这个数（规则的区间端点、目标或扣分单位：3、10）",
				"r.yaml:12:32: 错误: “丙”的评分标准写“5%”"}},
		{"matching bands", bands("调整率<3%，计100分；3-10%（含），计50分；大于10%不得分；调整率=调整数/预算数×100%", ""), nil},
		{"acknowledged", bands("调整率<5%，计100分；5-10%（含），计50分；大于10%不得分", "            评分标准差异: [5%]\n"), nil},
		{"stale acknowledgement", bands("调整率<3%，计100分", "            评分标准差异: [①5%]\n"),
			[]string{"r.yaml:9:13: 提示: “丙”的评分标准差异列出了“①5%”，但评分标准中没有与规则不符的“①5%”"}},
	}
	for _, tt := range tests {
		r, diags := Load("r.yaml", []byte(tt.src))
		if diags.HasErrors() {
			t.Fatalf("%s: load: %v", tt.name, diags)
		}
		var got []string
		for _, d := range Lint(r) {
			got = append(got, d.String())
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: got\n%s\nwant %d findings", tt.name, strings.Join(got, "\n"), len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.HasPrefix(got[i], w) {
				t.Errorf("%s: got\n%s\nwant %s…", tt.name, got[i], w)
			}
		}
	}
}

// TestTokensOf: numbers with 分 and %, ranges, and what is left out.
func TestTokensOf(t *testing.T) {
	var got []string
	for _, tok := range tokensOf("①95%以上计2分，95-90%（含）计1.5分\n②每低1个百分点扣0.2分，分别达到20%；率=（a/b）×100%；计1分值") {
		got = append(got, tok.marker+tok.text)
	}
	want := "①95% ①2分 ①95% ①90% ①1.5分 ②1个百分点 ②0.2分 ②20%"
	if strings.Join(got, " ") != want {
		t.Errorf("got %s; want %s", strings.Join(got, " "), want)
	}
}
