package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// readWorksheetXML reads a checked worksheet part; ok is false for
// anything fastSheet does not answer as excelize would (see fastSheet).
func readWorksheetXML(src []byte, b *fastBook) (*fastSheet, bool) {
	s := &fastSheet{book: b, rows: map[int]*fastRow{}, cells: map[position]*fastCell{}, masters: map[int]string{}}
	w := newWalker(src)
	sections := map[string]int{}
	for w.next() {
		if w.t.closing {
			continue
		}
		switch {
		case len(w.stack) == 2:
			sections[w.stack[1]]++
			s.readSection(w)
		case w.start("worksheet", "cols", "col"):
			s.cols = append(s.cols, readCol(w))
		case w.start("worksheet", "sheetData", "row"):
			w.ok = w.ok && s.readRow(w)
		case w.start("worksheet", "mergeCells", "mergeCell"):
			w.ok = w.ok && s.readMerge(w)
		case w.under("worksheet", "sheetData"), w.t.local() == "row":
			return nil, false
		}
	}
	for _, name := range []string{"dimension", "sheetFormatPr", "cols", "sheetData", "mergeCells"} {
		w.ok = w.ok && sections[name] <= 1
	}
	return s, w.ok && s.mastersOK() && disjoint(s.ranges)
}

// readSection reads the attributes of a child of the root.
func (s *fastSheet) readSection(w *walker) {
	switch w.t.local() {
	case "dimension":
		s.dim, _ = w.attr("ref")
	case "sheetFormatPr":
		s.format = readFormat(w)
	case "cols":
		s.hasCol = true
	}
}

// readFormat reads <sheetFormatPr>.
func readFormat(w *walker) *fastFormat {
	rh, _ := w.attr("defaultRowHeight")
	cw, _ := w.attr("defaultColWidth")
	bw, _ := w.attr("baseColWidth")
	ch, _ := w.attr("customHeight")
	return &fastFormat{rowHeight: xmlFloat(rh), colWidth: xmlFloat(cw), baseWidth: xmlInt(bw), customHeight: xmlBool(ch)}
}

// readCol reads a <col>.
func readCol(w *walker) fastCol {
	lo, _ := w.attr("min")
	hi, _ := w.attr("max")
	st, _ := w.attr("style")
	c := fastCol{min: xmlInt(lo), max: xmlInt(hi), style: xmlInt(st)}
	if v, ok := w.attr("width"); ok {
		width := xmlFloat(v)
		c.width = &width
	}
	return c
}

// readRow reads a <row> and its cells. Its r attribute must be there,
// digits only, and above the rows before it.
func (s *fastSheet) readRow(w *walker) bool {
	r, _ := w.attr("r")
	num := xmlInt(r)
	if !digits(r) || num <= s.last || num > excelize.TotalRows {
		return false
	}
	s.last = num
	row := &fastRow{}
	st, _ := w.attr("s")
	hidden, _ := w.attr("hidden")
	row.style, row.hidden = xmlInt(st), xmlBool(hidden)
	if v, ok := w.attr("ht"); ok {
		ht := xmlFloat(v)
		row.ht = &ht
	}
	s.rows[num] = row
	if w.t.empty {
		return true
	}
	col, depth := 0, len(w.stack)
	for w.next() && len(w.stack) > depth {
		if w.t.closing {
			continue
		}
		if !w.start("worksheet", "sheetData", "row", "c") || !s.readCell(w, num, &col) {
			return false
		}
	}
	return w.ok
}

// readCell reads a <c> of row num whose columns so far end at *col.
func (s *fastSheet) readCell(w *walker, num int, col *int) bool {
	p, ok := s.cellRef(w, num, *col)
	if !ok {
		return false
	}
	*col = p.col
	c := &fastCell{}
	st, hasStyle := w.attr("s")
	c.t, _ = w.attr("t")
	if _, known := fastCellTypes[c.t]; !known || hasStyle && !digits(st) {
		return false // GetRows stops reading a cell whose s does not parse
	}
	c.style = xmlInt(st)
	s.cells[p] = c
	s.order = append(s.order, p)
	return s.readCellBody(w, c) && s.validString(c)
}

// cellRef reads a cell's reference, which must be canonical ("B5"), in
// row num and right of column col.
func (s *fastSheet) cellRef(w *walker, num, col int) (position, bool) {
	ref, ok := w.attr("r")
	if !ok {
		return position{}, false
	}
	c, r, ok := cellCoordinates([]byte(ref))
	if !ok || r != num || c <= col || (position{r, c}).cellName() != ref {
		return position{}, false
	}
	return position{r, c}, true
}

// readCellBody reads a cell's <v>, <f> and <is>, each at most once.
func (s *fastSheet) readCellBody(w *walker, c *fastCell) bool {
	if w.t.empty {
		return true
	}
	depth, seen := len(w.stack), map[string]bool{}
	for w.next() && len(w.stack) > depth {
		if w.t.closing {
			continue
		}
		name := w.t.local()
		if seen[name] || len(w.stack) != depth+1 {
			return false
		}
		seen[name] = true
		switch name {
		case "v":
			c.v = w.text()
		case "f":
			c.f = s.readFormula(w)
		case "is":
			text, ok := readItem(w)
			c.inline = &text
			w.ok = w.ok && ok
		default:
			return false
		}
	}
	return w.ok
}

// readFormula reads an <f>; the first master of each shared formula is
// noted.
func (s *fastSheet) readFormula(w *walker) *fastFormula {
	f := &fastFormula{si: optInt(w, "si")}
	f.t, _ = w.attr("t")
	f.ref, _ = w.attr("ref")
	f.text = w.text()
	if f.ref != "" && f.t == "shared" && f.si != nil {
		if _, ok := s.masters[*f.si]; !ok {
			s.masters[*f.si] = f.text
		}
	}
	return f
}

// validString reports whether a shared-string cell's value is an index of
// the table, digits only.
func (s *fastSheet) validString(c *fastCell) bool {
	return c.t != "s" || c.v == "" || digits(c.v) && len(c.v) < 10 && xmlInt(c.v) < len(s.book.strings)
}

// readMerge reads a <mergeCell>, whose ref must be canonical ("A1:B2", or
// "A1" for one cell).
func (s *fastSheet) readMerge(w *walker) bool {
	ref, _ := w.attr("ref")
	a, ok := parseArea(ref)
	if !ok || a.String() != ref {
		return false
	}
	s.ranges = append(s.ranges, a)
	return true
}

// mastersOK reports whether every shared formula's master has a formula,
// so that its cells' formulas are not empty (see sharedFormula).
func (s *fastSheet) mastersOK() bool {
	for _, text := range s.masters {
		if strings.TrimSpace(text) == "" {
			return false
		}
	}
	return true
}

// disjoint reports whether no two ranges share a cell.
func disjoint(ranges []rect) bool {
	for i, a := range ranges {
		for _, b := range ranges[i+1:] {
			if a.c1 <= b.c2 && b.c1 <= a.c2 && a.r1 <= b.r2 && b.r1 <= a.r2 {
				return false
			}
		}
	}
	return true
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
