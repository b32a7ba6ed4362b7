package tmpl

import (
	"strings"
	"testing"
	"text/template"
)

// render renders src with data through the full function map.
func render(t *testing.T, src string, data any) string {
	t.Helper()
	tpl, err := template.New("t").Funcs(FuncMap()).Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := tpl.Execute(&b, data); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return b.String()
}

// TestProseNumbersAtTheirBoundaries: rounding half-up to two decimals
// decides between 持平 and a change, 0 and 0元, 61 and 61.01.
func TestProseNumbersAtTheirBoundaries(t *testing.T) {
	for _, tt := range []struct{ src, x, want string }{
		{`{{增减 .x}}`, "-0.004", "持平"},
		{`{{增减 .x}}`, "-0.005", "下降0.01%"},
		{`{{增减 .x}}`, "0.005", "增长0.01%"},
		{`{{增减 .x}}`, "-100", "下降100%"},
		{`{{金额 .x}}`, "0.004", "0元"},
		{`{{金额 .x}}`, "0.005", "0.01万元"},
		{`{{金额 .x}}`, "12819.60", "12819.6万元"},
		{`{{万元 .x}}`, "0", "0"},
		{`{{万元 .x}}`, "999.995", "1000"},
		{`{{百分比 .x}}`, "61.004", "61%"},
		{`{{百分比 .x}}`, "61.005", "61.01%"},
		{`{{千分位 .x 0}}`, "1234567.5", "1,234,568"},
	} {
		if got := render(t, tt.src, map[string]any{"x": dec(tt.x)}); got != tt.want {
			t.Errorf("%s with %s = %q; want %q", tt.src, tt.x, got, tt.want)
		}
	}
}

// TestPendingPassesThroughProseFunctions: a missing figure prints its
// marker, whatever function formats it.
func TestPendingPassesThroughProseFunctions(t *testing.T) {
	p := Pending{Need: []string{"政府采购.本年预算"}}
	for _, fn := range []string{"万元", "金额", "百分比", "增减", "日期"} {
		if got := render(t, "{{"+fn+" .x}}", map[string]any{"x": p}); got != p.String() {
			t.Errorf("%s of a missing figure = %q", fn, got)
		}
	}
}

func TestBreakLines(t *testing.T) {
	for _, tt := range []struct {
		width  int
		pieces []any
		want   string
	}{
		{20, []any{"2022年度", "长沙县机关事务中心", "整体支出绩效自评报告"}, "2022年度长沙县机关事务中心\n整体支出绩效自评报告"},
		{20, []any{"2022年度", "", "整体支出绩效自评报告"}, "2022年度整体支出绩效自评报告"},
		{10, []any{"整体支出绩效自评报告"}, "整体支出绩效自评报告"},
		{4, []any{"abcdefgh", "甲"}, "abcdefgh\n甲"},
		{20, []any{Pending{Need: []string{"单位"}}, "报告"}, "【待补：单位】报告"},
	} {
		if got := breakLines(tt.width, tt.pieces...).String(); got != tt.want {
			t.Errorf("breakLines(%d, %q) = %q; want %q", tt.width, tt.pieces, got, tt.want)
		}
	}
}

func TestRunIn(t *testing.T) {
	for _, tt := range []struct{ title, body, want string }{
		{"加强培训", "规范核算。", "1.加强培训。规范核算。"},
		{"加强培训，特别是针对《预算法》", "规范核算。", "1.加强培训，特别是针对《预算法》。规范核算。"},
		{"主要经验：", "同步申报。", "1.主要经验：同步申报。"},
		{"坚持优质服务", "1.物业服务。\n2.食堂管理。", "1.坚持优质服务\n1.物业服务。\n2.食堂管理。"},
		{"坚持优质服务", "一、物业服务。", "1.坚持优质服务\n一、物业服务。"},
		{"只有标题", "", "1.只有标题"},
		{"", "第一段。\n\n第二段。", "第一段。\n第二段。"},
	} {
		if got := runIn("1.", tt.title, tt.body).String(); got != tt.want {
			t.Errorf("runIn(%q, %q) = %q; want %q", tt.title, tt.body, got, tt.want)
		}
	}
}
