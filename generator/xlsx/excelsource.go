package xlsx

import "github.com/xuri/excelize/v2"

// excelSource is a worksheet read through excelize. Its cell styles are
// each read once: excelize builds a whole Style on every GetStyle, and a
// template's cells share a few.
type excelSource struct {
	f       *excelize.File
	sheet   string
	styles  map[int]cachedStyle
	rowsErr error // what values returned, when it failed
}

// cachedStyle is what GetStyle returned for one style id.
type cachedStyle struct {
	style *excelize.Style
	err   error
}

// newExcelSource reads sheet of f, whose styles must not change while it
// is used.
func newExcelSource(f *excelize.File, sheet string) *excelSource {
	return &excelSource{f: f, sheet: sheet, styles: map[int]cachedStyle{}}
}

func (x *excelSource) values() ([][]string, error) {
	rows, err := x.f.GetRows(x.sheet, excelize.Options{RawCellValue: true})
	x.rowsErr = err
	return rows, err
}

func (x *excelSource) dimension() string {
	dim, _ := x.f.GetSheetDimension(x.sheet)
	return dim
}

func (x *excelSource) defaultHeight() float64 {
	props, err := x.f.GetSheetProps(x.sheet)
	if err == nil && props.DefaultRowHeight != nil && *props.DefaultRowHeight > 0 {
		return *props.DefaultRowHeight
	}
	return 15
}

func (x *excelSource) merges() ([]rect, error) {
	var out []rect
	ms, err := x.f.GetMergeCells(x.sheet, true)
	for _, m := range ms {
		if r, ok := parseArea(m.GetStartAxis() + ":" + m.GetEndAxis()); ok {
			out = append(out, r)
		}
	}
	return out, err
}

func (x *excelSource) formula(p position) string {
	fm, _ := x.f.GetCellFormula(x.sheet, p.cellName())
	return fm
}

func (x *excelSource) styleID(p position) (int, error) {
	return x.f.GetCellStyle(x.sheet, p.cellName())
}

func (x *excelSource) style(id int) (*excelize.Style, error) {
	c, ok := x.styles[id]
	if !ok {
		c.style, c.err = x.f.GetStyle(id)
		x.styles[id] = c
	}
	return c.style, c.err
}

func (x *excelSource) rowHeight(num int) (float64, error) {
	return x.f.GetRowHeight(x.sheet, num)
}

func (x *excelSource) rowVisible(num int) (bool, error) {
	return x.f.GetRowVisible(x.sheet, num)
}

func (x *excelSource) rawValue(p position) string {
	v, _ := x.f.GetCellValue(x.sheet, p.cellName(), excelize.Options{RawCellValue: true})
	return v
}

func (x *excelSource) cellType(p position) excelize.CellType {
	t, _ := x.f.GetCellType(x.sheet, p.cellName())
	return t
}

func (x *excelSource) colWidth(col int) float64 {
	name, _ := excelize.ColumnNumberToName(col)
	w, _ := x.f.GetColWidth(x.sheet, name)
	return w
}
