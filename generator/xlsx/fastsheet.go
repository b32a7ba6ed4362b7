package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// fastSheet is a worksheet read from its XML by the fast reader. It
// answers readSheet's questions as excelize does for the worksheets it
// accepts: rows with increasing r attributes, cells with canonical,
// increasing references inside their row, merged ranges that do not
// touch, and nothing inside rows and cells but cells, values, formulas
// and inline strings.
type fastSheet struct {
	book    *fastBook
	rows    map[int]*fastRow
	cells   map[position]*fastCell
	order   []position // cells in document order
	last    int        // the largest row number
	format  *fastFormat
	cols    []fastCol // nil without <cols>
	hasCol  bool
	dim     string
	ranges  []rect
	masters map[int]string // shared formula index → the first master's formula
}

// fastRow is a <row>.
type fastRow struct {
	style  int
	ht     *float64
	hidden bool
}

// fastCell is a <c>.
type fastCell struct {
	t, v   string
	style  int
	f      *fastFormula
	inline *string
}

// fastFormula is a cell's <f>.
type fastFormula struct {
	text, t, ref string
	si           *int
}

// fastFormat is <sheetFormatPr>.
type fastFormat struct {
	rowHeight, colWidth float64
	baseWidth           int
	customHeight        bool
}

// fastCol is a <col>.
type fastCol struct {
	min, max, style int
	width           *float64
}

// cellTypes are the cell types (c@t) the fast reader reads.
var fastCellTypes = map[string]excelize.CellType{
	"":          excelize.CellTypeUnset,
	"n":         excelize.CellTypeNumber,
	"b":         excelize.CellTypeBool,
	"e":         excelize.CellTypeError,
	"s":         excelize.CellTypeSharedString,
	"str":       excelize.CellTypeFormula,
	"inlineStr": excelize.CellTypeInlineString,
}

func (s *fastSheet) values() ([][]string, error) {
	var out [][]string
	for _, p := range s.order {
		c := s.cells[p]
		v := s.value(c)
		if v == "" && c.f == nil {
			continue
		}
		for len(out) < p.row {
			out = append(out, nil)
		}
		row := out[p.row-1]
		for len(row) < p.col-1 {
			row = append(row, "")
		}
		out[p.row-1] = append(row, v)
	}
	return out, nil
}

// value is a cell's raw value (getValueFrom with RawCellValue).
func (s *fastSheet) value(c *fastCell) string {
	switch {
	case c.t == "s" && c.v != "":
		return s.book.strings[xmlInt(c.v)]
	case c.t == "inlineStr" && c.inline != nil:
		return *c.inline
	}
	return c.v
}

func (s *fastSheet) dimension() string { return s.dim }

func (s *fastSheet) defaultHeight() float64 {
	if s.format != nil && s.format.rowHeight > 0 {
		return s.format.rowHeight
	}
	return 15
}

func (s *fastSheet) merges() ([]rect, error) { return s.ranges, nil }

func (s *fastSheet) formula(p position) string {
	c := s.cells[p]
	switch {
	case c == nil || c.f == nil:
		return ""
	case c.f.t == "shared" && c.f.si != nil:
		return s.sharedFormula(*c.f.si)
	}
	return c.f.text
}

// sharedFormula stands for what GetCellFormula returns for a cell of
// shared formula si: the master's formula moved to the cell, which is
// not empty when the master's formula is not (the fast reader declines
// sheets where it is), and "" without a master.
func (s *fastSheet) sharedFormula(si int) string {
	return s.masters[si]
}

func (s *fastSheet) styleID(p position) (int, error) {
	if c := s.cells[p]; c != nil && c.style != 0 {
		return c.style, nil
	}
	if r := s.rows[p.row]; r != nil && r.style != 0 {
		return r.style, nil
	}
	for _, c := range s.cols {
		if c.min <= p.col && p.col <= c.max && c.style != 0 {
			return c.style, nil
		}
	}
	return 0, nil
}

func (s *fastSheet) style(id int) (*excelize.Style, error) { return s.book.style(id) }

func (s *fastSheet) rowHeight(num int) (float64, error) {
	ht := 15.0
	if s.format != nil && s.format.customHeight {
		ht = s.format.rowHeight
	}
	if r := s.rows[num]; num <= s.last && r != nil && r.ht != nil {
		return *r.ht, nil
	}
	return ht, nil
}

func (s *fastSheet) rowVisible(num int) (bool, error) {
	if num > s.last {
		return false, nil
	}
	r := s.rows[num]
	return r == nil || !r.hidden, nil
}

func (s *fastSheet) rawValue(p position) string {
	if c := s.cells[p]; c != nil {
		return s.value(c)
	}
	return ""
}

func (s *fastSheet) cellType(p position) excelize.CellType {
	if c := s.cells[p]; c != nil {
		return fastCellTypes[c.t]
	}
	return excelize.CellTypeUnset
}

func (s *fastSheet) colWidth(col int) float64 {
	if s.hasCol {
		var width float64
		for _, c := range s.cols {
			if c.min <= col && col <= c.max && c.width != nil {
				width = *c.width
			}
		}
		if width != 0 {
			return width
		}
	}
	if s.format != nil && s.format.colWidth > 0 {
		return s.format.colWidth
	}
	if s.format != nil && s.format.baseWidth > 0 {
		return float64(s.format.baseWidth)
	}
	return 9.140625
}
