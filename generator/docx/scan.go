package docx

import (
	"fmt"
	"strings"
)

// para is one paragraph of a part: its element, the pieces of its text in
// order (atoms), its location for messages, and the tags found in it.
type para struct {
	n       *node
	atoms   []atom
	joined  string // the atoms' text joined, a barrier as barrierMark
	starts  []int  // where each atom starts in joined
	place   string
	tags    []*tag
	hasSect bool // the paragraph ends a section: it is never removed

	ctrlOnly bool // only control tags and white space
	dropped  bool // removed from the output (its control actions stay)
	emptied  bool // kept with its properties only (a cell needs a paragraph)
}

// atom is a piece of a paragraph's visible content: the text of one w:t,
// or a barrier (tab, break, drawing, field character, deleted text…) that a
// tag may not cross and that makes a paragraph more than control tags.
type atom struct {
	n       *node // the w:t, or the barrier element
	run     *node // the run holding n; nil for a barrier outside runs
	text    string
	barrier bool
	field   int // the innermost open complex field, 0 outside fields
}

// scanner walks a part in document order, numbering paragraphs and table
// cells the way a reader counts them.
type scanner struct {
	paras  []*para
	nPara  int
	nTable int
	ctx    []placeCtx // innermost last: tables and text boxes
	fields []int      // open complex fields
	nField int
}

// placeCtx is an enclosing table (row and column of the current cell) or
// text box (the place of the paragraph holding it).
type placeCtx struct {
	table, row, col, para int
	box                   string
}

// scanParagraphs returns every paragraph of the tree with its atoms and
// place. Paragraphs inside text boxes follow the paragraph holding them.
func scanParagraphs(t *tree) []*para {
	s := &scanner{}
	s.walk(t.root)
	return s.paras
}

// walk numbers tables, rows and cells on the way down and scans paragraphs.
func (s *scanner) walk(n *node) {
	switch n.kind {
	case kTbl:
		s.nTable++
		s.ctx = append(s.ctx, placeCtx{table: s.nTable})
		s.walkKids(n)
		s.ctx = s.ctx[:len(s.ctx)-1]
		return
	case kTr:
		if c := s.top(); c != nil {
			c.row++
			c.col = 0
		}
	case kTc:
		if c := s.top(); c != nil {
			c.col++
			c.para = 0
		}
	case kP:
		s.paragraph(n)
		return
	}
	s.walkKids(n)
}

// walkKids walks the children of n.
func (s *scanner) walkKids(n *node) {
	for _, c := range n.kids {
		s.walk(c)
	}
}

// top returns the innermost table or text box, or nil.
func (s *scanner) top() *placeCtx {
	if len(s.ctx) == 0 {
		return nil
	}
	return &s.ctx[len(s.ctx)-1]
}

// paragraph records n, then the paragraphs of the text boxes inside it.
func (s *scanner) paragraph(n *node) {
	p := &para{n: n, place: s.nextPlace()}
	if ppr := n.child(kPPr); ppr != nil && ppr.child(kSectPr) != nil {
		p.hasSect = true
	}
	s.paras = append(s.paras, p)
	s.collect(p, n)
	s.boxes(n, p.place)
}

// nextPlace numbers the next paragraph: “第12段”, “表1 第3行 第2列” (plus
// “第2段” for a later paragraph of a cell) or “第4段 文本框第1段”.
func (s *scanner) nextPlace() string {
	c := s.top()
	switch {
	case c == nil:
		s.nPara++
		return fmt.Sprintf("第%d段", s.nPara)
	case c.box != "":
		c.para++
		return fmt.Sprintf("%s 文本框第%d段", c.box, c.para)
	}
	c.para++
	place := fmt.Sprintf("表%d 第%d行 第%d列", c.table, c.row, c.col)
	if c.para > 1 {
		place += fmt.Sprintf(" 第%d段", c.para)
	}
	return place
}

// boxes scans the text boxes anchored in paragraph n.
func (s *scanner) boxes(n *node, host string) {
	for _, c := range n.kids {
		if c.kind == kTxbx {
			s.ctx = append(s.ctx, placeCtx{box: host})
			s.walkKids(c)
			s.ctx = s.ctx[:len(s.ctx)-1]
			continue
		}
		s.boxes(c, host)
	}
}

// collect appends the atoms of the runs inside container n (a paragraph or
// a hyperlink, content control, field… inside it).
func (s *scanner) collect(p *para, n *node) {
	for _, c := range n.kids {
		switch {
		case c.kind == kR:
			s.runAtoms(p, c)
		case c.kind == kInline || c.kind == kSdtContent:
			s.collect(p, c)
		case c.kind == kPPr || c.kind == kProofErr || c.kind == kBookmark || c.kind == kMarker || c.kind == kSdtPr,
			strings.HasSuffix(c.name.Local, "Pr"): // smartTagPr, customXmlPr, sdtEndPr
		default: // deleted text, equations, anything unknown
			p.atoms = append(p.atoms, atom{n: c, barrier: true, field: s.field()})
		}
	}
}

// runAtoms appends the text and barriers of run r.
func (s *scanner) runAtoms(p *para, r *node) {
	for _, c := range r.kids {
		switch c.kind {
		case kRPr, kLastBreak:
		case kT:
			p.atoms = append(p.atoms, atom{n: c, run: r, text: c.text, field: s.field()})
		case kFldChar:
			s.fieldChar(c.attr("fldCharType"))
			p.atoms = append(p.atoms, atom{n: c, run: r, barrier: true, field: s.field()})
		default:
			p.atoms = append(p.atoms, atom{n: c, run: r, barrier: true, field: s.field()})
		}
	}
}

// fieldChar tracks complex fields, which may span runs and paragraphs.
func (s *scanner) fieldChar(typ string) {
	switch typ {
	case "begin":
		s.nField++
		s.fields = append(s.fields, s.nField)
	case "end":
		if len(s.fields) > 0 {
			s.fields = s.fields[:len(s.fields)-1]
		}
	}
}

// field returns the innermost open complex field, 0 outside fields.
func (s *scanner) field() int {
	if len(s.fields) == 0 {
		return 0
	}
	return s.fields[len(s.fields)-1]
}
