package webui

import (
	"archive/zip"
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// docx builds a Word file from its body and styles.
func docx(t *testing.T, body, styles string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, content := range map[string]string{
		"word/document.xml": `<w:document xmlns:w="w"><w:body>` + body + `</w:body></w:document>`,
		"word/styles.xml":   `<w:styles xmlns:w="w">` + styles + `</w:styles>`,
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWordBlocksStylesAndRuns(t *testing.T) {
	styles := `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:ind w:firstLine="640"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="32"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="44"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="H1"><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>`
	body := `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>报告</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>一、</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>基本情况</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t xml:space="preserve">负责人：</w:t></w:r><w:r><w:t>【待补：单位负责人】</w:t></w:r><w:r><w:tab/><w:t>&lt;script&gt;</w:t><w:br/><w:t>x</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Loop"/><w:sectPr/></w:pPr></w:p>`
	blocks, cut, err := wordBlocks(docx(t, body, styles))
	if err != nil || cut || len(blocks) != 4 {
		t.Fatalf("%v %v %+v", err, cut, blocks)
	}
	want := []Block{
		{Runs: []Run{{Text: "报告"}}, Align: "center", Size: 44},
		{Runs: []Run{{Text: "一、", Bold: true}, {Text: "基本情况"}}, Align: "justify", Size: 32, Level: 1, Indent: true},
		{Runs: []Run{{Text: "负责人："}, {Text: "【待补：单位负责人】", Pending: true}, {Text: " <script>\nx"}}, Align: "justify", Size: 32, Indent: true},
		{Size: 21, Page: true}, // a style based on itself ends, with the defaults
	}
	if !reflect.DeepEqual(blocks, want) {
		t.Errorf("got  %+v\nwant %+v", blocks, want)
	}
}

func TestWordBlocksTableMerges(t *testing.T) {
	cell := func(pr, text string) string {
		return `<w:tc><w:tcPr>` + pr + `</w:tcPr><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
	}
	body := `<w:tbl><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
		`<w:tr>` + cell(`<w:gridSpan w:val="2"/>`, "表头") + cell(`<w:vMerge w:val="restart"/>`, "合并") + `</w:tr>` +
		`<w:tr>` + cell("", "a") + cell("", "b") + cell(`<w:vMerge/>`, "") + `</w:tr>` +
		`<w:tr>` + cell("", "c") + cell("", "d") + cell(`<w:vMerge/>`, "") + `</w:tr>` +
		`</w:tbl>`
	blocks, _, err := wordBlocks(docx(t, body, ""))
	if err != nil || len(blocks) != 1 {
		t.Fatal(err, blocks)
	}
	rows := blocks[0].Rows
	if len(rows) != 3 || len(rows[0]) != 2 || len(rows[1]) != 2 || len(rows[2]) != 2 {
		t.Fatalf("rows %+v", rows)
	}
	if rows[0][0].ColSpan != 2 || rows[0][1].RowSpan != 3 || rows[0][1].Blocks[0].Runs[0].Text != "合并" {
		t.Errorf("merges: %+v", rows[0])
	}
	if !reflect.DeepEqual(blocks[0].Cols, []int{250, 250, 500}) {
		t.Errorf("column widths %v", blocks[0].Cols)
	}
}

func TestMarkPending(t *testing.T) {
	got := markPending([]Run{{Text: "甲【待补】乙【待补：丙", Bold: true}})
	want := []Run{{Text: "甲", Bold: true}, {Text: "【待补】", Bold: true, Pending: true}, {Text: "乙", Bold: true},
		{Text: "【待补：丙", Bold: true, Pending: true}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%+v", got)
	}
}

// TestPreviewOfTheReport: the preview shows the package's report by
// default, its title centred, its headings, the unit's text and each
// 【待补】 marked; every Word document can be chosen, and nothing else.
func TestPreviewOfTheReport(t *testing.T) {
	pg := newPage(t)
	var p Preview
	pg.decode(pg.do("GET", "/api/preview?rev="+itoa(pg.state().Rev), nil, nil), &p, 200)
	if len(p.Documents) != 5 || !strings.Contains(p.Documents[indexOf(p.Documents, p.Index)].Name, "自评报告") {
		t.Fatalf("documents %+v, index %d", p.Documents, p.Index)
	}
	var text strings.Builder
	headings, pending, centred := 0, 0, false
	for _, b := range p.Blocks {
		for _, r := range b.Runs {
			text.WriteString(r.Text)
			if r.Pending {
				pending++
			}
		}
		text.WriteString("\n")
		if b.Level > 0 {
			headings++
		}
		centred = centred || (b.Align == "center" && b.Size >= 40)
	}
	for _, want := range []string{"部门整体支出绩效自评报告", "一、部门基本情况", "长沙县机关事务中心"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the preview lacks %q", want)
		}
	}
	if headings < 10 || pending == 0 || !centred {
		t.Errorf("headings %d, pending %d, centred title %v", headings, pending, centred)
	}
	table := p.Documents[0].Index
	pg.decode(pg.do("GET", "/api/preview?rev="+itoa(p.Rev)+"&doc="+itoa(table), nil, nil), &p, 200)
	if p.Index != table || !hasTable(p.Blocks) {
		t.Errorf("document %d: index %d, table %v", table, p.Index, hasTable(p.Blocks))
	}
	pg.decode(pg.do("GET", "/api/preview?rev="+itoa(p.Rev)+"&doc=0", nil, nil), nil, 404) // the xlsx
}

func indexOf(docs []PreviewDoc, i int) int {
	for n, d := range docs {
		if d.Index == i {
			return n
		}
	}
	return 0
}

func hasTable(blocks []Block) bool {
	for _, b := range blocks {
		if len(b.Rows) > 0 {
			return true
		}
	}
	return false
}
