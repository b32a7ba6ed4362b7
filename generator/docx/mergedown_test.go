package docx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
	"jixiao/generator/tmpl"
)

// indicatorTable is a 附件1-1-like table: 一级 merged down, 二级 merged
// down within its 一级, a plain 三级 column, a total row.
func indicatorTable() string {
	Row, Table := docxtest.Row, docxtest.Table
	return Table(Row("一级", "二级", "三级"),
		Row("{{range .行}}{{纵向合并 .一级}}", "{{纵向合并 .二级 .一级}}", "{{.三级}}{{end}}"),
		Row("合计", "", "{{len .行}}"))
}

// indicatorData makes one row per "一级/二级/三级" string.
func indicatorData(specs ...string) map[string]any {
	rows := make([]any, len(specs))
	for i, s := range specs {
		p := strings.Split(s, "/")
		rows[i] = map[string]any{"一级": p[0], "二级": p[1], "三级": p[2]}
	}
	return map[string]any{"行": rows}
}

// xBody, xTc… read the tables of a rendered body.
type xBody struct {
	Tables []struct {
		Rows []struct {
			Cells []xTc `xml:"tc"`
		} `xml:"tr"`
	} `xml:"body>tbl"`
}

type xTc struct {
	Pr *struct {
		Kids []struct {
			XMLName xml.Name
			Attrs   []xml.Attr `xml:",any,attr"`
		} `xml:",any"`
	} `xml:"tcPr"`
	Paras []struct {
		Texts []string `xml:"r>t"`
	} `xml:"p"`
}

// vMerge returns the cell's vertical merge: "", "restart" or "continue".
func (c xTc) vMerge() string {
	if c.Pr == nil {
		return ""
	}
	for _, k := range c.Pr.Kids {
		if k.XMLName.Local == "vMerge" {
			if len(k.Attrs) == 0 {
				return "continue"
			}
			return k.Attrs[0].Value
		}
	}
	return ""
}

// text joins the text of the cell's paragraphs with "/".
func (c xTc) text() string {
	var ps []string
	for _, p := range c.Paras {
		ps = append(ps, strings.Join(p.Texts, ""))
	}
	return strings.Join(ps, "/")
}

// mergeGrid shows each row of the first table as its cells joined by
// " | ": a cell starting a merge ends with “+”, a continuing one is “^”
// followed by any text it wrongly kept. It checks that every cell has a
// paragraph and its properties in schema order.
func mergeGrid(t *testing.T, part string) []string {
	t.Helper()
	var body xBody
	if err := xml.Unmarshal([]byte(part), &body); err != nil {
		t.Fatalf("output is not well-formed XML: %v", err)
	}
	var out []string
	for _, r := range body.Tables[0].Rows {
		var cells []string
		for _, c := range r.Cells {
			checkCell(t, c)
			switch c.vMerge() {
			case "restart":
				cells = append(cells, c.text()+"+")
			case "continue":
				cells = append(cells, "^"+c.text())
			default:
				cells = append(cells, c.text())
			}
		}
		out = append(out, strings.Join(cells, " | "))
	}
	return out
}

// tcPrOrder is the order of the cell properties the tests use.
var tcPrOrder = []string{"cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign"}

// checkCell fails for a cell without a paragraph or with its properties
// out of schema order.
func checkCell(t *testing.T, c xTc) {
	t.Helper()
	if len(c.Paras) == 0 {
		t.Error("a cell has no paragraph")
	}
	if c.Pr == nil {
		return
	}
	last := -1
	for _, k := range c.Pr.Kids {
		i := strings.Index(strings.Join(tcPrOrder, ",")+",", k.XMLName.Local+",")
		if i < last {
			t.Errorf("cell properties out of schema order: %s after another", k.XMLName.Local)
		}
		last = i
	}
}

// TestMergeDownRuns renders 0, 1 and many rows. Runs start at the first
// row and end at the last; the 二级 run of 预算配置 breaks where 一级 turns
// from 投入 to 过程 although the name stays the same.
func TestMergeDownRuns(t *testing.T) {
	for _, tt := range []struct {
		rows []string
		want []string
	}{
		{nil, nil},
		{[]string{"投入/目标设定/甲"}, []string{"投入 | 目标设定 | 甲"}},
		{[]string{"投入/目标设定/甲", "投入/目标设定/乙", "投入/预算配置/丙", "过程/预算配置/丁", "过程/预算配置/戊", "过程/预算执行/己",
			"产出/职责履行/庚", "产出/职责履行/辛"}, []string{
			"投入+ | 目标设定+ | 甲", "^ | ^ | 乙", "^ | 预算配置 | 丙",
			"过程+ | 预算配置+ | 丁", "^ | ^ | 戊", "^ | 预算执行 | 己",
			"产出+ | 职责履行+ | 庚", "^ | ^ | 辛"}},
		{[]string{"投入/甲/a", "过程/甲/b", "产出/甲/c"}, []string{"投入 | 甲 | a", "过程 | 甲 | b", "产出 | 甲 | c"}},
	} {
		t.Run(fmt.Sprint(len(tt.rows)), func(t *testing.T) {
			got := mergeGrid(t, renderBody(t, indicatorTable(), indicatorData(tt.rows...)))
			want := append(append([]string{"一级 | 二级 | 三级"}, tt.want...), fmt.Sprintf("合计 |  | %d", len(tt.rows)))
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestMergeDownBlanks: a blank value never merges, nor does a value whose
// group value is blank; values with line breaks and decimals merge by
// their text.
func TestMergeDownBlanks(t *testing.T) {
	data := indicatorData("/甲/a", "/甲/b", "投入//c", "投入//d", "过程\n（35分）/x/e", "过程\n（35分）/x/f")
	got := mergeGrid(t, renderBody(t, indicatorTable(), data))
	want := []string{"一级 | 二级 | 三级", " | 甲 | a", " | 甲 | b", "投入+ |  | c", "^ |  | d", "过程（35分）+ | x+ | e", "^ | ^ | f", "合计 |  | 6"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMergeDownOnlyInLoopRows: outside row loops, with text beside it, in
// a loop inside a cell, or in a loop of two rows per item, 纵向合并 just
// prints its value.
func TestMergeDownOnlyInLoopRows(t *testing.T) {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	same := map[string]any{"x": "同", "l": []any{"同", "同"}}
	for _, tt := range []struct {
		name, body string
		want       []string
	}{
		{"static rows", Table(Row("{{纵向合并 .x}}"), Row("{{纵向合并 .x}}")), []string{"同", "同"}},
		{"text beside", Table(Row("{{range .l}}{{纵向合并 .}}分", "{{end}}")), []string{"同分 | ", "同分 | "}},
		{"two tags", Table(Row("{{range .l}}{{纵向合并 .}}{{纵向合并 .}}", "{{end}}")), []string{"同同 | ", "同同 | "}},
		{"loop in a cell", Table(Row("{{range .l}}{{纵向合并 .}}{{end}}", "右")), []string{"同同 | 右"}},
		{"paragraphs in a cell", Table(`<w:tr>` + cell(P("{{range .l}}"), P("{{纵向合并 .}}"), P("{{end}}")) + `</w:tr>`), []string{"同/同"}},
		{"two rows per item", Table(Row("{{range .l}}{{纵向合并 .}}"), Row("{{.}}{{end}}")), []string{"同", "同", "同", "同"}},
		{"loop around the table", P("{{range .l}}") + Table(Row("{{纵向合并 .}}")) + P("{{end}}"), []string{"同"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := renderBody(t, tt.body, same)
			if got := mergeGrid(t, out); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q; want %q", got, tt.want)
			}
			if strings.Contains(out, "vMerge") || strings.ContainsRune(out, markOpen) {
				t.Errorf("merged or left a mark:\n%s", out)
			}
		})
	}
}

// TestMergeDownSeparateLoopsAndTables: rows of two loops, or of a loop
// repeated in tables of its own, do not merge with each other.
func TestMergeDownSeparateLoopsAndTables(t *testing.T) {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	data := map[string]any{"l": []any{"同", "同"}, "m": []any{"同"}, "g": []any{1, 2}}
	two := Table(Row("{{range .l}}{{纵向合并 .}}", "a{{end}}"), Row("{{range .m}}{{纵向合并 .}}", "b{{end}}"))
	if got := mergeGrid(t, renderBody(t, two, data)); strings.Join(got, "\n") != "同+ | a\n^ | a\n同 | b" {
		t.Errorf("two loops: %q", got)
	}
	tables := P("{{range .g}}") + Table(Row("{{range $.l}}{{纵向合并 .}}", "{{end}}")) + P("{{end}}")
	out := renderBody(t, tables, data)
	if n := strings.Count(out, `w:val="restart"`); n != 2 {
		t.Errorf("%d merged cells in two tables; want one each:\n%s", n, out)
	}
}

// TestMergeDownCellXML: vMerge goes into the cell's properties where the
// schema wants it, creating or replacing what is needed, and a covered
// cell keeps one paragraph with the template's paragraph properties.
func TestMergeDownCellXML(t *testing.T) {
	para := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{{range .l}}{{纵向合并 .}}</w:t></w:r></w:p>`
	end := `<w:tc><w:p><w:r><w:t>{{end}}</w:t></w:r></w:p></w:tc>`
	for _, tt := range []struct{ name, tcPr, restart, cont string }{
		{"full", `<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:gridSpan w:val="2"/><w:shd w:fill="EEEEEE"/><w:vAlign w:val="center"/></w:tcPr>`,
			`<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/><w:shd w:fill="EEEEEE"/><w:vAlign w:val="center"/></w:tcPr>`,
			`<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:gridSpan w:val="2"/><w:vMerge/><w:shd w:fill="EEEEEE"/><w:vAlign w:val="center"/></w:tcPr>`},
		{"width only", `<w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>`,
			`<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:vMerge w:val="restart"/></w:tcPr>`, `<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:vMerge/></w:tcPr>`},
		{"none", ``, `<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>`, `<w:tcPr><w:vMerge/></w:tcPr>`},
		{"empty", `<w:tcPr/>`, `<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>`, `<w:tcPr><w:vMerge/></w:tcPr>`},
		{"merged already", `<w:tcPr><w:vMerge/><w:vAlign w:val="top"/></w:tcPr>`,
			`<w:tcPr><w:vMerge w:val="restart"/><w:vAlign w:val="top"/></w:tcPr>`, `<w:tcPr><w:vMerge/><w:vAlign w:val="top"/></w:tcPr>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			body := docxtest.Table(`<w:tr><w:tc>` + tt.tcPr + para + `</w:tc>` + end + `</w:tr>`)
			out := renderBody(t, body, map[string]any{"l": []any{"同", "同"}})
			restart := `<w:tc>` + tt.restart + `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">同</w:t></w:r></w:p></w:tc>`
			cont := `<w:tc>` + tt.cont + `<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:tc>`
			if !strings.Contains(out, restart) || !strings.Contains(out, cont) {
				t.Errorf("want\n%s\nand\n%s\nin\n%s", restart, cont, out)
			}
			mergeGrid(t, out)
		})
	}
}

// TestMergeDownIsDeterministic: the same data gives the same bytes, and
// no mark is left in the output.
func TestMergeDownIsDeterministic(t *testing.T) {
	src := docxtest.Doc(indicatorTable())
	data := indicatorData("投入/甲/a", "投入/甲/b", "过程/乙/c")
	first := render(t, src, data)
	if !bytes.Equal(first, render(t, src, data)) {
		t.Error("two renders differ")
	}
	if strings.ContainsAny(partOf(t, first, "word/document.xml"), "\x02\x03\x1f") {
		t.Error("a mark is left in the output")
	}
}

// TestMergeMarksRoundTrip: marks carry any text, control characters and
// the separators included, and are all removed.
func TestMergeMarksRoundTrip(t *testing.T) {
	m := tmpl.MergeDown{Value: `投入"（15分）`, Within: []any{"\x02\x1f\x03", nil, 12}}
	out := []byte("a" + mergeMark(7, m) + "b" + mergeMark(8, tmpl.MergeDown{Value: ""}) + "c")
	clean, marks, err := takeMarks(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(clean) != "abc" || len(marks) != 2 {
		t.Fatalf("clean %q, %d marks", clean, len(marks))
	}
	if got := marks[0]; got.at != 1 || got.ctx != 7 || got.m.String() != m.String() || fmt.Sprint(got.m.Within) != "[\x02\x1f\x03  12]" {
		t.Errorf("first mark: %+v", got)
	}
	if got := marks[1]; got.at != 2 || got.ctx != 8 || got.m.String() != "" || len(got.m.Within) != 0 {
		t.Errorf("second mark: %+v", got)
	}
	if _, _, err := takeMarks([]byte("a\x027\x1f\"x")); err == nil {
		t.Error("an unterminated mark was accepted")
	}
}

// TestMergeDownWordStyleCells: a tag split over runs by a spelling mark,
// with w14 ids on the paragraph and a bookmark in the cell, as Word saves
// it: the cells merge, covered cells drop the ids and the bookmark, and
// every bookmark left keeps its pair.
func TestMergeDownWordStyleCells(t *testing.T) {
	p := `<w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="00AB12CD"><w:pPr><w:jc w:val="center"/></w:pPr>` +
		`<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t>{{range .l}}{{纵向</w:t></w:r><w:proofErr w:type="spellStart"/>` +
		`<w:r><w:rPr><w:b/></w:rPr><w:t>合并 .}}</w:t></w:r><w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/></w:p>`
	body := docxtest.Table(`<w:tr w14:paraId="0F0F0F0F">` + cell(p) + cell(docxtest.P("{{end}}")) + `</w:tr>`)
	out := renderBody(t, body, map[string]any{"l": []any{"同", "同", "异"}})
	if got := strings.Join(mergeGrid(t, out), "\n"); got != "同+ | \n^ | \n异 | " {
		t.Errorf("got\n%s", got)
	}
	if strings.Count(out, "<w:bookmarkStart") != strings.Count(out, "<w:bookmarkEnd") || strings.Count(out, `w:name="_GoBack`) != 2 {
		t.Errorf("bookmarks lost their pairs:\n%s", out)
	}
	if strings.Contains(out, "paraId") {
		t.Errorf("repeated paragraphs kept their w14 ids:\n%s", out)
	}
}
