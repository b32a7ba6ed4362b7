package docx

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
)

func items(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = map[string]any{"名称": fmt.Sprintf("项%d", i+1), "金额": i + 1}
	}
	return out
}

func TestRowLoops(t *testing.T) {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	body := Table(Row("名称", "金额"), Row("{{range .项目}}{{.名称}}", "{{.金额}}{{end}}"), Row("合计", "{{len .项目}}")) + P("完")
	tests := []struct {
		n    int
		want string
	}{
		{0, "名称 | 金额 | 合计 | 0 | 完"},
		{1, "名称 | 金额 | 项1 | 1 | 合计 | 1 | 完"},
		{3, "名称 | 金额 | 项1 | 1 | 项2 | 2 | 项3 | 3 | 合计 | 3 | 完"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			out := renderBody(t, body, map[string]any{"项目": items(tt.n)})
			if got := joined(t, out); got != tt.want {
				t.Errorf("got %q; want %q", got, tt.want)
			}
			if rows := strings.Count(out, "<w:tr>"); rows != tt.n+2 {
				t.Errorf("%d rows; want %d", rows, tt.n+2)
			}
		})
	}
}

func TestRowLoopWithElseAndSeveralRows(t *testing.T) {
	Row, Table := docxtest.Row, docxtest.Table
	body := Table(Row("{{range .项目}}{{.名称}}", "甲"), Row("{{.金额}}", "乙"), Row("{{else}}无数据", "{{end}}"))
	if got := joined(t, renderBody(t, body, map[string]any{"项目": items(2)})); got != "项1 | 甲 | 1 | 乙 | 项2 | 甲 | 2 | 乙" {
		t.Errorf("two items: %q", got)
	}
	out := renderBody(t, body, map[string]any{"项目": items(0)})
	if got := joined(t, out); got != "无数据 | " {
		t.Errorf("no items: %q", got)
	}
	if strings.Contains(out, "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr></w:tc>") {
		t.Errorf("a cell lost its paragraph:\n%s", out)
	}
}

func TestParagraphLoopsLeaveNothingBehind(t *testing.T) {
	P := docxtest.P
	body := P("前") + P("{{range .问题}}") + P("问题：{{.}}") + P("{{end}}") + P("{{if .有}}") + P("有") + P("{{end}}") + P("后")
	out := renderBody(t, body, map[string]any{"问题": []any{}, "有": false})
	if got := joined(t, out); got != "前 | 后" {
		t.Errorf("got %q; want only 前 and 后", got)
	}
	out = renderBody(t, body, map[string]any{"问题": []any{"甲", "乙"}, "有": true})
	if got := joined(t, out); got != "前 | 问题：甲 | 问题：乙 | 有 | 后" {
		t.Errorf("got %q", got)
	}
}

func TestInlineBlocks(t *testing.T) {
	P := docxtest.P
	tests := []struct {
		body string
		data map[string]any
		want string
	}{
		{P("结论：{{if .好}}良好{{else}}一般{{end}}。"), map[string]any{"好": true}, "结论：良好。"},
		{P("结论：{{if .好}}良好{{else}}一般{{end}}。"), map[string]any{"好": false}, "结论：一般。"},
		{P("项目：{{range $i, $x := .项目}}{{if $i}}、{{end}}{{$x.名称}}{{end}}。"), map[string]any{"项目": items(3)}, "项目：项1、项2、项3。"},
		{P("{{range .项目}}{{if eq .金额 2}}{{continue}}{{end}}{{.名称}}{{end}}"), map[string]any{"项目": items(3)}, "项1项3"},
		{P("{{with .人员}}在职{{.在职}}人{{else}}无{{end}}"), map[string]any{"人员": map[string]any{"在职": 47}}, "在职47人"},
		{P("{{$n := len .项目}}共{{$n}}项"), map[string]any{"项目": items(2)}, "共2项"},
	}
	for _, tt := range tests {
		if got := joined(t, renderBody(t, tt.body, tt.data)); got != tt.want {
			t.Errorf("%s: got %q; want %q", tt.body, got, tt.want)
		}
	}
}

func TestCellKeepsAParagraph(t *testing.T) {
	P := docxtest.P
	body := docxtest.Table(`<w:tr>` + cell(P("{{range .x}}"),
		`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>{{.}}</w:t></w:r></w:p>`, P("{{end}}")) + cell(P("右")) + `</w:tr>`)
	out := renderBody(t, body, map[string]any{"x": []any{}})
	if !strings.Contains(out, `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:tc>`) {
		t.Errorf("the empty cell should get a paragraph with the template's properties:\n%s", out)
	}
	out = renderBody(t, body, map[string]any{"x": []any{"甲", "乙"}})
	if got := joined(t, out); got != "甲 | 乙 | 右" {
		t.Errorf("got %q", got)
	}
}

func TestNestedLoops(t *testing.T) {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	body := P("{{range .组}}") + P("{{.名}}") + Table(Row("{{range .项}}{{.}}", "{{end}}")) + P("{{end}}")
	data := map[string]any{"组": []any{
		map[string]any{"名": "一组", "项": []any{"a", "b"}},
		map[string]any{"名": "二组", "项": []any{"c"}},
	}}
	out := renderBody(t, body, data)
	if got := joined(t, out); got != "一组 | a |  | b |  | 二组 | c | " {
		t.Errorf("got %q", got)
	}
	if n := strings.Count(out, "<w:tbl>"); n != 2 {
		t.Errorf("%d tables; want 2", n)
	}
}

func TestHeaderAndFooterTags(t *testing.T) {
	src := docxtest.Package{Body: docxtest.P("正文"), Header: docxtest.P("{{.单位}}"), Footer: docxtest.P("第{{.页}}页")}.Bytes()
	out := render(t, src, map[string]any{"单位": "某局", "页": 1})
	if got := joined(t, partOf(t, out, "word/header1.xml")); got != "某局" {
		t.Errorf("header: %q", got)
	}
	if got := joined(t, partOf(t, out, "word/footer1.xml")); got != "第1页" {
		t.Errorf("footer: %q", got)
	}
}
