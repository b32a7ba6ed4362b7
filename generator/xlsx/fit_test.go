package xlsx

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// fitSpec has a wrapped loop column 10 characters wide beside a merged-down
// one, a wrapped plain row, and a loop row whose height the template sets.
const fitSpec = `
A1: {{range .行}}{{纵向合并 .组}}
B1: {{.文字}}{{end}}
style A1:B1 wrap
width A 10
width B 10
A2: {{.说明}}
style A2 wrap
A3: {{range .行}}{{.文字}}{{end}}
style A3 wrap
height 3 30
`

func fitData(texts ...string) map[string]any {
	rows := make([]any, len(texts))
	for i, s := range texts {
		rows[i] = map[string]any{"组": strings.Repeat("很长的分组名称", 6), "文字": s}
	}
	return map[string]any{"行": rows, "说明": strings.Repeat("说明", 20)}
}

func rowHeight(t *testing.T, f *excelize.File, row int) float64 {
	t.Helper()
	h, err := f.GetRowHeight("Sheet1", row)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestFitRows: long wrapped text makes its row taller, short text keeps
// the default height, a merged-down cell does not count, a plain row is
// fitted too, and a row with a height of its own keeps it.
func TestFitRows(t *testing.T) {
	short, long := "短", strings.Repeat("评分标准", 10) // 40 Chinese characters: 9 lines of 4.5
	f, _ := render(t, fitSpec, fitData(short, long, short))
	if h := rowHeight(t, f, 1); h > 11*lineFactor+2*rowPadding+pixelPts {
		t.Errorf("a short row is %v pt high; want one line (the merged 分组 must not count)", h)
	}
	if h := rowHeight(t, f, 2); h < 9*11*1.2 || h > 10*11*1.5 {
		t.Errorf("the row of 40 characters in 10 columns is %v pt high; want about 9 lines", h)
	}
	if h := rowHeight(t, f, 4); h < 5*11*1.2 {
		t.Errorf("the plain row of 40 characters is %v pt high; want about 5 lines", h)
	}
	for row := 5; row <= 7; row++ {
		if h := rowHeight(t, f, row); h != 30 {
			t.Errorf("row %d is %v pt high; want the template's 30", row, h)
		}
	}
}

// TestFitSingleRowRuns: a 纵向合并 value alone in its run is a cell like any
// other and counts.
func TestFitSingleRowRuns(t *testing.T) {
	data := fitData("短")
	f, _ := render(t, fitSpec, data)
	if h := rowHeight(t, f, 1); h < 10*11*1.2 {
		t.Errorf("a row whose single 分组 cell needs 10 lines is %v pt high", h)
	}
}

func TestTextHeight(t *testing.T) {
	fc := fitCell{width: 10.8, size: 10}
	one := textHeight("一二三四", fc)
	for _, tt := range []struct {
		text  string
		lines float64
	}{
		{"", 1}, {"一二三四", 1}, {"一二三四五六七八九十", 3}, {"一\n二\n三", 3}, {"abcdefgh", 1},
	} {
		want := tt.lines*10*lineFactor + 2*rowPadding
		if got := textHeight(tt.text, fc); got < want || got >= want+pixelPts {
			t.Errorf("textHeight(%q) = %v; want %v rounded up to a pixel (one line: %v)", tt.text, got, want, one)
		}
	}
	if got := textHeight(strings.Repeat("长", 10000), fc); got != maxRowPts {
		t.Errorf("a huge text gives %v; want Excel's maximum %v", got, maxRowPts)
	}
}
