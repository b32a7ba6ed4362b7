package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/internal/clienttest"
	"jixiao/generator/internal/ziptest"
	"jixiao/generator/xlsx/xlsxtest"
)

// parts returns the uncompressed parts of a workbook by name.
func parts(t testing.TB, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		out[f.Name] = string(b)
	}
	return out
}

// sharedSpec has the shared formula of the hardening issue: B4 =B2+B3
// filled down to B5, which means =B3+B4 there.
const sharedSpec = "B2# 1\nB3# 2\nshared B4:B5 B2+B3\n"

// TestSharedFormulaRoundTrip: the shared formula keeps its meaning with
// no tag, with a tag (the sheet is patched: the shared formula stays
// shared) and with a loop below it (the workbook is rebuilt: the formula
// is unshared correctly), and its values are cached.
func TestSharedFormulaRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		name, spec string
		data       any
	}{
		{"untouched", sharedSpec + "A1: 表", nil},
		{"patched", sharedSpec + "A1: {{.x}}", map[string]any{"x": "甲"}},
		{"rebuilt", sharedSpec + "A7: {{range .l}}{{.}}\nB7: {{end}}", map[string]any{"l": []any{1, 2, 3}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, out := render(t, tt.spec, tt.data)
			for cell, want := range map[string]string{"B4": "B2+B3=3", "B5": "B3+B4=5"} {
				if tt.name == "untouched" {
					want = strings.TrimRight(want, "35") // copied as it was: the template has no values
				}
				formula, _ := formulaAndValue(t, out, cell)
				if formula != want {
					t.Errorf("%s: %s; want %s", cell, formula, want)
				}
			}
			_ = f
		})
	}
	src, _ := xlsxtest.Build(sharedSpec + "A1: 表")
	tpl, _ := Parse("t.xlsx", src)
	var buf bytes.Buffer
	if d := tpl.Execute(&buf, nil); d.HasErrors() {
		t.Fatal(d)
	}
	want, got := parts(t, src), parts(t, buf.Bytes())
	for name, content := range want {
		if got[name] != content {
			t.Errorf("%s changed in a workbook without tags", name)
		}
	}
}

// formulaAndValue returns “formula=cached value” of a cell, read from the
// sheet XML with the engine's own scanner (excelize misreads the shared
// formula's other cells).
func formulaAndValue(t testing.TB, out []byte, cell string) (string, bool) {
	t.Helper()
	a, err := readArchive(out)
	if err != nil {
		t.Fatal(err)
	}
	src, _ := a.read(a.sheets["Sheet1"])
	x := scanSheet(src)
	p, _ := parseArea(cell)
	i, ok := x.index[position{p.r1, p.c1}]
	if !ok {
		return "", false
	}
	text, _ := formulaOf(x.cells[i], "Sheet1", sharedMasters(x))
	return text + "=" + x.cells[i].v, x.cells[i].hasV
}

// withSheetXML builds spec and replaces old by new in its first
// worksheet's XML, for what the builder cannot write (Excel's own way of
// writing shared formulas and cached values).
func withSheetXML(t testing.TB, spec, old, new string) []byte {
	t.Helper()
	src, err := xlsxtest.Build(spec)
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet1.xml" {
			zw.Copy(f)
			continue
		}
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		if !bytes.Contains(b, []byte(old)) {
			t.Fatalf("%q not in the sheet:\n%s", old, b)
		}
		w, _ := zw.Create(f.Name)
		w.Write(bytes.Replace(b, []byte(old), []byte(new), 1))
	}
	zw.Close()
	return out.Bytes()
}

// TestExcelSharedFormulaWithLoop: the case as Excel writes it
// (cached values, self-closing shared cells), with a loop below and above.
func TestExcelSharedFormulaWithLoop(t *testing.T) {
	const excelCells = `<row r="4"><c r="B4"><f t="shared" ref="B4:B5" si="0">B2+B3</f><v>3</v></c></row><row r="5"><c r="B5"><f t="shared" si="0"/><v>5</v></c></row>`
	for _, tt := range []struct{ name, spec, b4, b5 string }{
		{"loop below", "B2# 1\nB3# 2\nB4# 0\nB5# 0\nA7: {{range .l}}{{.}}\nB7: {{end}}", "B4", "B5"},
		{"loop above", "A1: {{range .l}}{{.}}\nB1: {{end}}\nB2# 1\nB3# 2\nB4# 0\nB5# 0", "B6", "B7"},
	} {
		src := withSheetXML(t, tt.spec, `<row r="4"><c r="B4"><v>0</v></c></row><row r="5"><c r="B5"><v>0</v></c></row>`, excelCells)
		tpl, d := Parse("t.xlsx", src)
		if d.HasErrors() {
			t.Fatal(d)
		}
		var buf bytes.Buffer
		if d := tpl.Execute(&buf, map[string]any{"l": []any{1, 2, 3}}); d.HasErrors() {
			t.Fatal(d)
		}
		b4, _ := formulaAndValue(t, buf.Bytes(), tt.b4)
		b5, _ := formulaAndValue(t, buf.Bytes(), tt.b5)
		shift := func(f string) string {
			if tt.name == "loop above" {
				return strings.NewReplacer("B2", "B4", "B3", "B5", "B4", "B6").Replace(f)
			}
			return f
		}
		if b4 != shift("B2+B3")+"=3" || b5 != shift("B3+B4")+"=5" {
			t.Errorf("%s: %s, %s", tt.name, b4, b5)
		}
	}
}

// TestSharedFormulaWithLineBreak: a shared formula written with a line
// break (as in Apache POI's NewlineInFormulas.xlsx, where excelize made
// B4 =B2+B3 into =B1+B3) keeps its meaning when a loop rebuilds the
// workbook.
func TestSharedFormulaWithLineBreak(t *testing.T) {
	src := withSheetXML(t, "B1# 1\nB2# 2\nB3# 0\nB4# 0\nB5# 0\nA8: {{range .l}}{{.}}\nB8: {{end}}",
		`<row r="3"><c r="B3"><v>0</v></c></row><row r="4"><c r="B4"><v>0</v></c></row><row r="5"><c r="B5"><v>0</v></c></row>`,
		"<row r=\"3\"><c r=\"B3\"><f t=\"shared\" ref=\"B3:B5\" si=\"0\">B1\r\n+B2</f><v>3</v></c></row>"+
			`<row r="4"><c r="B4"><f t="shared" si="0"/><v>5</v></c></row><row r="5"><c r="B5"><f t="shared" si="0"/><v>8</v></c></row>`)
	tpl, d := Parse("t.xlsx", src)
	if d.HasErrors() {
		t.Fatal(d)
	}
	var buf bytes.Buffer
	if d := tpl.Execute(&buf, map[string]any{"l": []any{1, 2}}); d.HasErrors() {
		t.Fatal(d)
	}
	for cell, want := range map[string]string{"B3": "B1+B2=3", "B4": "B2+B3=5", "B5": "B3+B4=8"} {
		got, _ := formulaAndValue(t, buf.Bytes(), cell)
		if strings.NewReplacer("\r", "", "\n", "").Replace(got) != want {
			t.Errorf("%s = %q; want %q", cell, got, want)
		}
	}
}

// TestInlineStringTags: a tag in an inline-string cell (as XlsxWriter and
// others store text) renders like one in a shared-string cell, in a plain
// row and in a loop, and leaves no trace of the tag.
func TestInlineStringTags(t *testing.T) {
	const shared = `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>`
	const inline = `<row r="1"><c r="A1" t="inlineStr"><is><t>{{.数量}}</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>{{range .l}}{{.}}</t></is></c><c r="B2" t="inlineStr"><is><r><t>{{</t></r><r><t>end}}</t></r></is></c></row>`
	for _, items := range [][]any{{"甲"}, {"甲", "乙", "丙"}} {
		src := withSheetXML(t, "A1: {{.数量}}\nA2: {{range .l}}{{.}}\nB2: {{end}}", shared, inline)
		tpl, d := Parse("t.xlsx", src)
		if d.HasErrors() {
			t.Fatal(d)
		}
		var buf bytes.Buffer
		if d := tpl.Execute(&buf, map[string]any{"数量": dec("42"), "l": items}); d.HasErrors() {
			t.Fatal(d)
		}
		sheet := parts(t, buf.Bytes())["xl/worksheets/sheet1.xml"]
		if strings.Contains(sheet, "{{") || !strings.Contains(sheet, "<v>42</v>") {
			t.Errorf("%d items: %s", len(items), sheet)
		}
		f, _ := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		for i, want := range items {
			if got, _ := f.GetCellValue("Sheet1", fmt.Sprintf("A%d", i+2)); got != want {
				t.Errorf("%d items: A%d = %q; want %q", len(items), i+2, got, want)
			}
		}
		if typ, _ := f.GetCellType("Sheet1", "A1"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("A1 has type %v", typ)
		}
	}
}

// TestStrictWorkbook: a Strict Open XML workbook (Apache POI's
// SimpleStrict.xlsx) with tags renders with and without a loop, and the
// result opens in LibreOffice with the values in place (openpyxl does not
// read strict workbooks; the rebuilt one is transitional).
func TestStrictWorkbook(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "document", "testdata", "corpus", "poi-SimpleStrict.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, second string
		want         []string
	}{
		{"patched", "{{.y}}", []string{"42,,1\n乙,,2\n,,3\n"}},
		{"rebuilt", "{{range .l}}{{.}}{{end}}", []string{"42,,1\n1,,2\n2,,2\n3,,2\n,,3\n"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tagged := replacePart(t, src, "xl/sharedStrings.xml", "<t>test</t>", "<t>{{.x}}</t>", "<t>test 2</t>", "<t>"+tt.second+"</t>")
			tpl, d := Parse("strict.xlsx", tagged)
			if d.HasErrors() {
				t.Fatal(d)
			}
			var buf bytes.Buffer
			if d := tpl.Execute(&buf, map[string]any{"x": dec("42"), "y": "乙", "l": []any{1, 2, 3}}); d.HasErrors() {
				t.Fatal(d)
			}
			path := filepath.Join(t.TempDir(), "out.xlsx")
			os.WriteFile(path, buf.Bytes(), 0o644)
			cells := firstSheetCSV(t, path)
			for _, want := range tt.want {
				if !strings.Contains(cells, want) {
					t.Errorf("LibreOffice reads\n%q\nwant %q", cells, want)
				}
			}
		})
	}
}

// replacePart rewrites part name of an archive with old/new pairs.
func replacePart(t *testing.T, src []byte, name string, pairs ...string) []byte {
	t.Helper()
	return ziptest.Edit(t, src, func(part string, data []byte) ([]byte, bool) {
		return []byte(strings.NewReplacer(pairs...).Replace(string(data))), part == name
	})
}

// firstSheetCSV converts a workbook's first sheet to CSV with LibreOffice.
func firstSheetCSV(t *testing.T, path string) string {
	t.Helper()
	clienttest.Require(t, "soffice")
	dir := t.TempDir()
	profile := "file://" + filepath.ToSlash(t.TempDir())
	if out, err := exec.Command("soffice", "-env:UserInstallation="+profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir, path).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), ".xlsx")+".csv"))
	if err != nil {
		t.Fatalf("LibreOffice did not open %s: %v", path, err)
	}
	return string(b)
}
