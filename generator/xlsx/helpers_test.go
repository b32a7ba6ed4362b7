package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/diag"
	"jixiao/generator/num"
	"jixiao/generator/xlsx/xlsxtest"
)

// parseSpec builds the workbook spec describes and parses it as a template.
func parseSpec(t testing.TB, spec string) *Template {
	t.Helper()
	src, err := xlsxtest.Build(spec)
	if err != nil {
		t.Fatal(err)
	}
	tpl, d := Parse("t.xlsx", src)
	if d.HasErrors() {
		t.Fatalf("Parse: %v", d)
	}
	return tpl
}

// render renders spec with data and opens the result with excelize.
func render(t testing.TB, spec string, data any) (*excelize.File, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if d := parseSpec(t, spec).Execute(&buf, data); d.HasErrors() {
		t.Fatalf("Execute: %v", d)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("output does not open: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f, buf.Bytes()
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

// renderBytes executes tpl with data and returns the workbook.
func renderBytes(t testing.TB, tpl *Template, data any) []byte {
	t.Helper()
	var buf bytes.Buffer
	if d := tpl.Execute(&buf, data); d.HasErrors() {
		t.Fatalf("Execute: %v", d)
	}
	return buf.Bytes()
}

// dec parses a decimal literal.
func dec(s string) num.Dec { return num.MustParse(s) }

// cellIs checks a cell's raw value and whether it is a number cell.
func cellIs(t testing.TB, f *excelize.File, sheet, ref, want string, number bool) {
	t.Helper()
	got, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil || got != want {
		t.Errorf("%s!%s = %q (%v); want %q", sheet, ref, got, err, want)
	}
	typ, _ := f.GetCellType(sheet, ref)
	isNum := typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber
	if want != "" && isNum != number {
		t.Errorf("%s!%s: number cell = %v; want %v (type %v)", sheet, ref, isNum, number, typ)
	}
}

// formulaIs checks a cell's formula. Sheet names may or may not be quoted
// (excelize drops quotes it does not need when it moves a formula).
func formulaIs(t testing.TB, f *excelize.File, sheet, ref, want string) {
	t.Helper()
	if got, _ := f.GetCellFormula(sheet, ref); unquote(got) != unquote(want) {
		t.Errorf("%s!%s formula = %q; want %q", sheet, ref, got, want)
	}
}

// merges returns the merged ranges of sheet, sorted.
func merges(t testing.TB, f *excelize.File, sheet string) string {
	t.Helper()
	ms, err := f.GetMergeCells(sheet, true)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range ms {
		out = append(out, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	return strings.Join(sortStrings(out), " ")
}

func sortStrings(s []string) []string {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s
}

// definedName returns what the name refers to, without sheet-name quotes,
// or "" when it is absent.
func definedName(f *excelize.File, name, scope string) string {
	for _, dn := range f.GetDefinedName() {
		if dn.Name == name && dn.Scope == scope {
			return unquote(dn.RefersTo)
		}
	}
	return ""
}

func unquote(s string) string { return strings.ReplaceAll(s, "'", "") }

// errorsOf returns the diagnostics as lines "place: message".
func errorsOf(l diag.List) []string {
	var out []string
	for _, d := range l.Errors() {
		out = append(out, fmt.Sprintf("%s %s: %s", d.Pos.Part, d.Pos.Place, d.Msg))
	}
	return out
}

// projects returns n projects with names, scores and a nested leader.
func projects(n int) []any {
	items := make([]any, n)
	for i := range items {
		items[i] = map[string]any{
			"名称":  fmt.Sprintf("项目%d", i+1),
			"分数":  dec(fmt.Sprintf("%d.5", 60+i%40)),
			"完成":  i%3 != 0,
			"负责人": map[string]any{"姓名": fmt.Sprintf("负责人%d", i+1)},
		}
	}
	return items
}
