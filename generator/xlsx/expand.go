package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// expand makes room for the n rows of a loop at row r.num with one
// InsertRows call — excelize then moves everything below (cells, merged
// ranges, formulas, validations, conditional formats, defined names,
// drawings) — grows the references that end at the loop row, and gives
// the new rows the loop row's look.
func (a *applier) expand(s *sheet, r *row, n int) error {
	if err := a.f.InsertRows(s.name, r.num+1, n-1); err != nil {
		return err
	}
	a.record(shiftRows(s.name, r.num+1, n-1))
	a.record(growRange(s.name, r.num, n, false))
	a.shiftFormulas(s.name, r.num+1, n-1)
	if err := a.shiftComments(s.name, r.num+1, n-1); err != nil {
		return err
	}
	if err := a.grow(s.name, r.num, n); err != nil {
		return err
	}
	return a.copyProto(s.name, r, n)
}

// removeRow deletes the row of a loop without items or of a false
// condition, after pointing the references that would go astray elsewhere.
func (a *applier) removeRow(sheet string, num int) error {
	if err := a.prepareRemoval(sheet, num); err != nil {
		return err
	}
	if err := a.dropRowComments(sheet, num); err != nil {
		return err
	}
	if err := a.f.RemoveRow(sheet, num); err != nil {
		return err
	}
	a.record(shrinkRange(sheet, num))
	a.record(shiftRows(sheet, num+1, -1))
	a.dropRowFormulas(sheet, num)
	return a.shiftComments(sheet, num+1, -1)
}

// copyProto gives rows num+1 … num+n-1 the height, styles, merged ranges,
// constants and formulas of the loop row num.
func (a *applier) copyProto(sheet string, r *row, n int) error {
	p, first, last := r.proto, r.num+1, r.num+n-1
	for i := first; i <= last; i++ {
		if err := a.rowLook(sheet, p, i); err != nil {
			return err
		}
	}
	for _, pc := range p.cells {
		if err := a.copyColumn(sheet, pc, first, last); err != nil {
			return err
		}
	}
	for _, m := range p.merges {
		for i := first; i <= last; i++ {
			tl, _ := excelize.CoordinatesToCellName(m.c1, i)
			br, _ := excelize.CoordinatesToCellName(m.c2, i)
			if err := a.f.MergeCell(sheet, tl, br); err != nil {
				return err
			}
		}
	}
	return a.copyFormulas(sheet, r.num, n)
}

// rowLook sets the height and visibility of one new row.
func (a *applier) rowLook(sheet string, p *rowProto, num int) error {
	if p.height > 0 {
		if err := a.f.SetRowHeight(sheet, num, p.height); err != nil {
			return err
		}
	}
	if p.hidden {
		return a.f.SetRowVisible(sheet, num, false)
	}
	return nil
}

// copyColumn gives one column of the new rows the loop row cell's style
// (one call for all rows) and, for a constant, its value.
func (a *applier) copyColumn(sheet string, pc protoCell, first, last int) error {
	top, _ := excelize.CoordinatesToCellName(pc.col, first)
	bottom, _ := excelize.CoordinatesToCellName(pc.col, last)
	if pc.style != 0 {
		if err := a.f.SetCellStyle(sheet, top, bottom, pc.style); err != nil {
			return err
		}
	}
	if pc.kind != protoStatic {
		return nil
	}
	for i := first; i <= last; i++ {
		ref, _ := excelize.CoordinatesToCellName(pc.col, i)
		if err := a.putConstant(sheet, ref, pc); err != nil {
			return err
		}
	}
	return nil
}

// copyFormulas copies each formula of the loop row into the n-1 new rows,
// moving its references to the loop row (relative rows only) to the row of
// the item, as filling down in Excel does. References to other rows stay:
// they point at cells outside the loop, which exist once.
func (a *applier) copyFormulas(sheet string, num, n int) error {
	var added []position
	for _, p := range a.formulas[sheet] {
		if p.row != num {
			continue
		}
		text, _ := a.f.GetCellFormula(sheet, p.cellName())
		for i := 1; i < n; i++ {
			q := position{num + i, p.col}
			moved, _ := rewriteFormula(text, sheet, moveToItem(sheet, num, i))
			if err := a.setFormula(sheet, q, moved); err != nil {
				return err
			}
			added = append(added, q)
		}
	}
	a.formulas[sheet] = append(a.formulas[sheet], added...)
	return nil
}

// moveToItem moves relative references to row num of sheet down by i rows.
func moveToItem(sheet string, num, i int) refRewriter {
	return func(r *ref) (string, bool) {
		if r.sheet != sheet {
			return "", false
		}
		changed := false
		for _, e := range []*endpoint{&r.p1, &r.p2} {
			if e.row == num && !e.rowAbs && (e == &r.p1 || r.isRange) {
				e.row += i
				changed = true
			}
		}
		return r.String(), changed
	}
}
