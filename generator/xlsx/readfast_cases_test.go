package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// fastCase is a workbook written part by part, to reach the defaults and
// special cases of excelize's answers.
type fastCase struct {
	name     string
	sheets   []string // worksheet XML, <sheetData> and around, without the root
	styles   string   // styleSheet content
	strings  []string // shared strings, as <si> content
	workbook string   // extra workbook content before <sheets>
}

// zip writes the case as an .xlsx file.
func (c fastCase) zip(t *testing.T) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + c.styles + `</styleSheet>`,
	}
	var sheets, rels strings.Builder
	for i, s := range c.sheets {
		fmt.Fprintf(&sheets, `<sheet name="表%d" sheetId="%d" r:id="rId%d"/>`, i+1, i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
		parts[fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)] = `<?xml version="1.0" encoding="UTF-8"?>` +
			`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` + s + `</worksheet>`
	}
	n := len(c.sheets)
	fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`, n+1)
	if c.strings != nil {
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`, n+2)
		parts["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			"<si>" + strings.Join(c.strings, "</si><si>") + "</si></sst>"
	}
	parts["xl/workbook.xml"] = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		c.workbook + "<sheets>" + sheets.String() + "</sheets></workbook>"
	parts["xl/_rels/workbook.xml.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"} {
		if data, ok := parts[name]; ok {
			w, _ := zw.Create(name)
			w.Write([]byte(data))
		}
	}
	for i := range c.sheets {
		w, _ := zw.Create(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1))
		w.Write([]byte(parts[fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// caseStyles has cell formats for every path of GetStyle the engine
// reads: wrapping with and without a font size, fonts not applied,
// alignment not applied, indents, percent and date formats built in,
// by language and custom, and an id neither built in nor defined.
const caseStyles = `<numFmts count="3"><numFmt numFmtId="176" formatCode="0.0%"/><numFmt numFmtId="177" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>` +
	`<numFmt numFmtId="177" formatCode="#,##0.00"/><numFmt numFmtId="14" formatCode="0.000"/></numFmts>` +
	`<fonts count="3"><font><sz val="11"/><name val="宋体"/></font><font><name val="黑体"/></font><font><sz val="9.5"/></font></fonts>` +
	`<cellXfs count="14">` +
	`<xf numFmtId="0" fontId="0"/>` + // 0
	`<xf numFmtId="0" fontId="1" applyFont="1"><alignment wrapText="1"/></xf>` + // 1 wrap, font without size
	`<xf numFmtId="0" fontId="2"><alignment wrapText="true" indent="2"/></xf>` + // 2 wrap, 9.5pt, indent
	`<xf numFmtId="0" fontId="2" applyFont="0" applyAlignment="1"><alignment wrapText="1"/></xf>` + // 3 font not applied
	`<xf numFmtId="0" fontId="2" applyAlignment="0"><alignment wrapText="1"/></xf>` + // 4 alignment not applied
	`<xf numFmtId="9"/>` + // 5 percent
	`<xf numFmtId="10" applyNumberFormat="1"/>` + // 6 percent
	`<xf numFmtId="14"/>` + // 7 built-in date (custom 14 ignored)
	`<xf numFmtId="176"/>` + // 8 custom percent
	`<xf numFmtId="177"/>` + // 9 custom, the last of id 177 wins
	`<xf numFmtId="23"/>` + // 10 neither built in nor defined
	`<xf numFmtId="28"/>` + // 11 language date
	`<xf fontId="9"><alignment wrapText="1" indent=""/></xf>` + // 12 font id out of range
	`<xf numFmtId="" fontId=" 2 "><alignment/></xf>` + // 13 blank and spaced numbers
	`</cellXfs>`

// fastCases reach excelize's defaults and special cases.
var fastCases = []fastCase{{
	name:    "no cols, no sheetFormatPr",
	styles:  caseStyles,
	strings: []string{"<t>{{range .项目}}{{.名称}}</t>", "<t>{{.分数}}{{end}}</t>", "<t>单位：{{.单位}}</t>", "<r><rPr><b/><sz val=\"12\"/></rPr><t>富文本{{.a}}</t></r><r><t>第二段</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh>", "<t>常量</t>"},
	sheets: []string{`<sheetData>` +
		`<row r="1"><c r="A1" s="2" t="s"><v>2</v></c><c r="B1" t="s"><v>3</v></c></row>` +
		`<row r="3"><c r="A3" s="1" t="s"><v>0</v></c><c r="B3" s="5" t="s"><v>1</v></c><c r="C3" s="7" t="s"><v>4</v></c><c r="D3" s="3"/><c r="E3"><v>12.5</v></c><c r="F3" t="b"><v>1</v></c><c r="G3" t="e"><v>#N/A</v></c><c r="H3" t="str"><v>x</v></c></row>` +
		`<row r="4"><c r="A4" s="4" t="inlineStr"><is><t>{{.行内}}</t></is></c><c r="B4" s="8" t="inlineStr"><is><r><t>{{.b}}</t></r></is></c><c r="C4" s="9"><v>{{.not}}</v></c><c r="D4" s="10" t="str"><v>{{.str}}</v></c></row>` +
		`<row r="5"><c r="A5" s="11" t="s"><v>2</v></c><c r="B5" s="12" t="s"><v>2</v></c><c r="C5" s="13" t="s"><v>2</v></c><c r="D5" s="6" t="s"><v>2</v></c></row>` +
		`</sheetData>`},
}, {
	name:     "sheetFormatPr, cols, heights, hidden rows, merges",
	styles:   caseStyles,
	workbook: `<workbookPr date1904="1"/>`,
	strings:  []string{"<t>{{range .项目}}{{.名称}}</t>", "<t>{{.分数}}{{end}}</t>", "<t xml:space=\"preserve\"> {{.说明}} </t>", "<t>{{if .有}}有{{end}}</t>", "<t>被合并</t>"},
	sheets: []string{
		`<dimension ref="A1:H12"/><sheetFormatPr defaultRowHeight="14.25" defaultColWidth="12.5" customHeight="1"/>` +
			`<cols><col min="1" max="1" width="30" customWidth="1"/><col min="2" max="3" width="8.5" style="5"/><col min="2" max="2" width="0"/><col min="4" max="5" style="2"/></cols>` +
			`<sheetData>` +
			`<row r="2" ht="30" customHeight="1"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>` +
			`<row r="3" hidden="1"><c r="A3" s="1" t="s"><v>0</v></c><c r="C3" t="s"><v>1</v></c><c r="D3" t="s"><v>4</v></c></row>` +
			`<row r="4" s="6" customFormat="1"><c r="A4" t="s"><v>0</v></c><c r="B4" s="2" t="s"><v>2</v></c><c r="D4" t="s"><v>1</v></c></row>` +
			`<row r="5" ht="14.25"><c r="A5" s="2" t="s"><v>2</v></c><c r="B5" s="1" t="s"><v>2</v></c><c r="D5" s="1" t="s"><v>2</v></c></row>` +
			`<row r="6" ht=""><c r="A6" s="1" t="s"><v>3</v></c></row>` +
			`<row r="7"><c r="A7" s="1" t="s"><v>2</v></c><c r="B7" t="s"><v>4</v></c></row>` +
			`<row r="9"><c r="A9" t="s"><v>0</v></c><c r="B9" s="2" t="s"><v>2</v></c><c r="E9" t="s"><v>1</v></c></row>` +
			`</sheetData>` +
			`<mergeCells count="4"><mergeCell ref="B5:C5"/><mergeCell ref="A7:A8"/><mergeCell ref="B9:D9"/><mergeCell ref="F2"/></mergeCells>`,
		`<sheetFormatPr baseColWidth="10"/><sheetData><row r="1"><c r="A1" s="1" t="s"><v>2</v></c></row></sheetData>`,
		`<sheetFormatPr baseColWidth="10" defaultColWidth="0" defaultRowHeight="0"/><cols/><sheetData><row r="2"><c r="B2" s="2" t="s"><v>2</v></c></row></sheetData>`,
	},
}, {
	name:    "formulas",
	styles:  caseStyles,
	strings: []string{"<t>{{range .项目}}{{.名称}}</t>", "<t>{{.分数}}{{end}}</t>", "<t>{{.x}}</t>"},
	sheets: []string{`<dimension ref="A1:F9"/><sheetData>` +
		`<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>3</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">A2+B2</f><v>3</v></c><c r="D2" t="s"><v>1</v></c></row>` +
		`<row r="3"><c r="A3" t="s"><v>0</v></c><c r="C3"><f t="shared" si="0"/><v>4</v></c><c r="D3" t="s"><v>1</v></c><c r="E3" t="str"><f t="shared" si="7"/><v>{{.孤儿}}</v></c></row>` +
		`<row r="4"><c r="A4" t="s"><f></f><v>2</v></c><c r="B4"><f>  </f></c><c r="C4"><f t="shared" si="0"></f></c><c r="D4" t="str"><f t="array" ref="D4">{1}</f><v>1</v></c></row>` +
		`<row r="5"><c r="A5" t="s"><v>0</v></c><c r="B5"><f t="shared" si="1"/></c><c r="C5"><f t="shared" ref="B5:C6" si="1">SUM(A$1:$A1)</f></c><c r="D5" t="s"><v>1</v></c></row>` +
		`<row r="6"><c r="F6"><f>NOW()</f></c></row>` +
		`</sheetData>`},
}, {
	name:    "misplaced tags",
	styles:  caseStyles,
	strings: []string{"<t>{{range .项目}}{{.名称}}</t>", "<t>{{.分数}}</t>", "<t>{{.a}}{{end}}</t>", "<t>{{if .x}}</t>"},
	sheets: []string{`<sheetData>` +
		`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
		`<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>` +
		`<row r="3"><c r="A3" t="s"><v>3</v></c></row>` +
		`</sheetData>`},
}}

// TestFastReaderCases reads workbooks made to reach excelize's defaults:
// the fast reader must read each, as excelize does.
func TestFastReaderCases(t *testing.T) {
	for _, c := range fastCases {
		t.Run(c.name, func(t *testing.T) {
			src := c.zip(t)
			if reason := compareReaders(t, c.name, src); reason != "" {
				t.Fatalf("declined: %s", reason)
			}
			if _, p, _ := fastRead(src, mustArchive(t, src)); countCells(p) == 0 {
				t.Errorf("no template cell read")
			}
		})
	}
}

func mustArchive(t *testing.T, src []byte) *archive {
	t.Helper()
	a, err := readArchive(src)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// countCells counts the template cells read.
func countCells(p *parsed) int {
	n := 0
	for _, s := range p.sheets {
		for _, r := range s.rows {
			n += len(r.cells)
		}
	}
	return n
}

// TestFastReaderDeclines: workbooks the fast reader does not model, or
// that excelize reads differently or refuses, are left to excelize.
func TestFastReaderDeclines(t *testing.T) {
	sheet := func(old, new string) func(*fastCase) {
		return func(c *fastCase) { c.sheets[0] = strings.Replace(c.sheets[0], old, new, 1) }
	}
	tests := map[string]func(*fastCase){
		"typed attribute that does not parse": sheet(`<row r="3">`, `<row r="3" ht="高">`),
		"row without r":                       sheet(`<row r="4">`, `<row>`),
		"rows out of order":                   sheet(`<row r="5">`, `<row r="2">`),
		"lower-case reference":                sheet(`r="B4"`, `r="b4"`),
		"cell in another row":                 sheet(`r="B4"`, `r="B6"`),
		"date cell":                           sheet(`<c r="E3">`, `<c r="E3" t="d">`),
		"spaced style":                        sheet(`<c r="E3">`, `<c r="E3" s=" 1">`),
		"blank style":                         sheet(`<c r="E3">`, `<c r="E3" s="">`),
		"string index out of range":           sheet(`<v>4</v>`, `<v>40</v>`),
		"unknown entity":                      sheet(`{{.str}}`, `{{.str}}&nbsp;`),
		"mismatched end tag":                  sheet(`</row><row r="4">`, `</rowx><row r="4">`),
		"element inside a row":                sheet(`<row r="5">`, `<row r="5"><extLst/>`),
		"comment inside a value":              sheet(`<v>12.5</v>`, `<v>12<!-- x -->.5</v>`),
		"overlapping merges":                  sheet(`</sheetData>`, `</sheetData><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`),
		"non-canonical merge":                 sheet(`</sheetData>`, `</sheetData><mergeCells><mergeCell ref="B2:A1"/></mergeCells>`),
		"escaped characters":                  func(c *fastCase) { c.strings[4] = "<t>常量_x000D_</t>" },
		"two texts in one item":               func(c *fastCase) { c.strings[4] = "<t>常</t><t>量</t>" },
		"two fonts sections":                  func(c *fastCase) { c.styles += "<fonts/>" },
		"two sizes in one font": func(c *fastCase) {
			c.styles = strings.Replace(c.styles, `<sz val="9.5"/>`, `<sz val="9.5"/><sz val="10"/>`, 1)
		},
		"typed style attribute": func(c *fastCase) { c.styles = strings.Replace(c.styles, `applyFont="1"`, `applyFont="yes"`, 1) },
		"two workbookPr":        func(c *fastCase) { c.workbook = `<workbookPr/><workbookPr/>` },
		"two sheets sections":   func(c *fastCase) { c.workbook = `<sheets><sheet name="甲" sheetId="9" r:id="rId1"/></sheets>` },
	}
	for name, change := range tests {
		t.Run(name, func(t *testing.T) {
			c := fastCases[0]
			c.sheets = append([]string(nil), c.sheets...)
			c.strings = append([]string(nil), c.strings...)
			change(&c)
			src := c.zip(t)
			if _, _, reason := fastRead(src, mustArchive(t, src)); reason == "" {
				t.Errorf("read; want declined")
			}
		})
	}
}
