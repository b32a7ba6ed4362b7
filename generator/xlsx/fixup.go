package xlsx

import (
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"
)

// excelize's InsertRows grows a range only when the insertion point lies
// inside it, and inserting below the loop row (row+1) leaves alone every
// range that ends at the loop row: SUM(B5:B5) stays SUM(B5:B5) however many
// rows the loop adds. RemoveRow shifts references to the removed row onto
// the row above. The functions here correct both, for formulas in every
// sheet, defined names (print areas included), data validations,
// conditional formats and merged ranges.

// grow widens every range whose rows end at the loop row num of sheet to the
// loop's n rows. Inside the loop row itself only ranges whose end row is
// absolute ($5) grow; relative ones belong to the item (SUM(C5:E5)).
func (a *applier) grow(sheet string, num, n int) error {
	outside := growRange(sheet, num, n, false)
	inside := growRange(sheet, num, n, true)
	if err := a.rewriteFormulas(func(host string, p position) refRewriter {
		if host == sheet && p.row == num {
			return inside
		}
		return outside
	}); err != nil {
		return err
	}
	if err := a.rewriteNames(outside); err != nil {
		return err
	}
	sq := func(r rect) (rect, bool) {
		if r.r2 == num {
			r.r2 = num + n - 1
			return r, true
		}
		return r, false
	}
	if err := a.rewriteValidations(sheet, sq, outside); err != nil {
		return err
	}
	if err := a.rewriteCondFormats(sheet, sq); err != nil {
		return err
	}
	return a.growMerges(sheet, num, n)
}

// growRange returns the rewriter that makes a range ending at row num of
// sheet end at num+n-1.
func growRange(sheet string, num, n int, ownRow bool) refRewriter {
	return func(r *ref) (string, bool) {
		if r.sheet != sheet || !r.isRange {
			return "", false
		}
		first, last := &r.p1, &r.p2
		if first.row > last.row {
			first, last = last, first
		}
		if last.row != num || first.row == 0 || (ownRow && !last.rowAbs) {
			return "", false
		}
		last.row = num + n - 1
		return r.String(), true
	}
}

// prepareRemoval points the references to row num of sheet, about to be
// removed, where they belong: a range starting there starts one row lower
// (excelize then moves it up), and a reference to nothing but the removed
// row becomes 0, so SUM over an empty loop is 0.
func (a *applier) prepareRemoval(sheet string, num int) error {
	fn := shrinkRange(sheet, num)
	if err := a.rewriteFormulas(func(host string, p position) refRewriter {
		if host == sheet && p.row == num {
			return nil
		}
		return fn
	}); err != nil {
		return err
	}
	if err := a.rewriteNames(fn); err != nil {
		return err
	}
	sq := func(r rect) (rect, bool) {
		if r.r1 == num && r.r2 > num {
			r.r1 = num + 1
			return r, true
		}
		return r, false
	}
	if err := a.rewriteValidations(sheet, sq, fn); err != nil {
		return err
	}
	return a.rewriteCondFormats(sheet, sq)
}

// shrinkRange returns the rewriter for references about to lose row num.
func shrinkRange(sheet string, num int) refRewriter {
	return func(r *ref) (string, bool) {
		lo, hi := r.rows()
		if r.sheet != sheet || lo == 0 {
			return "", false
		}
		if min(lo, hi) == num && max(lo, hi) == num {
			return "0", true
		}
		for _, e := range []*endpoint{&r.p1, &r.p2} {
			if e.row == num && min(lo, hi) == num && r.isRange {
				e.row = num + 1
				return r.String(), true
			}
		}
		return "", false
	}
}

// rewriteFormulas applies the rewriter pick chooses (nil: none) to every
// formula cell of the workbook.
func (a *applier) rewriteFormulas(pick func(host string, p position) refRewriter) error {
	for _, host := range a.sortedSheets() {
		for _, p := range a.formulas[host] {
			fn := pick(host, p)
			if fn == nil {
				continue
			}
			text, _ := a.f.GetCellFormula(host, p.cellName())
			if moved, ok := rewriteFormula(text, host, fn); ok {
				if err := a.setFormula(host, p, moved); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// rewriteNames applies fn to every defined name. A print area or print
// titles reduced to nothing is deleted.
func (a *applier) rewriteNames(fn refRewriter) error {
	for _, dn := range a.f.GetDefinedName() {
		refersTo, ok := rewriteFormula(dn.RefersTo, "", fn)
		if !ok {
			continue
		}
		if err := a.f.DeleteDefinedName(&excelize.DefinedName{Name: dn.Name, Scope: dn.Scope}); err != nil {
			return err
		}
		if strings.HasPrefix(dn.Name, "_xlnm.") && strings.TrimSpace(refersTo) == "0" {
			continue
		}
		dn.RefersTo = refersTo
		if dn.Scope == "Workbook" {
			dn.Scope = ""
		}
		if err := a.f.SetDefinedName(&dn); err != nil {
			return err
		}
	}
	return nil
}

// sqrefFunc changes one rectangle of a cell-range list; ok reports a change.
type sqrefFunc func(rect) (rect, bool)

// rewriteSqref applies fn to each part of a space-separated range list.
func rewriteSqref(sqref string, fn sqrefFunc) (string, bool) {
	parts := strings.Fields(sqref)
	changed := false
	for i, part := range parts {
		r, ok := parseArea(part)
		if !ok {
			continue
		}
		if r, ok = fn(r); ok {
			parts[i], changed = r.String(), true
		}
	}
	return strings.Join(parts, " "), changed
}

// rewriteValidations applies sq to the ranges of the data validations of
// sheet and fn to the formulas of the validations of every sheet.
func (a *applier) rewriteValidations(sheet string, sq sqrefFunc, fn refRewriter) error {
	for _, host := range a.f.GetSheetList() {
		dvs, err := a.f.GetDataValidations(host)
		if err != nil {
			continue
		}
		for _, dv := range dvs {
			if err := a.rewriteValidation(host, sheet, dv, sq, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

func (a *applier) rewriteValidation(host, sheet string, dv *excelize.DataValidation, sq sqrefFunc, fn refRewriter) error {
	old, changed := dv.Sqref, false
	if host == sheet {
		dv.Sqref, changed = rewriteSqref(dv.Sqref, sq)
	}
	for _, formula := range []*string{&dv.Formula1, &dv.Formula2} {
		if strings.HasPrefix(*formula, `"`) {
			continue // a literal list such as "是,否"
		}
		if moved, ok := rewriteFormula(*formula, host, fn); ok {
			*formula, changed = moved, true
		}
	}
	if !changed {
		return nil
	}
	if err := a.f.DeleteDataValidation(host, old); err != nil {
		return err
	}
	dv.Formula1, dv.Formula2 = escapeValidation(dv.Formula1), escapeValidation(dv.Formula2)
	return a.f.AddDataValidation(host, dv)
}

// escapeValidation undoes what GetDataValidations unescapes, as
// AddDataValidation writes the formula as it is: quotes inside a literal
// list are doubled again and &, <, > become entities.
func escapeValidation(f string) string {
	if len(f) >= 2 && strings.HasPrefix(f, `"`) && strings.HasSuffix(f, `"`) {
		f = `"` + strings.ReplaceAll(f[1:len(f)-1], `"`, `""`) + `"`
	}
	return validationEscaper.Replace(f)
}

// validationEscaper writes &, < and > as entities.
var validationEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// rewriteCondFormats applies sq to the ranges of sheet's conditional
// formats, in a fixed order.
func (a *applier) rewriteCondFormats(sheet string, sq sqrefFunc) error {
	cfs, err := a.f.GetConditionalFormats(sheet)
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(cfs))
	for k := range cfs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		moved, ok := rewriteSqref(k, sq)
		if !ok {
			continue
		}
		if err := a.f.UnsetConditionalFormat(sheet, k); err != nil {
			return err
		}
		if err := a.f.SetConditionalFormat(sheet, moved, cfs[k]); err != nil {
			return err
		}
	}
	return nil
}

// growMerges stretches merged ranges that start above the loop row and end
// at it (a label beside the loop) over the loop's rows. Ranges inside the
// loop row are copied per row by copyProto instead.
func (a *applier) growMerges(sheet string, num, n int) error {
	merges, err := a.f.GetMergeCells(sheet, true)
	if err != nil {
		return err
	}
	for _, m := range merges {
		r, ok := parseArea(m.GetStartAxis() + ":" + m.GetEndAxis())
		if !ok || r.r2 != num || r.r1 == num {
			continue
		}
		if err := a.f.UnmergeCell(sheet, m.GetStartAxis(), m.GetEndAxis()); err != nil {
			return err
		}
		br, _ := excelize.CoordinatesToCellName(r.c2, num+n-1)
		if err := a.f.MergeCell(sheet, m.GetStartAxis(), br); err != nil {
			return err
		}
	}
	return nil
}
