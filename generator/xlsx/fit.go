package xlsx

import "math"

// Excel and LibreOffice do not fit row heights to wrapped text when they
// open a file: a row without a height of its own keeps the default height
// and long text is cut off. So the engine fits them: a template row that
// has no height of its own gets, for every row it renders to, the height
// its wrapped text needs, estimated from the column widths and font sizes.
// Rows with a height set in the template keep it.

// rowFit is what fitting a template row needs: its wrapped template cells.
type rowFit struct {
	cells []fitCell
}

// fitCell is a template cell whose style wraps text.
type fitCell struct {
	index  int     // in row.cells
	width  float64 // of its columns, merged ones included, in Excel's character units
	size   float64 // font size, points
	indent int
}

// readFit returns how to fit row r of s, or nil when the row has a height
// of its own or no wrapped cell. Cells merged over several rows are left
// out: their text spreads over the rows.
func readFit(src sheetSource, s *sheet, r *row, merges []rect) *rowFit {
	if h, err := src.rowHeight(r.num); err != nil || math.Abs(h-s.defaultHeight) > 0.01 {
		return nil
	}
	fit := &rowFit{}
	for i, c := range r.cells {
		c1, c2, tall := cellArea(merges, c.pos)
		if tall {
			continue
		}
		if fc, ok := wrappedCell(src, c.pos, c1, c2); ok {
			fc.index = i
			fit.cells = append(fit.cells, fc)
		}
	}
	if len(fit.cells) == 0 {
		return nil
	}
	return fit
}

// cellArea returns the columns of the merged range holding p (or p's own
// column) and whether that range spans several rows.
func cellArea(merges []rect, p position) (c1, c2 int, tall bool) {
	for _, m := range merges {
		if m.r1 <= p.row && p.row <= m.r2 && m.c1 <= p.col && p.col <= m.c2 {
			return m.c1, m.c2, m.r2 > m.r1
		}
	}
	return p.col, p.col, false
}

// wrappedCell reads the font size, indent and width of a cell whose style
// wraps text; ok is false for other cells.
func wrappedCell(src sheetSource, p position, c1, c2 int) (fitCell, bool) {
	id, _ := src.styleID(p)
	st, err := src.style(id)
	if err != nil || st == nil || st.Alignment == nil || !st.Alignment.WrapText {
		return fitCell{}, false
	}
	fc := fitCell{size: 11, indent: st.Alignment.Indent}
	if st.Font != nil && st.Font.Size > 0 {
		fc.size = st.Font.Size
	}
	for col := c1; col <= c2; col++ {
		fc.width += src.colWidth(col)
	}
	return fc, true
}

// fitRows gives each row o rendered to the height its wrapped text needs,
// when that is more than the default. Cells that 纵向合并 merges over
// several rows are left out, like cells merged in the template.
func (a *applier) fitRows(s *sheet, o *output) error {
	fit := o.row.fit
	if fit == nil {
		return nil
	}
	spread := mergedItems(o)
	for i := range o.n {
		if h, ok := fitHeight(s, o, i, spread); ok {
			if err := a.f.SetRowHeight(s.name, o.row.num+i, h); err != nil {
				return err
			}
		}
	}
	return nil
}

// fitHeight returns the height item i of o needs, and false when the
// default height will do.
func fitHeight(s *sheet, o *output, i int, spread []map[int]bool) (float64, bool) {
	h := s.defaultHeight
	for _, fc := range o.row.fit.cells {
		if !spread[fc.index][i] {
			h = max(h, textHeight(itemText(o.cells[fc.index][i]), fc))
		}
	}
	return h, h > s.defaultHeight+0.01
}

// mergedItems marks, per cell, the items that 纵向合并 merges with others.
func mergedItems(o *output) []map[int]bool {
	out := make([]map[int]bool, len(o.cells))
	for k, items := range o.cells {
		out[k] = map[int]bool{}
		if o.row.dir == nil || o.row.dir.keyword != "range" {
			continue
		}
		for _, run := range mergeRuns(items) {
			for i := run[0]; i <= run[1]; i++ {
				out[k][i] = true
			}
		}
	}
	return out
}
