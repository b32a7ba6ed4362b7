package docx

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
)

// placements parses a document with body and describes where each tag's
// action went: "inline", "at:p", "before:tr2" (the second row)…; a
// paragraph that vanished adds "drop:" and its place, one kept empty for
// its table cell "empty:".
func placements(t *testing.T, body string) ([]string, string) {
	t.Helper()
	tpl, diags := Parse("t.docx", docxtest.Doc(body))
	if diags.HasErrors() {
		return nil, diags.Error()
	}
	var got []string
	for _, tg := range tpl.parts[0].tags {
		got = append(got, describePlacement(tg.pl))
	}
	seen := map[*para]bool{}
	for _, tg := range tpl.parts[0].tags {
		x := tg.para.n.x
		switch {
		case seen[tg.para] || x == nil:
		case x.drop:
			got = append(got, "drop:"+tg.para.place)
		case x.emptied:
			got = append(got, "empty:"+tg.para.place)
		}
		seen[tg.para] = true
	}
	return got, ""
}

func describePlacement(pl placement) string {
	switch pl.mode {
	case plInline:
		return "inline"
	case plAt:
		return "at:p"
	}
	mode := map[pmode]string{plBefore: "before", plAfter: "after"}[pl.mode]
	if pl.n.kind == kP {
		return mode + ":p"
	}
	row := 0
	for _, c := range pl.n.parent.kids {
		if c.kind == kTr {
			row++
		}
		if c == pl.n {
			break
		}
	}
	return mode + ":tr" + strconv.Itoa(row)
}

// cell returns a table cell holding paragraphs.
func cell(paras ...string) string {
	return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
}

func TestPlacement(t *testing.T) {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"inline if", P("甲{{if .a}}乙{{end}}丙"), []string{"inline", "inline"}},
		{"paragraph loop", P("{{range .x}}") + P("{{.}}") + P("{{end}}"),
			[]string{"at:p", "inline", "at:p", "drop:第1段", "drop:第3段"}},
		{"block in one vanishing paragraph", P("{{if .a}}{{end}}"), []string{"at:p", "at:p", "drop:第1段"}},
		{"row loop in one row", Table(Row("{{range .x}}{{.a}}", "{{.b}}{{end}}")),
			[]string{"before:tr1", "inline", "inline", "after:tr1"}},
		{"rows i to j", Table(Row("{{range .x}}甲", "乙"), Row("丙", "丁{{end}}"), Row("合计", "")),
			[]string{"before:tr1", "after:tr2"}},
		{"row if with else in a later row", Table(Row("{{if .a}}{{.b}}", "x"), Row("{{else}}无", "{{end}}")),
			[]string{"before:tr1", "inline", "before:tr2", "after:tr2", "empty:表1 第2行 第2列"}},
		{"tags at paragraph start and end", P("{{range .x}}名称：{{.a}}") + P("金额：{{.b}}{{end}}"),
			[]string{"before:p", "inline", "inline", "after:p"}},
		{"tag at a paragraph end opens after it", P("以下为项目：{{range .x}}") + P("{{.}}") + P("{{end}}"),
			[]string{"after:p", "inline", "at:p", "drop:第3段"}},
		{"tags in mid paragraph stay inline", P("甲{{if .a}}乙") + P("丙{{end}}丁"), []string{"inline", "inline"}},
		{"a vanishing paragraph stays for an inline partner", P("甲{{if .a}}乙") + P("{{end}}"), []string{"inline", "inline"}},
		{"paragraph loop in a cell", Table(`<w:tr>` + cell(P("{{range .x}}"), P("{{.}}"), P("{{end}}")) + `</w:tr>`),
			[]string{"at:p", "inline", "at:p", "drop:表1 第1行 第1列", "drop:表1 第1行 第1列 第3段"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := placements(t, tt.body)
			if errs != "" {
				t.Fatalf("unexpected errors:\n%s", errs)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestPlacementErrors(t *testing.T) {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	field := func(inside string) string {
		return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>` + inside + `</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	}
	tests := []struct {
		name string
		body string
		want []string // each must appear in the diagnostics
	}{
		{"table in and out", Table(Row("{{range .x}}", "a")) + P("{{end}}"),
			[]string{"表1 第1行 第1列: 错误: 标签 {{range .x}}：与对应的 {{end}}（第1段）一个在表格内、一个在表格外"}},
		{"two tables", Table(Row("{{if .a}}")) + Table(Row("{{end}}")),
			[]string{"表1 第1行 第1列", "与对应的 {{end}}（表2 第1行 第1列）分别在不同的表格或单元格里"}},
		{"hyperlink", `<w:p><w:hyperlink r:id="rId9"><w:r><w:t>{{if .a}}链接</w:t></w:r></w:hyperlink><w:r><w:t>{{end}}</w:t></w:r></w:p>`,
			[]string{"第1段: 错误: 标签 {{if .a}}：与对应的 {{end}}（第1段）一个在超链接之内、一个在其外"}},
		{"tag split by a hyperlink edge", `<w:p><w:hyperlink r:id="rId9"><w:r><w:t>{{.</w:t></w:r></w:hyperlink><w:r><w:t>a}}</w:t></w:r></w:p>`,
			[]string{"第1段: 错误: 标签 {{.a}}：标签的一部分在超链接、内容控件或域之内"}},
		{"else in the opening row", Table(Row("{{if .a}}甲", "{{else}}乙", "{{end}}")),
			[]string{"标签 {{else}}：按表格行重复或删除的块中，{{else}} 要放在后面一行的单元格里"}},
		{"field edge", `<w:p>` + field("{{if .a}}1") + `<w:r><w:t>{{end}}</w:t></w:r></w:p>`,
			[]string{"一个在域（如目录、页码）之内、一个在域外"}},
		{"content control", `<w:sdt><w:sdtPr/><w:sdtContent>` + P("{{if .a}}") + `</w:sdtContent></w:sdt>` + P("{{end}}"),
			[]string{"一个在内容控件之内、一个在其外"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := placements(t, tt.body)
			for _, w := range tt.want {
				if !strings.Contains(errs, w) {
					t.Errorf("errors\n%s\nlack %q", errs, w)
				}
			}
		})
	}
}

func TestCheckOrderFindsCrossedBlocks(t *testing.T) {
	p := &para{place: "第1段"}
	a := &block{word: "if"}
	b := &block{word: "range"}
	tags := func(k tagKind, bl *block, text string) *tag {
		tg := &tag{kind: k, block: bl, para: p, span: tagSpan{text: text}}
		bl.tags = append(bl.tags, tg)
		return tg
	}
	aOpen, bOpen := tags(tagOpen, a, "{{if .a}}"), tags(tagOpen, b, "{{range .b}}")
	aEnd, bEnd := tags(tagEnd, a, "{{end}}"), tags(tagEnd, b, "{{end}}")
	if probs := checkOrder([]*tag{aOpen, bOpen, bEnd, aEnd}); len(probs) != 0 {
		t.Errorf("nested blocks reported: %v", probs)
	}
	probs := checkOrder([]*tag{aOpen, bOpen, aEnd, bEnd})
	if len(probs) != 1 || !strings.Contains(probs[0].msg, "互相交错") {
		t.Errorf("crossed blocks: %v", probs)
	}
}
