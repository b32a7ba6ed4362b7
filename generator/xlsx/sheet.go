package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/diag"
)

// sheet is what the engine knows of one worksheet of the template.
type sheet struct {
	name          string
	rows          []*row     // rows holding template cells, top to bottom
	formulas      []position // every formula cell, as in the template
	maxRow        int
	maxCol        int
	defaultHeight float64
}

// position is a cell by row and column, both 1-based.
type position struct{ row, col int }

// cellName returns the A1 name of p.
func (p position) cellName() string {
	name, _ := excelize.CoordinatesToCellName(p.col, p.row)
	return name
}

// readSheet collects the template cells and formula cells of one sheet and
// groups the template cells by row. Sheets whose rows cannot be read
// (chart sheets) are skipped.
func readSheet(src sheetSource, name string) (*sheet, diag.List) {
	values, err := src.values()
	if err != nil {
		return nil, nil
	}
	s := &sheet{name: name, defaultHeight: src.defaultHeight(), maxRow: len(values)}
	for _, r := range values {
		s.maxCol = max(s.maxCol, len(r))
	}
	if dim := src.dimension(); dim != "" {
		s.maxRow, s.maxCol = growToDimension(dim, s.maxRow, s.maxCol)
	}
	merges, err := src.merges()
	if err != nil {
		var diags diag.List
		diags.Errorf(diag.Pos{}, "%s", explainMerges(err))
		return nil, diags
	}
	covered := coveredCells(merges)
	var diags diag.List
	s.rows, diags = groupRows(s.scanCells(src, values, covered))
	for _, r := range s.rows {
		if r.dir != nil {
			r.proto = readProto(src, s, r, covered, merges)
		}
		r.fit = readFit(src, s, r, merges)
	}
	return s, diags
}

// scanCells records the formula cells of s and returns its template cells
// in row-major order. Cells hidden under merged ranges are skipped.
func (s *sheet) scanCells(src sheetSource, values [][]string, covered map[position]bool) []*tcell {
	var cells []*tcell
	for r := 1; r <= s.maxRow; r++ {
		for c := 1; c <= s.maxCol; c++ {
			p := position{r, c}
			if covered[p] {
				continue
			}
			if src.formula(p) != "" {
				s.formulas = append(s.formulas, p)
			} else if text := cellText(values, p); strings.Contains(text, "{{") {
				cell := newCell(p, text)
				cell.kind = cellFmtKind(src, p)
				cells = append(cells, cell)
			}
		}
	}
	return cells
}

// cellText returns the raw text of p in the GetRows result.
func cellText(values [][]string, p position) string {
	if p.row > len(values) || p.col > len(values[p.row-1]) {
		return ""
	}
	return values[p.row-1][p.col-1]
}

// maxScan bounds the cells scanned for formulas, against a damaged or
// hostile dimension.
const maxScan = 2_000_000

// growToDimension widens the scanned area to the sheet's recorded
// dimension, which also counts trailing formula cells without a value
// (excelize writes formulas without cached results).
func growToDimension(dim string, maxRow, maxCol int) (int, int) {
	parts := strings.Split(dim, ":")
	c, r, err := excelize.CellNameToCoordinates(parts[len(parts)-1])
	if err != nil || max(maxRow, r)*max(maxCol, c) > maxScan {
		return maxRow, maxCol
	}
	return max(maxRow, r), max(maxCol, c)
}

// coveredCells returns the cells hidden under merged ranges (all but the
// top-left one of each range); excelize reports the top-left cell's content
// for them.
func coveredCells(merges []rect) map[position]bool {
	out := map[position]bool{}
	for _, a := range merges {
		for r := a.r1; r <= a.r2; r++ {
			for c := a.c1; c <= a.c2; c++ {
				if r != a.r1 || c != a.c1 {
					out[position{r, c}] = true
				}
			}
		}
	}
	return out
}
