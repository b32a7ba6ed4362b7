package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// A shared formula is written once, in its first cell (the master:
// <f t="shared" ref="B4:B5" si="0">B2+B3</f>), and the other cells of its
// range refer to it (<f t="shared" si="0"/>): each means the master's
// formula with its relative references moved by the cell's distance from
// the master, as filling down or right in Excel does.

// sharedMaster is the formula a shared group's other cells copy.
type sharedMaster struct {
	pos  position
	text string
}

// sharedMasters returns the masters of the shared formulas of x by index.
func sharedMasters(x *xsheet) map[string]sharedMaster {
	out := map[string]sharedMaster{}
	for _, c := range x.cells {
		if f := c.f; f != nil && f.t == "shared" && f.text != "" {
			if _, ok := out[f.si]; !ok {
				out[f.si] = sharedMaster{pos: c.pos, text: f.text}
			}
		}
	}
	return out
}

// formulaOf returns the formula cell c of sheet host means: its own text,
// or its shared group's master moved to c.
func formulaOf(c xcell, host string, masters map[string]sharedMaster) (string, bool) {
	f := c.f
	if f == nil {
		return "", false
	}
	if f.t != "shared" || f.text != "" {
		return f.text, f.text != ""
	}
	m, ok := masters[f.si]
	if !ok {
		return "", false
	}
	return shiftFormula(m.text, host, c.pos.row-m.pos.row, c.pos.col-m.pos.col), true
}

// shiftFormula moves the relative references of formula (in a cell of
// host) by dr rows and dc columns; absolute parts ($B$2) stay.
func shiftFormula(formula, host string, dr, dc int) string {
	if dr == 0 && dc == 0 {
		return formula
	}
	out, _ := rewriteFormula(formula, host, func(r *ref) (string, bool) {
		shiftEndpoint(&r.p1, dr, dc)
		if r.isRange {
			shiftEndpoint(&r.p2, dr, dc)
		}
		return r.String(), true
	})
	return out
}

// shiftEndpoint moves the relative parts of e.
func shiftEndpoint(e *endpoint, dr, dc int) {
	if e.row > 0 && !e.rowAbs {
		e.row += dr
	}
	if e.col != "" && !e.colAbs {
		if n, err := excelize.ColumnNameToNumber(e.col); err == nil && n+dc >= 1 {
			e.col, _ = excelize.ColumnNumberToName(n + dc)
		}
	}
}
