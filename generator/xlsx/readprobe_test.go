package xlsx

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"
)

// probeLimit bounds the rows and columns probed cell by cell.
const probeRows, probeCols = 150, 40

// assertSameAnswers asks both readers every question of sheetSource, for
// every row, column and cell of each sheet (within the probe limits) and
// every cell style: not only what readSheet asks of this workbook.
func assertSameAnswers(t *testing.T, name string, src []byte) {
	t.Helper()
	arch, _ := readArchive(src)
	b, _, reason := fastRead(src, arch)
	if reason != "" {
		return
	}
	parts, _ := readParts(src)
	f, err := openCopy(forOpening(src))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	defer f.Close()
	for i, ws := range b.wb.sheets {
		fs, _ := readWorksheetXML(parts[b.paths[i]], b)
		where := fmt.Sprintf("%s [%s]", name, ws.name)
		probeSheet(t, where, fs, newExcelSource(f, ws.name), len(b.styles.xfs))
	}
}

// probeSheet compares the answers of two sources for one sheet, in an
// order that keeps excelize's answers unchanged by its own calls
// (GetCellStyle adds rows and cells to its model).
func probeSheet(t *testing.T, where string, got, want sheetSource, styles int) {
	t.Helper()
	same := func(what string, g, w any) {
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: %s = %v; excelize: %v", where, what, g, w)
		}
	}
	gv, _ := got.values()
	wv, _ := want.values()
	same("values", normalizeRows(gv), normalizeRows(wv))
	same("dimension", got.dimension(), want.dimension())
	same("default height", got.defaultHeight(), want.defaultHeight())
	merges, werr := want.merges()
	gm, gerr := got.merges()
	same("merges", [2]any{gm, gerr == nil}, [2]any{merges, werr == nil})
	rows, cols := min(len(wv)+2, probeRows), probeCols
	for r := 1; r <= rows; r++ {
		gh, ge := got.rowHeight(r)
		wh, we := want.rowHeight(r)
		same(fmt.Sprintf("height of row %d", r), [2]any{gh, ge == nil}, [2]any{wh, we == nil})
		gvis, _ := got.rowVisible(r)
		wvis, _ := want.rowVisible(r)
		same(fmt.Sprintf("visibility of row %d", r), gvis, wvis)
	}
	for c := 1; c <= cols; c++ {
		same(fmt.Sprintf("width of column %d", c), got.colWidth(c), want.colWidth(c))
	}
	covered := coveredCells(merges)
	for r := 1; r <= rows; r++ {
		for c := 1; c <= cols; c++ {
			p := position{r, c}
			if !covered[p] {
				same("formula "+p.cellName(), got.formula(p) != "", want.formula(p) != "")
				same("value "+p.cellName(), got.rawValue(p), want.rawValue(p))
				same("type "+p.cellName(), got.cellType(p), want.cellType(p))
			}
		}
	}
	for r := 1; r <= rows; r++ {
		for c := 1; c <= cols; c++ {
			p := position{r, c}
			gs, _ := got.styleID(p)
			ws, _ := want.styleID(p)
			same("style of "+p.cellName(), gs, ws)
		}
	}
	for id := -1; id <= styles+1; id++ {
		gs, ge := got.style(id)
		ws, we := want.style(id)
		same(fmt.Sprintf("style %d", id), styleFacts(gs, ge), styleFacts(ws, we))
	}
}

// normalizeRows makes empty rows (and no rows) nil: GetRows gives empty
// slices where the fast reader gives nil, which readSheet does not tell
// apart.
func normalizeRows(rows [][]string) [][]string {
	if len(rows) == 0 {
		return nil
	}
	for i, r := range rows {
		if len(r) == 0 {
			rows[i] = nil
		}
	}
	return rows
}

// styleFacts is what the engine uses of a style.
func styleFacts(s *excelize.Style, err error) string {
	if err != nil || s == nil {
		return fmt.Sprintf("error %v, nil %v", err != nil, s == nil)
	}
	out := fmt.Sprintf("numfmt %d", s.NumFmt)
	if s.CustomNumFmt != nil {
		out += fmt.Sprintf(" custom %q", *s.CustomNumFmt)
	}
	if s.Font != nil {
		out += fmt.Sprintf(" size %v", s.Font.Size)
	}
	if s.Alignment != nil {
		out += fmt.Sprintf(" wrap %v indent %d", s.Alignment.WrapText, s.Alignment.Indent)
	}
	return out
}
