package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// fakeCells is a workbook of a few cells on sheet "S" and "T".
type fakeCells map[string]value

func (f fakeCells) cell(sheet string, p position) (value, error) {
	return f[sheet+"!"+p.cellName()], nil
}

func (f fakeCells) area(a area) ([]value, error) {
	var out []value
	for r := a.r1; r <= a.r2; r++ {
		for c := a.c1; c <= a.c2; c++ {
			if v, ok := f[a.sheet+"!"+position{r, c}.cellName()]; ok && v.kind != vEmpty {
				out = append(out, v)
			}
		}
	}
	return out, nil
}

func n(s string) value { return numVal(decimal.RequireFromString(s)) }

func TestEvalFormula(t *testing.T) {
	wb := fakeCells{"S!A1": n("0.1"), "S!A2": n("0.2"), "S!A3": strVal("文字"), "S!A4": value{kind: vBool, b: true},
		"S!B1": n("12819.6"), "S!B2": n("16640.91"), "T!C3": n("7"), "S!C1": strVal("12")}
	for _, tt := range []struct{ formula, want string }{
		{"A1+A2", "0.3"},
		{"SUM(A1:A4)", "0.3"},
		{"SUM(A1:A2,A4,1)", "1.3"}, // a boolean in a referenced cell is skipped
		{"B1/B2*100", "77.0366524426849"},
		{"ROUND(B1/B2*100,2)", "77.04"},
		{"ROUNDUP(2.001,2)", "2.01"},
		{"ROUNDDOWN(-2.009,2)", "-2"},
		{"-2^2", "4"},
		{"2^-1", "0.5"},
		{"10%", "0.1"},
		{"1/0", "#DIV/0!"},
		{"A3*2", "#VALUE!"},
		{"C1*2", "24"},
		{`"核对："&TEXT(SUM(A1:A2),"0.00")&" 分"`, "核对：0.30 分"},
		{`TEXT(1234567.891,"#,##0.00")`, "1,234,567.89"},
		{`TEXT(0.9216,"0.00%")`, "92.16%"},
		{"IF(A1>0.05,\"高\",\"低\")", "高"},
		{"IF(AND(A4,NOT(A1>1)),1,2)", "1"},
		{"T!C3*2", "14"},
		{"'T'!C3+A9", "7"},
		{"AVERAGE(A1:A2)", "0.15"},
		{"MAX(A1:B2)", "16640.91"},
		{"COUNT(A1:A4)", "2"},
		{"COUNTA(A1:A4)", "4"},
		{"A1=0.1", "TRUE"},
		{`A3="文字"`, "TRUE"},
		{"CONCATENATE(A3,B1)", "文字12819.6"},
		{"(1+2)*3", "9"},
	} {
		v, err := evalFormula(tt.formula, "S", wb)
		if err != nil {
			t.Errorf("%s: %v", tt.formula, err)
			continue
		}
		got := cached(v).v
		if v.kind == vBool {
			got = map[bool]string{true: "TRUE", false: "FALSE"}[v.b]
		}
		if got != tt.want {
			t.Errorf("%s = %s; want %s", tt.formula, got, tt.want)
		}
	}
	for _, f := range []string{"VLOOKUP(A1,B1:B2,1)", "A1:A2*2", "名称+1", `TEXT(A1,"yyyy-mm-dd")`, "INDIRECT(\"A1\")", "{1,2}"} {
		if _, err := evalFormula(f, "S", wb); err == nil {
			t.Errorf("%s was computed; want it left to Excel", f)
		}
	}
}

// TestCachedValues: a formula that depends on a tag gets its value; one
// the engine cannot compute loses its stale value and the workbook is
// recalculated on opening; one untouched by the data keeps its value.
func TestCachedValues(t *testing.T) {
	src := withSheetXML(t, "A1: {{.x}}\nB1# 0\nC1# 0\nD1# 0\nE1# 5",
		`<c r="B1"><v>0</v></c><c r="C1"><v>0</v></c><c r="D1"><v>0</v></c>`,
		`<c r="B1"><f>A1*2</f><v>999</v></c><c r="C1"><f>VLOOKUP(A1,E1:E1,1)</f><v>999</v></c><c r="D1"><f>E1+1</f><v>6</v></c>`)
	tpl, d := Parse("t.xlsx", src)
	if d.HasErrors() {
		t.Fatal(d)
	}
	var buf bytes.Buffer
	if d := tpl.Execute(&buf, map[string]any{"x": dec("21")}); d.HasErrors() {
		t.Fatal(d)
	}
	p := parts(t, buf.Bytes())
	sheet := p["xl/worksheets/sheet1.xml"]
	for _, want := range []string{`<c r="B1"><f>A1*2</f><v>42</v></c>`, `<c r="C1"><f>VLOOKUP(A1,E1:E1,1)</f></c>`, `<c r="D1"><f>E1+1</f><v>6</v></c>`} {
		if !strings.Contains(sheet, want) {
			t.Errorf("sheet lacks %s:\n%s", want, sheet)
		}
	}
	if !strings.Contains(p["xl/workbook.xml"], `fullCalcOnLoad="1"`) {
		t.Errorf("workbook not marked for recalculation:\n%s", p["xl/workbook.xml"])
	}
}
