package summary

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/num"
)

// cell is one value of a row and its style. The value is a string, an int,
// a num.Dec (written as the exact number it is), a *num.Dec (nil leaves
// the cell empty) or nil.
type cell struct {
	v     any
	style int
}

// row writes cells into sheet from column 1 of row r.
func (w *writer) row(sheet string, r int, cells ...cell) error {
	for i, c := range cells {
		ref, err := excelize.CoordinatesToCellName(i+1, r)
		if err != nil {
			return err
		}
		if err := w.set(sheet, ref, c.v); err != nil {
			return err
		}
		if err := w.f.SetCellStyle(sheet, ref, ref, c.style); err != nil {
			return err
		}
	}
	return nil
}

// set writes one value. Decimals go in as their own digits, so that the
// cell holds exactly the number the unit's report gives.
func (w *writer) set(sheet, ref string, v any) error {
	switch v := v.(type) {
	case nil:
		return nil
	case *num.Dec:
		if v == nil {
			return nil
		}
		return w.f.SetCellDefault(sheet, ref, v.String())
	case num.Dec:
		return w.f.SetCellDefault(sheet, ref, v.String())
	case string:
		return w.f.SetCellStr(sheet, ref, v)
	case int:
		return w.f.SetCellInt(sheet, ref, int64(v))
	}
	return fmt.Errorf("内部错误：不能写入 %T", v)
}

// widths sets the width of each column from 1 on.
func (w *writer) widths(sheet string, widths ...float64) error {
	for i, wd := range widths {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := w.f.SetColWidth(sheet, col, col, wd); err != nil {
			return err
		}
	}
	return nil
}

// textWidth is the column width that shows s on one line: Chinese
// characters take two units.
func textWidth(s string) float64 {
	n := 0
	for _, r := range s {
		if utf8.RuneLen(r) > 1 {
			n += 2
		} else {
			n++
		}
	}
	return float64(n) + 2
}

// fitHeight makes row r tall enough for text wrapped in a column of the
// given width: clients do not fit the rows of a written workbook.
func (w *writer) fitHeight(sheet string, r int, text string, width float64) error {
	lines := 0
	for _, line := range strings.Split(text, "\n") {
		lines += int(math.Ceil(textWidth(line) / width))
	}
	if lines <= 1 {
		return nil
	}
	return w.f.SetRowHeight(sheet, r, 15*float64(lines))
}

// ref is the A1 name of column col, row r.
func ref(col, r int) string {
	s, _ := excelize.CoordinatesToCellName(col, r)
	return s
}

// colName is the letter name of column col.
func colName(col int) string {
	s, _ := excelize.ColumnNumberToName(col)
	return s
}
