package xlsxtest

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Dump prints a workbook as text for assertions: per sheet, every non-empty
// cell with its type ("A1 s 单位" for text, "B5 n 95.5" for a number, "b"
// for a boolean, "B9 = SUM(B5:B8)" for a formula), then the merged ranges,
// data validations and conditional formats; finally the defined names.
func Dump(data []byte) (string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "sheet %s\n", sheet)
		if err := dumpCells(&b, f, sheet); err != nil {
			return "", err
		}
		dumpRanges(&b, f, sheet)
	}
	for _, dn := range f.GetDefinedName() {
		fmt.Fprintf(&b, "name %s [%s] %s\n", dn.Name, dn.Scope, dn.RefersTo)
	}
	return b.String(), nil
}

func dumpCells(b *strings.Builder, f *excelize.File, sheet string) error {
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return err
	}
	for r := range rows {
		for c := range rows[r] {
			dumpCell(b, f, sheet, c+1, r+1, rows[r][c])
		}
	}
	return nil
}

func dumpCell(b *strings.Builder, f *excelize.File, sheet string, col, row int, value string) {
	ref, _ := excelize.CoordinatesToCellName(col, row)
	if formula, _ := f.GetCellFormula(sheet, ref); formula != "" {
		fmt.Fprintf(b, "%s = %s\n", ref, formula)
		return
	}
	if value == "" {
		return
	}
	kind := "s"
	switch t, _ := f.GetCellType(sheet, ref); t {
	case excelize.CellTypeUnset, excelize.CellTypeNumber:
		kind = "n"
	case excelize.CellTypeBool:
		kind = "b"
	}
	fmt.Fprintf(b, "%s %s %s\n", ref, kind, strings.ReplaceAll(value, "\n", `\n`))
}

func dumpRanges(b *strings.Builder, f *excelize.File, sheet string) {
	merges, _ := f.GetMergeCells(sheet, true)
	var refs []string
	for _, m := range merges {
		refs = append(refs, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	sort.Strings(refs)
	for _, r := range refs {
		fmt.Fprintf(b, "merge %s\n", r)
	}
	dvs, _ := f.GetDataValidations(sheet)
	for _, dv := range dvs {
		fmt.Fprintf(b, "valid %s %s %s\n", dv.Sqref, dv.Type, dv.Formula1)
	}
	comments, _ := f.GetComments(sheet)
	for _, c := range comments {
		text := c.Text
		for _, r := range c.Paragraph {
			text += r.Text
		}
		fmt.Fprintf(b, "note %s %s\n", c.Cell, text)
	}
	cfs, _ := f.GetConditionalFormats(sheet)
	var keys []string
	for k := range cfs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(b, "cond %s\n", k)
	}
}
