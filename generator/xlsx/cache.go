package xlsx

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/xuri/efp"
	"github.com/xuri/excelize/v2"
)

// book is a rendered workbook as the formula evaluator reads it: the XML
// of every worksheet and the shared strings.
type book struct {
	sheets  map[string]*bookSheet
	strings []string
	memo    map[cellKey]value
	busy    map[cellKey]bool // being computed, to stop at cycles
	compute map[cellKey]bool // formulas whose cached value is stale
}

// bookSheet is one worksheet of a book.
type bookSheet struct {
	name, part string
	x          *xsheet
	masters    map[string]sharedMaster
}

// cellKey is a cell of a book.
type cellKey struct {
	sheet string
	pos   position
}

// newBook reads the worksheets parts gives (part name → XML), the other
// worksheets from the template, and the shared strings.
func newBook(a *archive, parts map[string][]byte) *book {
	b := &book{sheets: map[string]*bookSheet{}, memo: map[cellKey]value{}, busy: map[cellKey]bool{}, compute: map[cellKey]bool{}}
	for name, part := range a.sheets {
		src, ok := parts[part]
		if !ok {
			var err error
			if src, err = a.read(part); err != nil {
				continue
			}
		}
		x := scanSheet(src)
		b.sheets[name] = &bookSheet{name: name, part: part, x: x, masters: sharedMasters(x)}
	}
	if a.strings != "" {
		src, ok := parts[a.strings]
		if !ok {
			src, _ = a.read(a.strings)
		}
		b.strings = readSharedStrings(src)
	}
	return b
}

// readSharedStrings returns the texts of a shared strings part in order.
func readSharedStrings(src []byte) []string {
	var out []string
	x := &xsheet{src: src}
	for i := 0; ; {
		t, ok := nextTag(src, i)
		if !ok {
			return out
		}
		i = t.end
		if !t.closing && t.local() == "si" {
			var text string
			text, _, i = x.inlineText(t)
			out = append(out, text)
		}
	}
}

// cell implements cells.
func (b *book) cell(sheet string, p position) (value, error) {
	s, ok := b.sheets[sheet]
	if !ok {
		return value{}, errUnsupported
	}
	i, ok := s.x.index[p]
	if !ok {
		return value{}, nil
	}
	c := s.x.cells[i]
	if c.f != nil && (b.compute[cellKey{sheet, p}] || !c.hasV) {
		return b.formula(s, c)
	}
	return b.stored(c)
}

// area implements cells: the values of the cells of a that hold something.
func (b *book) area(a area) ([]value, error) {
	s, ok := b.sheets[a.sheet]
	if !ok {
		return nil, errUnsupported
	}
	var out []value
	visit := func(p position) error {
		v, err := b.cell(a.sheet, p)
		if err == nil && v.kind != vEmpty {
			out = append(out, v)
		}
		return err
	}
	if (a.r2-a.r1+1)*(a.c2-a.c1+1) <= len(s.x.cells) {
		for r := a.r1; r <= a.r2; r++ {
			for c := a.c1; c <= a.c2; c++ {
				if _, ok := s.x.index[position{r, c}]; ok {
					if err := visit(position{r, c}); err != nil {
						return nil, err
					}
				}
			}
		}
		return out, nil
	}
	for _, c := range s.x.cells {
		if a.r1 <= c.pos.row && c.pos.row <= a.r2 && a.c1 <= c.pos.col && c.pos.col <= a.c2 {
			if err := visit(c.pos); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// formula computes formula cell c of s, once.
func (b *book) formula(s *bookSheet, c xcell) (value, error) {
	key := cellKey{s.name, c.pos}
	if v, ok := b.memo[key]; ok {
		return v, nil
	}
	if b.busy[key] || c.f.t == "array" {
		return value{}, errUnsupported
	}
	text, ok := formulaOf(c, s.name, s.masters)
	if !ok {
		return value{}, errUnsupported
	}
	b.busy[key] = true
	v, err := evalFormula(text, s.name, b)
	delete(b.busy, key)
	if err != nil {
		return value{}, err
	}
	if v.kind == vEmpty {
		v = numVal(decimal.Zero) // =A1 of a blank cell shows 0
	}
	b.memo[key] = v
	return v, nil
}

// stored reads the value a cell holds.
func (b *book) stored(c xcell) (value, error) {
	switch c.t {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(c.v))
		if err != nil || i < 0 || i >= len(b.strings) {
			return value{}, errUnsupported
		}
		return strVal(b.strings[i]), nil
	case "inlineStr":
		return strVal(c.inline), nil
	case "str":
		return strVal(c.v), nil
	case "b":
		return value{kind: vBool, b: strings.TrimSpace(c.v) == "1"}, nil
	case "e":
		return errVal(c.v), nil
	}
	if strings.TrimSpace(c.v) == "" {
		return value{}, nil
	}
	d, err := decimal.NewFromString(strings.TrimSpace(c.v))
	if err != nil {
		return value{}, errUnsupported
	}
	return numVal(d), nil
}

// cached returns the XML value of a computed formula result.
func cached(v value) cellVal {
	switch v.kind {
	case vStr:
		return cellVal{"str", v.s}
	case vBool:
		if v.b {
			return cellVal{"b", "1"}
		}
		return cellVal{"b", "0"}
	case vErr:
		return cellVal{"e", v.s}
	}
	return cellVal{"", significant(v.n).String()}
}

// refresh gives every formula in b.compute its computed value, or drops
// its cached value when it cannot be computed, and returns the edited
// parts (part name → XML) and whether some formula was left uncomputed.
func (b *book) refresh() (map[string][]byte, bool) {
	out := map[string][]byte{}
	uncomputed := false
	for _, s := range b.sheets {
		var edits []edit
		for _, c := range s.x.cells {
			if c.f == nil || !b.compute[cellKey{s.name, c.pos}] {
				continue
			}
			inner := string(s.x.src[c.f.start:c.f.end])
			v, err := b.formula(s, c)
			switch {
			case err != nil:
				uncomputed = true
				if c.hasV {
					edits = append(edits, edit{c.tag.start, c.end, cellXML(c.tag, cellVal{t: "-"}, inner)})
				}
			case c.hasV && cached(v) == (cellVal{strings.TrimPrefix(c.t, "n"), c.v}):
			default:
				edits = append(edits, edit{c.tag.start, c.end, cellXML(c.tag, cached(v), inner)})
			}
		}
		if len(edits) > 0 {
			out[s.part] = applyEdits(s.x.src, edits)
		}
	}
	return out, uncomputed
}

// computeAffected marks the formulas whose value may have changed with
// the cells in changed: those referring to a changed cell or to such a
// formula, and those whose references cannot be known (defined names,
// INDIRECT, OFFSET); and the formulas saved without a value.
func (b *book) computeAffected(changed map[string][]position) {
	dirty := map[string][]position{}
	for sheet, ps := range changed {
		dirty[sheet] = append(dirty[sheet], ps...)
	}
	deps := map[cellKey]formulaDeps{}
	for _, s := range b.sheets {
		for _, c := range s.x.cells {
			if text, ok := formulaOf(c, s.name, s.masters); ok {
				deps[cellKey{s.name, c.pos}] = dependencies(text, s.name)
			}
		}
	}
	for key := range deps {
		if c := b.sheets[key.sheet].x; !c.cells[c.index[key.pos]].hasV {
			b.compute[key] = true // a formula saved without its value: give it one
		}
	}
	for grew := true; grew; {
		grew = false
		for key, d := range deps {
			if b.compute[key] || !(d.unknown || d.touches(dirty)) {
				continue
			}
			b.compute[key], grew = true, true
			dirty[key.sheet] = append(dirty[key.sheet], key.pos)
		}
	}
}

// formulaDeps is what a formula reads.
type formulaDeps struct {
	areas   []area
	unknown bool
}

// touches reports whether d reads one of the cells in dirty.
func (d formulaDeps) touches(dirty map[string][]position) bool {
	for _, a := range d.areas {
		for _, p := range dirty[a.sheet] {
			if a.r1 <= p.row && p.row <= a.r2 && a.c1 <= p.col && p.col <= a.c2 {
				return true
			}
		}
	}
	return false
}

// dependencies lists the areas formula (in a cell of host) reads.
func dependencies(formula, host string) formulaDeps {
	var d formulaDeps
	ps := efp.ExcelParser()
	for _, t := range ps.Parse(formula) {
		t = cleanToken(t)
		switch {
		case t.TType == efp.TokenTypeFunction && t.TSubType == efp.TokenSubTypeStart:
			switch strings.ToUpper(t.TValue) {
			case "INDIRECT", "OFFSET", "INFO", "CELL":
				d.unknown = true
			}
		case t.TType == efp.TokenTypeOperand && t.TSubType == efp.TokenSubTypeRange:
			a, ok := wholeArea(t.TValue, host)
			if !ok {
				d.unknown = true
				continue
			}
			d.areas = append(d.areas, a)
		}
	}
	return d
}

// wholeArea resolves a reference to an area, whole rows and columns
// included; ok is false for names and external references.
func wholeArea(text, host string) (area, bool) {
	r, ok := parseRef(text)
	if !ok {
		return area{}, false
	}
	sheet := r.sheet
	if r.prefix == "" {
		sheet = host
	}
	if !r.isRange {
		r.p2 = r.p1
	}
	a := area{sheet: sheet, rect: rect{1, 1, excelize.MaxColumns, excelize.TotalRows}}
	if r.p1.col != "" {
		c1, _ := excelize.ColumnNameToNumber(r.p1.col)
		c2, _ := excelize.ColumnNameToNumber(r.p2.col)
		a.c1, a.c2 = min(c1, c2), max(c1, c2)
	}
	if r.p1.row > 0 {
		a.r1, a.r2 = min(r.p1.row, r.p2.row), max(r.p1.row, r.p2.row)
	}
	return a, true
}
