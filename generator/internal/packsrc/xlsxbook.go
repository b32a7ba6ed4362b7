package packsrc

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// book writes an Excel template: cells with named styles (xlsxstyles.go),
// merged ranges, column widths, row heights and the page setup, on its
// first sheet and then on each sheet added with sheetNamed. The first error sticks and is returned by bytes, so the table
// builders read as a list of cells.
type book struct {
	f      *excelize.File
	sheet  string
	styles map[string]int
	err    error
}

func newBook(sheet string) *book {
	b := &book{f: excelize.NewFile(), sheet: sheet, styles: map[string]int{}}
	b.err = b.f.SetSheetName("Sheet1", sheet)
	return b
}

// sheetNamed adds a sheet; the cells, widths and page setup that follow
// go on it.
func (b *book) sheetNamed(name string) {
	if b.err != nil {
		return
	}
	_, b.err = b.f.NewSheet(name)
	b.sheet = name
}

// style returns the id of a named style, creating it on first use.
func (b *book) style(name string) int {
	if id, ok := b.styles[name]; ok || b.err != nil {
		return id
	}
	def, ok := cellStyles[name]
	if !ok {
		b.err = fmt.Errorf("packsrc: no cell style %q", name)
		return 0
	}
	id, err := b.f.NewStyle(def())
	b.err, b.styles[name] = err, id
	return id
}

// set writes text into cell ref with a named style.
func (b *book) set(ref, text, style string) {
	b.span(ref+":"+ref, text, style)
}

// span writes text into the top-left cell of area, styles the whole area
// (so its borders show) and merges it when it is more than one cell.
func (b *book) span(area, text, style string) {
	tl, br := corners(area)
	id := b.style(style)
	if b.err != nil {
		return
	}
	if b.err = b.f.SetCellStyle(b.sheet, tl, br, id); b.err != nil {
		return
	}
	if tl != br {
		b.err = b.f.MergeCell(b.sheet, tl, br)
	}
	if b.err == nil && text != "" {
		b.err = b.f.SetCellStr(b.sheet, tl, text)
	}
}

// formula writes a formula into cell ref with a named style.
func (b *book) formula(ref, formula, style string) {
	b.set(ref, "", style)
	if b.err == nil {
		b.err = b.f.SetCellFormula(b.sheet, ref, formula)
	}
}

// corners splits "A1:C1" (or "A1") into its top-left and bottom-right cells.
func corners(area string) (string, string) {
	for i := range area {
		if area[i] == ':' {
			return area[:i], area[i+1:]
		}
	}
	return area, area
}

// widths sets the widths of the columns from A on, in characters.
func (b *book) widths(ws ...float64) {
	for i, w := range ws {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if b.err == nil {
			b.err = b.f.SetColWidth(b.sheet, col, col, w)
		}
	}
}

// rowHeight sets the sheet's default row height in points: rows without a
// height of their own are this high, and the engine makes rows holding
// wrapped data taller when their text needs it.
func (b *book) rowHeight(h float64) {
	custom := true
	if b.err == nil {
		b.err = b.f.SetSheetProps(b.sheet, &excelize.SheetPropsOptions{DefaultRowHeight: &h, CustomHeight: &custom})
	}
}

// heights sets the heights of rows in points, for rows of fixed text
// (titles, headers, notes); the engine fits the rows holding data.
func (b *book) heights(hs map[int]float64) {
	for row := 1; row <= maxHeightRow(hs); row++ {
		if h, ok := hs[row]; ok && b.err == nil {
			b.err = b.f.SetRowHeight(b.sheet, row, h)
		}
	}
}

func maxHeightRow(hs map[int]float64) int {
	last := 0
	for row := range hs {
		last = max(last, row)
	}
	return last
}
