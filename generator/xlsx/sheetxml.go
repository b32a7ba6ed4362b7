package xlsx

import (
	"bytes"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// xsheet is a worksheet's XML as the engine reads it for patching: every
// cell of sheetData with its byte span, and every row's start tag.
type xsheet struct {
	src   []byte
	rows  []xrow
	cells []xcell
	index map[position]int // cell position → index in cells
}

// xrow is a row's start tag.
type xrow struct {
	num int
	tag xtag
}

// xcell is one <c> element.
type xcell struct {
	pos        position
	tag        xtag   // the start tag
	end        int    // src[tag.start:end] is the whole element
	t          string // the type attribute ("s", "str", "inlineStr", "b", "e", "n" or "")
	style      string // the s attribute
	v          string // <v>, unescaped
	inline     string // the text of <is>
	f          *xformula
	hasV, isIS bool
}

// xformula is a cell's <f> element.
type xformula struct {
	text           string // unescaped
	t, si, ref     string // attributes: "shared"/"array", shared index, range
	start, end     int    // src[start:end] is the element
	tagEnd         int    // end of its start tag
	textFrom, txTo int    // the raw text
}

// scanSheet reads the cells of a worksheet's XML.
func scanSheet(src []byte) *xsheet {
	n := bytes.Count(src, []byte("<c ")) // the cells, to size the slices once
	s := &xsheet{src: src, cells: make([]xcell, 0, n), index: make(map[position]int, n)}
	row, col := 0, 0
	for i := 0; ; {
		t, ok := nextTag(src, i)
		if !ok {
			return s
		}
		i = t.end
		if t.closing {
			continue
		}
		switch t.local() {
		case "row":
			row, col = rowNumber(t, row), 0
			s.rows = append(s.rows, xrow{num: row, tag: t})
		case "c":
			c := s.cell(t, row, col)
			col = c.pos.col
			s.index[c.pos] = len(s.cells)
			s.cells = append(s.cells, c)
			i = c.end
		}
	}
}

// rowNumber is a row's r attribute, or the row after prev.
func rowNumber(t xtag, prev int) int {
	if r, ok := t.attr("r"); ok {
		if n, err := strconv.Atoi(r); err == nil {
			return n
		}
	}
	return prev + 1
}

// cell reads the <c> element whose start tag is t, in row; its column is
// its r attribute or the one after col.
func (s *xsheet) cell(t xtag, row, col int) xcell {
	c := xcell{tag: t, end: t.end, pos: position{row, col + 1}}
	t.eachAttr(func(name, value []byte) bool {
		switch string(name) {
		case "r":
			if cc, rr, ok := cellCoordinates(value); ok {
				c.pos = position{rr, cc}
			}
		case "t":
			c.t = internName(value)
		case "s":
			c.style = string(value)
		}
		return true
	})
	if t.empty {
		return c
	}
	depth := 0
	for i := t.end; ; {
		u, ok := nextTag(s.src, i)
		if !ok {
			c.end = len(s.src)
			return c
		}
		i = u.end
		switch {
		case u.closing && u.local() == "c" && depth == 0:
			c.end = u.end
			return c
		case u.closing:
			depth--
		case u.local() == "f":
			c.f = s.formula(u)
			i = c.f.end
		case u.local() == "v":
			c.v, c.hasV, i = s.text(u)
		case u.local() == "is":
			c.inline, c.isIS, i = s.inlineText(u)
		case !u.empty:
			depth++
		}
	}
}

// text returns the character data of the element whose start tag is t,
// whether it is there, and the offset after its end tag.
func (s *xsheet) text(t xtag) (string, bool, int) {
	if t.empty {
		return "", true, t.end
	}
	end, ok := s.endOf(t)
	if !ok {
		return "", false, len(s.src)
	}
	return xmlText(s.src, t.end, end.start), true, end.end
}

// endOf finds the end tag closing t (elements of the same name do not
// nest in cells).
func (s *xsheet) endOf(t xtag) (xtag, bool) {
	for i := t.end; ; {
		u, ok := nextTag(s.src, i)
		if !ok {
			return xtag{}, false
		}
		if u.closing && u.name == t.name {
			return u, true
		}
		i = u.end
	}
}

// formula reads an <f> element.
func (s *xsheet) formula(t xtag) *xformula {
	f := &xformula{start: t.start, end: t.end, tagEnd: t.end, textFrom: t.end, txTo: t.end}
	f.t, _ = t.attr("t")
	f.si, _ = t.attr("si")
	f.ref, _ = t.attr("ref")
	if t.empty {
		return f
	}
	if end, ok := s.endOf(t); ok {
		f.text = xmlText(s.src, t.end, end.start)
		f.txTo, f.end = end.start, end.end
	}
	return f
}

// inlineText returns the text of an <is> element: its <t> elements, those
// of rich-text runs included, phonetic runs (rPh) left out.
func (s *xsheet) inlineText(t xtag) (string, bool, int) {
	if t.empty {
		return "", true, t.end
	}
	var text []byte
	skip := 0
	for i := t.end; ; {
		u, ok := nextTag(s.src, i)
		if !ok {
			return string(text), true, len(s.src)
		}
		i = u.end
		switch {
		case u.closing && u.name == t.name:
			return string(text), true, u.end
		case u.local() == "rPh" && !u.closing && !u.empty:
			skip++
		case u.local() == "rPh" && u.closing:
			skip--
		case !u.closing && u.local() == "t" && skip == 0:
			var part string
			part, _, i = s.text(u)
			text = append(text, part...)
		}
	}
}

// cellCoordinates reads an A1 reference without allocating.
func cellCoordinates(ref []byte) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	if i == 0 || i == len(ref) || col > excelize.MaxColumns {
		return 0, 0, false
	}
	for ; i < len(ref); i++ {
		if ref[i] < '0' || ref[i] > '9' {
			return 0, 0, false
		}
		row = row*10 + int(ref[i]-'0')
		if row > excelize.TotalRows {
			return 0, 0, false
		}
	}
	return col, row, row > 0
}
