package xlsx

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestSetPrintDefaults(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := SetPrintDefaults(f, "Sheet1", "$1:$3"); err != nil {
		t.Fatal(err)
	}
	if err := SetPrintDefaults(f, "Sheet1", "1:4"); err != nil {
		t.Fatal(err)
	}
	layout, err := f.GetPageLayout("Sheet1")
	if err != nil || *layout.Size != a4 || *layout.FitToWidth != 1 || *layout.FitToHeight != 0 {
		t.Errorf("page layout = %+v, %v", layout, err)
	}
	props, _ := f.GetSheetProps("Sheet1")
	if props.FitToPage == nil || !*props.FitToPage {
		t.Error("fit to page is off")
	}
	if got := definedName(f, "_xlnm.Print_Titles", "Sheet1"); got != "Sheet1!$1:$4" {
		t.Errorf("print titles = %q", got)
	}
	if err := SetPrintDefaults(f, "Sheet1", "A1:B2"); err == nil {
		t.Error("accepted a range that is not rows")
	}
}

// TestPrintSetupKept renders a template with page setup and header text
// and expects them unchanged.
func TestPrintSetupKept(t *testing.T) {
	src := mustBuild(t, "A1: {{.a}}\nA2: {{range .x}}{{.}}\nB2: {{end}}\nheader &C附件2-4\nwidth A 30")
	f, err := excelize.OpenReader(bytesReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if err := SetPrintDefaults(f, "Sheet1", "1:1"); err != nil {
		t.Fatal(err)
	}
	buf, _ := f.WriteToBuffer()
	tpl, d := Parse("t.xlsx", buf.Bytes())
	if d.HasErrors() {
		t.Fatal(d)
	}
	out := renderBytes(t, tpl, map[string]any{"a": 1, "x": []int{1, 2, 3}})
	g, err := excelize.OpenReader(bytesReader(out))
	if err != nil {
		t.Fatal(err)
	}
	layout, _ := g.GetPageLayout("Sheet1")
	hf, _ := g.GetHeaderFooter("Sheet1")
	w, _ := g.GetColWidth("Sheet1", "A")
	if *layout.Size != a4 || *layout.FitToWidth != 1 || hf.OddHeader != "&C附件2-4" || w != 30 {
		t.Errorf("print setup lost: size %v width %v header %q col %v", *layout.Size, *layout.FitToWidth, hf.OddHeader, w)
	}
	if got := definedName(g, "_xlnm.Print_Titles", "Sheet1"); got != "Sheet1!$1:$1" {
		t.Errorf("print titles = %q", got)
	}
}
