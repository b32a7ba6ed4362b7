package xlsx

import (
	"io"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/diag"
	"jixiao/generator/tmpl"
)

// Execute renders the template with data and writes the complete .xlsx to
// w. Every error is reported at once, with the sheet and cell of the tag,
// and nothing is written to w when there is one. The same template and data
// always give the same bytes. Execute runs with a budget of its own;
// ExecuteBudget draws on the budget of a larger run.
func (t *Template) Execute(w io.Writer, data any) diag.List {
	return t.ExecuteBudget(w, data, tmpl.NewBudget())
}

// ExecuteBudget is Execute within budget b: loops, the text functions
// build and the text written to cells all count against it.
func (t *Template) ExecuteBudget(w io.Writer, data any, b *tmpl.Budget) (diags diag.List) {
	defer func() { panicAsDiag(recover(), &diags, t.name) }()
	ex, err := t.acquire()
	if err != nil {
		diags.Errorf(diag.Pos{File: t.name}, "内部错误：%v", err)
		return diags
	}
	defer t.release(ex)
	e := ex.evaluator(t, data, b)
	outs := e.evaluate()
	if e.diags.HasErrors() {
		return e.diags
	}
	out, err := t.render(outs)
	if err != nil {
		diags.Errorf(diag.Pos{File: t.name}, "生成 Excel 文件失败：%s", explainRender(err))
		return diags
	}
	if _, err := w.Write(out); err != nil {
		diags.Errorf(diag.Pos{File: t.name}, "写出 Excel 文件失败：%v", err)
	}
	return append(diags, e.diags...)
}

// render returns the workbook of the rendered rows: the template patched
// where no row moves (patch.go), else rebuilt through excelize with the
// parts it did not change copied from the template (rebuild.go); formulas
// get their computed values either way (cache.go).
func (t *Template) render(outs [][]*output) ([]byte, error) {
	if t.arch != nil && !structural(outs) {
		if parts, changed, ok := t.patch(outs); ok {
			return t.finishPatch(parts, changed)
		}
	}
	out, vals, err := t.excelize(outs)
	if err != nil {
		return nil, err
	}
	return t.keepUnchanged(out, vals)
}

// finishPatch computes the formulas the changed cells affect and writes
// the archive.
func (t *Template) finishPatch(parts map[string][]byte, changed map[string][]position) ([]byte, error) {
	if len(changed) > 0 {
		b := newBook(t.arch, parts)
		b.computeAffected(changed)
		fresh, uncomputed := b.refresh()
		for name, data := range fresh {
			parts[name] = data
		}
		if uncomputed {
			wb, err := t.arch.read(t.arch.workbook)
			if err != nil {
				return nil, err
			}
			parts[t.arch.workbook] = fullCalcOnLoad(wb)
		}
	}
	out := patched(t.arch, parts)
	if err := scrubPart(out, t.arch.strings); err != nil {
		return nil, err
	}
	return writeParts(out)
}

// excelize opens a fresh copy of the template, applies the rendered rows
// and returns the workbook's bytes as excelize writes them, with the
// values of its formulas computed on excelize's model.
func (t *Template) excelize(outs [][]*output) (*captured, map[string]map[position]cellVal, error) {
	f, err := openCopy(t.rebuildOpening())
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	t.noteBaseline(f)
	a := newApplier(f, t)
	if err := a.unshareFormulas(); err != nil {
		return nil, nil, err
	}
	extent := map[string]position{}
	for i, s := range t.sheets {
		for j := len(outs[i]) - 1; j >= 0; j-- {
			if err := a.applyRow(s, outs[i][j]); err != nil {
				return nil, nil, err
			}
		}
		if err := setDimension(f, s, outs[i]); err != nil {
			return nil, nil, err
		}
		extent[s.name] = position{lastRow(s, outs[i]), s.maxCol}
	}
	a.moveChartRefs()
	vals, _ := a.computeFormulas(extent)
	recalc := true // a formula the engine did not compute is computed on opening
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &recalc}); err != nil {
		return nil, nil, err
	}
	out, err := writeCaptured(f)
	if err != nil {
		return nil, nil, err
	}
	return out, vals, nil
}

// lastRow is the last row of s once its loops have grown or shrunk it.
func lastRow(s *sheet, outs []*output) int {
	last := s.maxRow
	for _, o := range outs {
		last += o.n - 1
	}
	return last
}

// setDimension records the sheet's used range after the loops grew or
// shrank it (excelize keeps the template's).
func setDimension(f *excelize.File, s *sheet, outs []*output) error {
	last := lastRow(s, outs)
	if last < 1 || s.maxCol < 1 {
		return nil
	}
	br, err := excelize.CoordinatesToCellName(s.maxCol, last)
	if err != nil {
		return err
	}
	return f.SetSheetDimension(s.name, "A1:"+br)
}
