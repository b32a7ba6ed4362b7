package xlsx

import (
	"bytes"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// A workbook rebuilt through excelize has lost the cached values of its
// formulas (every formula is rewritten when rows move). The engine
// computes them from excelize's model of the workbook, before it is
// written, and then gives the formula cells of the written XML their
// values (formulaValues), without reading the rest of the XML again.

// fileCells reads the workbook excelize holds, for the evaluator.
type fileCells struct {
	f        *excelize.File
	formulas map[cellKey]bool
	extent   map[string]position // the last row and column of each sheet
	memo     map[cellKey]value
	busy     map[cellKey]bool
}

// computeFormulas computes every formula cell of the rebuilt workbook:
// the results by sheet and cell, and whether some could not be computed.
func (a *applier) computeFormulas(extent map[string]position) (map[string]map[position]cellVal, bool) {
	fc := &fileCells{f: a.f, formulas: map[cellKey]bool{}, extent: extent, memo: map[cellKey]value{}, busy: map[cellKey]bool{}}
	for sheet, ps := range a.formulas {
		for _, p := range ps {
			fc.formulas[cellKey{sheet, p}] = true
		}
	}
	out := map[string]map[position]cellVal{}
	uncomputed := false
	for _, sheet := range a.sortedSheets() {
		for _, p := range a.formulas[sheet] {
			v, err := fc.cell(sheet, p)
			if err != nil {
				uncomputed = true
				continue
			}
			if out[sheet] == nil {
				out[sheet] = map[position]cellVal{}
			}
			out[sheet][p] = cached(v)
		}
	}
	return out, uncomputed
}

// cell implements cells.
func (fc *fileCells) cell(sheet string, p position) (value, error) {
	key := cellKey{sheet, p}
	if !fc.formulas[key] {
		return fc.stored(sheet, p)
	}
	if v, ok := fc.memo[key]; ok {
		return v, nil
	}
	if fc.busy[key] {
		return value{}, errUnsupported
	}
	text, err := fc.f.GetCellFormula(sheet, p.cellName())
	if err != nil || text == "" {
		return value{}, errUnsupported
	}
	fc.busy[key] = true
	v, err := evalFormula(text, sheet, fc)
	delete(fc.busy, key)
	if err != nil {
		return value{}, err
	}
	if v.kind == vEmpty {
		v = numVal(decimal.Zero)
	}
	fc.memo[key] = v
	return v, nil
}

// stored reads a constant cell.
func (fc *fileCells) stored(sheet string, p position) (value, error) {
	if _, ok := fc.extent[sheet]; !ok {
		return value{}, errUnsupported // another workbook, or a chart sheet
	}
	name := p.cellName()
	raw, err := fc.f.GetCellValue(sheet, name, excelize.Options{RawCellValue: true})
	if err != nil {
		return value{}, errUnsupported
	}
	typ, _ := fc.f.GetCellType(sheet, name)
	switch typ {
	case excelize.CellTypeSharedString, excelize.CellTypeInlineString, excelize.CellTypeFormula:
		return strVal(raw), nil
	case excelize.CellTypeBool:
		return value{kind: vBool, b: raw == "1" || strings.EqualFold(raw, "TRUE")}, nil
	case excelize.CellTypeError:
		return errVal(raw), nil
	}
	if strings.TrimSpace(raw) == "" {
		return value{}, nil
	}
	d, err := decimal.NewFromString(strings.TrimSpace(raw))
	if err != nil {
		return strVal(raw), nil
	}
	return numVal(d), nil
}

// area implements cells, within the sheet's used range.
func (fc *fileCells) area(a area) ([]value, error) {
	last, ok := fc.extent[a.sheet]
	if !ok {
		return nil, errUnsupported
	}
	var out []value
	for r := a.r1; r <= min(a.r2, last.row); r++ {
		for c := a.c1; c <= min(a.c2, last.col); c++ {
			v, err := fc.cell(a.sheet, position{r, c})
			if err != nil {
				return nil, err
			}
			if v.kind != vEmpty {
				out = append(out, v)
			}
		}
	}
	return out, nil
}

// formulaValues gives the formula cells of a worksheet's XML, as excelize
// writes it (cells with references, no prefixes), the values in vals; ok
// is false when nothing changed. Only the cells around <f> elements are
// read.
func formulaValues(src []byte, vals map[position]cellVal) ([]byte, bool) {
	x := &xsheet{src: src}
	var edits []edit
	for i := 0; ; {
		k := bytes.Index(src[i:], []byte("<f"))
		if k < 0 {
			break
		}
		k += i
		i = k + 2
		if i >= len(src) || (src[i] != ' ' && src[i] != '>' && src[i] != '/') {
			continue // <fill>, <filterColumn>…
		}
		start := bytes.LastIndex(src[:k], []byte("<c "))
		t, ok := parseTag(src, max(start, 0))
		if start < 0 || !ok || t.local() != "c" {
			continue
		}
		c := x.cell(t, 0, 0)
		i = max(i, c.end)
		v, ok := vals[c.pos]
		if c.f == nil || !ok || (c.hasV && v == (cellVal{strings.TrimPrefix(c.t, "n"), c.v})) {
			continue
		}
		edits = append(edits, edit{c.tag.start, c.end, cellXML(c.tag, v, string(src[c.f.start:c.f.end]))})
	}
	if len(edits) == 0 {
		return src, false
	}
	return applyEdits(src, edits), true
}
