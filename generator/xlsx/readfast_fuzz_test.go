package xlsx

import (
	"regexp"
	"strings"
	"testing"
)

// bigNumber finds numbers of five digits or more, and references to
// columns beyond ZZ.
var bigNumber = regexp.MustCompile(`[0-9]{5,}|[A-Z]{3,}[0-9]`)

// FuzzFastReader changes the worksheet, shared strings and styles of a
// workbook: the fast reader must decline the result or read it as
// excelize does. With coverage instrumentation (go test -fuzz) excelize
// makes each input slow; a test binary built without it runs thousands a
// second: go test -c -o x.test ./generator/xlsx && cd generator/xlsx &&
// ../../x.test -test.run XXX -test.fuzz 'FuzzFastReader$' -test.fuzztime 2m
func FuzzFastReader(f *testing.F) {
	for _, c := range fastCases {
		f.Add(c.sheets[0], strings.Join(c.strings, "\x00"), c.styles)
	}
	f.Fuzz(func(t *testing.T, sheet, items, styles string) {
		if bigNumber.MatchString(sheet) {
			return // huge rows or ranges: slow to read both ways, nothing new
		}
		c := fastCase{name: "fuzz", sheets: []string{sheet}, strings: strings.Split(items, "\x00"), styles: styles}
		src := c.zip(t)
		if arch, err := readArchive(src); err == nil {
			declinesOrReadsAsExcelize(t, src, arch)
		}
	})
}

// declinesOrReadsAsExcelize fails t when the fast reader reads src
// otherwise than excelize does; a workbook it declines passes.
func declinesOrReadsAsExcelize(t *testing.T, src []byte, arch *archive) {
	t.Helper()
	_, got, reason := fastRead(src, arch)
	if reason != "" {
		return
	}
	want, err := readExcelize(src)
	if err != nil {
		t.Fatalf("the fast reader reads a workbook excelize refuses: %v", err)
	}
	if !sameRead(got, want) {
		t.Fatalf("fast reader differs from excelize:\n fast:     %v\n excelize: %v", dumpRead(got), dumpRead(want))
	}
}

// dumpRead writes a reading for messages.
func dumpRead(p *parsed) string {
	var b strings.Builder
	for _, s := range p.sheets {
		b.WriteString(dumpSheet(s))
	}
	return b.String()
}

// FuzzFastReaderValues puts fuzzed values into the attributes and values
// of a well-formed workbook (row heights, styles, cell types and values,
// merged ranges, column widths, sheet defaults, cell formats): the fast
// reader must decline the result or read it as excelize does.
func FuzzFastReaderValues(f *testing.F) {
	f.Add("30", "1", "s", "0", "B5:C5", "8.5", "14.25", "1", "176", "1")
	f.Add("", "", "", "", "A1", "", "", "", "", "")
	f.Add(" 15 ", "2", "inlineStr", "x", "A7:A8", "0", "0", "true", "9", "0")
	f.Fuzz(func(t *testing.T, ht, style, typ, value, merge, width, rowHeight, custom, numFmt, wrap string) {
		if bigNumber.MatchString(ht + style + value + merge + width + rowHeight + numFmt) {
			return
		}
		q := func(s string) string { return escapeAttr(s) }
		c := fastCases[1]
		c.sheets = []string{`<sheetFormatPr defaultRowHeight="` + q(rowHeight) + `" customHeight="` + q(custom) + `"/>` +
			`<cols><col min="1" max="2" width="` + q(width) + `" style="` + q(style) + `"/></cols><sheetData>` +
			`<row r="2" ht="` + q(ht) + `"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="` + q(style) + `" t="` + q(typ) + `"><v>` + escapeText(value) + `</v></c></row>` +
			`<row r="3" s="` + q(style) + `" hidden="` + q(custom) + `"><c r="A3" t="s"><v>2</v></c><c r="B3" s="` + q(style) + `" t="s"><v>2</v></c></row>` +
			`</sheetData><mergeCells><mergeCell ref="` + q(merge) + `"/></mergeCells>`}
		c.styles = strings.Replace(strings.Replace(caseStyles, `<xf numFmtId="0" fontId="1" applyFont="1"><alignment wrapText="1"/>`,
			`<xf numFmtId="`+q(numFmt)+`" fontId="1" applyFont="`+q(custom)+`"><alignment wrapText="`+q(wrap)+`"/>`, 1), `formatCode="0.0%"`, `formatCode="`+q(value)+`"`, 1)
		src := c.zip(t)
		declinesOrReadsAsExcelize(t, src, mustArchive(t, src))
	})
}
