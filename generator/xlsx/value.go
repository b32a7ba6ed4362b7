package xlsx

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/internal/lazyre"
	"jixiao/generator/num"
	"jixiao/generator/tmpl"
)

// put writes one rendered item into a cell, keeping the cell's style. A
// cell whose whole text was one value tag gets the value's own type; any
// other cell gets its text.
func (a *applier) put(sheet, ref string, c *tcell, it item) error {
	if c.inline {
		if err := a.f.SetCellValue(sheet, ref, nil); err != nil { // drops the inline text
			return err
		}
	}
	if it.typed {
		return a.putValue(sheet, ref, c.kind, it.value)
	}
	if len(it.text) == 0 {
		return a.f.SetCellValue(sheet, ref, nil)
	}
	return a.f.SetCellStr(sheet, ref, string(it.text))
}

// putValue writes a typed value:
//   - numbers (num.Dec, Go integers and floats) become number cells written
//     with the decimal's own digits; in a cell formatted as a percentage
//     the value, which jixiao keeps in percent units (92.16 for 92.16%), is
//     divided by 100 so that the cell shows 92.16%;
//   - time.Time, and a "2023-04-13" string in a cell formatted as a date,
//     become dates;
//   - bool becomes TRUE/FALSE, nil and "" an empty cell;
//   - a Pending value becomes its 【待补：…】 marker, everything else text;
//   - a MergeDown (纵向合并) is written as its value; the loop merges it
//     with its equal neighbours afterwards (mergedown.go).
func (a *applier) putValue(sheet, ref string, kind fmtKind, v any) error {
	switch x := v.(type) {
	case nil:
		return a.f.SetCellValue(sheet, ref, nil)
	case tmpl.Pending:
		return a.f.SetCellStr(sheet, ref, x.String())
	case tmpl.MergeDown:
		return a.putValue(sheet, ref, kind, x.Value)
	case bool:
		return a.f.SetCellBool(sheet, ref, x)
	case time.Time:
		return a.putTime(sheet, ref, kind, x)
	case string:
		if t, ok := parseDate(x); ok && kind == fmtDate {
			return a.putTime(sheet, ref, kind, t)
		}
		if x == "" {
			return a.f.SetCellValue(sheet, ref, nil)
		}
		return a.f.SetCellStr(sheet, ref, x)
	}
	if d, ok := toDecimal(v); ok {
		if kind == fmtPercent {
			d = d.Shift(-2)
		}
		return a.f.SetCellDefault(sheet, ref, d.String())
	}
	return a.f.SetCellStr(sheet, ref, fmt.Sprint(v))
}

// toDecimal converts the numeric values templates produce to an exact
// decimal; floats go through their shortest decimal form.
func toDecimal(v any) (num.Dec, bool) {
	switch x := v.(type) {
	case num.Dec:
		return x, true
	case *num.Dec:
		if x == nil {
			return num.Zero, false
		}
		return *x, true
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		d, ok := num.Parse(fmt.Sprint(x))
		return d, ok
	case float32:
		return floatDecimal(float64(x), 32)
	case float64:
		return floatDecimal(x, 64)
	}
	return num.Zero, false
}

func floatDecimal(f float64, bits int) (num.Dec, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return num.Zero, false
	}
	return num.Parse(strconv.FormatFloat(f, 'f', -1, bits))
}

// isoDate matches the dates users type in YAML: 2023-04-13, 2023-4-13.
var isoDate = lazyre.New(`^\d{4}-\d{1,2}-\d{1,2}$`)

func parseDate(s string) (time.Time, bool) {
	if !isoDate.MatchString(s) {
		return time.Time{}, false
	}
	var y, m, d int
	fmt.Sscanf(s, "%d-%d-%d", &y, &m, &d)
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Month() == time.Month(m) && t.Day() == d
}

// putTime writes a date as an Excel serial number. In a cell that already
// has a date format the number keeps the cell's style; elsewhere excelize
// adds a date format to it.
func (a *applier) putTime(sheet, ref string, kind fmtKind, t time.Time) error {
	if kind != fmtDate {
		return a.f.SetCellValue(sheet, ref, t)
	}
	return a.f.SetCellDefault(sheet, ref, excelSerial(t, a.t.date1904))
}

// excelSerial returns the serial number of t's wall-clock date and time.
func excelSerial(t time.Time, date1904 bool) string {
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if date1904 {
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	days := int64(day.Sub(base).Hours() / 24)
	secs := t.Hour()*3600 + t.Minute()*60 + t.Second()
	if secs == 0 && t.Nanosecond() == 0 {
		return strconv.FormatInt(days, 10)
	}
	frac := (float64(secs) + float64(t.Nanosecond())/1e9) / 86400
	return strconv.FormatFloat(float64(days)+frac, 'f', -1, 64)
}

// putConstant copies a constant cell of a loop row into a new row.
func (a *applier) putConstant(sheet, ref string, pc protoCell) error {
	switch pc.ctype {
	case excelize.CellTypeBool:
		return a.f.SetCellBool(sheet, ref, pc.value == "1" || pc.value == "TRUE")
	case excelize.CellTypeSharedString, excelize.CellTypeInlineString, excelize.CellTypeFormula:
		return a.f.SetCellStr(sheet, ref, pc.value)
	}
	if _, err := strconv.ParseFloat(pc.value, 64); err == nil {
		return a.f.SetCellDefault(sheet, ref, pc.value)
	}
	return a.f.SetCellStr(sheet, ref, pc.value)
}
