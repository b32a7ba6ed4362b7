package xlsx

import (
	"sort"

	"github.com/xuri/excelize/v2"
)

// applier writes rendered rows into a fresh copy of the template. Rows are
// applied bottom-up within each sheet, so the rows above the one being
// changed are still where the template had them; excelize moves everything
// below on each insertion or removal.
type applier struct {
	f          *excelize.File
	t          *Template
	formulas   map[string][]position // every formula cell, where it is now
	rowChanges []refRewriter         // what the loops did to the rows, in order (charts.go)
}

func newApplier(f *excelize.File, t *Template) *applier {
	a := &applier{f: f, t: t, formulas: map[string][]position{}}
	for _, s := range t.sheets {
		a.formulas[s.name] = append([]position(nil), s.formulas...)
	}
	return a
}

// applyRow writes one template row's output: a plain row in place; a loop
// or condition grown to its n rows, or removed when n is 0.
func (a *applier) applyRow(s *sheet, o *output) error {
	num := o.row.num
	if o.row.dir != nil {
		switch {
		case o.n == 0:
			return a.removeRow(s.name, num)
		case o.n > 1:
			if err := a.expand(s, o.row, o.n); err != nil {
				return err
			}
		}
	}
	for i := range o.n {
		if err := a.fillRow(s.name, o, i); err != nil {
			return err
		}
	}
	if err := a.fitRows(s, o); err != nil {
		return err
	}
	return a.mergeDown(s.name, o)
}

// fillRow writes item i of every cell of o into row o.row.num+i.
func (a *applier) fillRow(sheet string, o *output, i int) error {
	for k, c := range o.row.cells {
		ref, _ := excelize.CoordinatesToCellName(c.pos.col, o.row.num+i)
		if err := a.put(sheet, ref, c, o.cells[k][i]); err != nil {
			return err
		}
	}
	return nil
}

// unshareFormulas rewrites every formula as a plain formula of its own
// cell, before any is moved or changed: excelize drops the other cells of a
// shared formula when its first cell is rewritten. The cached results go
// too, as they no longer match the data; the workbook recalculates on
// opening.
func (a *applier) unshareFormulas() error {
	for _, s := range a.t.sheets {
		texts := make([]string, len(s.formulas))
		for i, p := range s.formulas {
			texts[i], _ = a.f.GetCellFormula(s.name, p.cellName())
		}
		a.t.expandShared(s, texts)
		for i, p := range s.formulas {
			if err := a.setFormula(s.name, p, texts[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// setFormula replaces the formula of a cell, dropping its cached result.
func (a *applier) setFormula(sheet string, p position, text string) error {
	name := p.cellName()
	if err := a.f.SetCellValue(sheet, name, nil); err != nil {
		return err
	}
	return a.f.SetCellFormula(sheet, name, text)
}

// sortedSheets returns the names of the sheets with formula cells, sorted,
// so that fix-ups run in a fixed order.
func (a *applier) sortedSheets() []string {
	names := make([]string, 0, len(a.formulas))
	for name := range a.formulas {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// shiftFormulas records that rows from..∞ of sheet moved down by k.
func (a *applier) shiftFormulas(sheet string, from, k int) {
	for i, p := range a.formulas[sheet] {
		if p.row >= from {
			a.formulas[sheet][i].row += k
		}
	}
}

// dropRowFormulas records that row num of sheet was removed.
func (a *applier) dropRowFormulas(sheet string, num int) {
	kept := a.formulas[sheet][:0]
	for _, p := range a.formulas[sheet] {
		switch {
		case p.row == num:
			continue
		case p.row > num:
			p.row--
		}
		kept = append(kept, p)
	}
	a.formulas[sheet] = kept
}

// expandShared replaces the texts of the shared formulas of s by their
// meaning in each cell, read from the template's XML: excelize moves the
// references of a shared formula's other cells wrongly (B5 of B4 =B2+B3
// filled down reads =B1+B4 instead of =B3+B4).
func (t *Template) expandShared(s *sheet, texts []string) {
	if t.arch == nil {
		return
	}
	src, err := t.arch.read(t.arch.sheets[s.name])
	if err != nil {
		return
	}
	x := scanSheet(src)
	masters := sharedMasters(x)
	for i, p := range s.formulas {
		if k, ok := x.index[p]; ok && x.cells[k].f != nil && x.cells[k].f.t == "shared" {
			if text, ok := formulaOf(x.cells[k], s.name, masters); ok {
				texts[i] = text
			}
		}
	}
}
