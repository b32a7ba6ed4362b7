package xlsx

import (
	"strings"

	"jixiao/generator/diag"
)

// parsed is what Parse reads of a template's workbook: its worksheets, its
// date system, and the problems found in each sheet's tags.
type parsed struct {
	sheets   []*sheet
	date1904 bool
	diags    []sheetDiags
	parts    fastParts // the inflated parts, when the fast reader read them
}

// sheetDiags are the diagnostics of one sheet, placed by cell only.
type sheetDiags struct {
	sheet string
	diags diag.List
}

// readBook reads the template src, whose parts arch indexes (nil when they
// cannot be followed). It reads the parts directly (readFast) and falls
// back to excelize for any workbook the fast reader declines, so that
// damaged or unusual files get excelize's reading and its errors.
func readBook(src []byte, arch *archive) (*parsed, error) {
	if err := checkArchive(src); err != nil {
		return nil, err
	}
	if b, ok := readFast(src, arch); ok {
		if verifyFast != nil {
			verifyFast(src, b)
		}
		return b, nil
	}
	return readExcelize(src)
}

// verifyFast, when set (by this package's tests), is given every template
// the fast reader read, to compare with excelize's reading.
var verifyFast func(src []byte, fast *parsed)

// readExcelize reads the template src through excelize.
func readExcelize(src []byte) (*parsed, error) {
	f, err := openCopy(forOpening(src))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := &parsed{}
	props, _ := f.GetWorkbookProps()
	b.date1904 = props.Date1904 != nil && *props.Date1904
	arch, _ := readArchive(src)
	for _, sh := range f.GetSheetList() {
		x := newExcelSource(f, sh)
		s, d := readSheet(x, sh)
		if s == nil && x.rowsErr != nil && arch != nil && isWorksheet(arch.sheets[sh]) {
			d.Errorf(diag.Pos{}, "工作表无法读取：%s", explainRender(x.rowsErr))
		}
		b.add(sh, s, d)
	}
	return b, nil
}

// isWorksheet reports whether part, a sheet's part, is a worksheet (not a
// chart sheet or dialog sheet, which have no cells to read).
func isWorksheet(part string) bool {
	return strings.Contains(part, "/worksheets/")
}

// add records sheet s (nil when it was skipped) and its diagnostics.
func (b *parsed) add(name string, s *sheet, d diag.List) {
	if len(d) > 0 {
		b.diags = append(b.diags, sheetDiags{name, d})
	}
	if s != nil {
		b.sheets = append(b.sheets, s)
	}
}
