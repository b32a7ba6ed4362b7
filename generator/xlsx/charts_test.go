package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// chartWorkbook is a sheet with a loop at row 1 and a chart of B3:B7 (the
// categories in A3:A7, the title in B2) below it.
func chartWorkbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetCellValue("Sheet1", "A1", "{{range .r}}{{.}}")
	f.SetCellValue("Sheet1", "B1", "{{end}}")
	f.SetCellValue("Sheet1", "B2", "金额")
	for i := 3; i <= 7; i++ {
		f.SetCellValue("Sheet1", "A"+string(rune('0'+i)), "项")
		f.SetCellValue("Sheet1", "B"+string(rune('0'+i)), i*10)
	}
	err := f.AddChart("Sheet1", "D3", &excelize.Chart{Type: excelize.Col, Series: []excelize.ChartSeries{
		{Name: "Sheet1!$B$2", Categories: "Sheet1!$A$3:$A$7", Values: "Sheet1!$B$3:$B$7"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// chartXML is the first chart part of a workbook.
func chartXML(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/charts/chart") {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	t.Fatal("no chart")
	return ""
}

// TestChartsFollowTheirData: a loop above a chart's data moves the data,
// and the chart's references move with it (3 items: 2 rows down; none:
// 1 row up).
func TestChartsFollowTheirData(t *testing.T) {
	src := chartWorkbook(t)
	for _, tt := range []struct {
		items []any
		want  []string
	}{
		{[]any{100, 200, 300}, []string{"Sheet1!$B$4", "Sheet1!$A$5:$A$9", "Sheet1!$B$5:$B$9"}},
		{[]any{}, []string{"Sheet1!$B$1", "Sheet1!$A$2:$A$6", "Sheet1!$B$2:$B$6"}},
		{[]any{1}, []string{"Sheet1!$B$2", "Sheet1!$A$3:$A$7", "Sheet1!$B$3:$B$7"}},
	} {
		tpl, d := Parse("t.xlsx", src)
		if d.HasErrors() {
			t.Fatal(d)
		}
		chart := chartXML(t, renderBytes(t, tpl, map[string]any{"r": tt.items}))
		for _, w := range tt.want {
			if !regexp.MustCompile(`<(\w+:)?f>` + regexp.QuoteMeta(w) + `</(\w+:)?f>`).MatchString(chart) {
				t.Errorf("%d items: the chart lacks %s:\n%s", len(tt.items), w, chart)
			}
		}
	}
}
