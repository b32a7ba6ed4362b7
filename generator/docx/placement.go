package docx

import (
	"strings"
	"unicode"
)

// pmode says where a tag's action goes in the generated template.
type pmode uint8

const (
	plInline pmode = iota // in the text, where the tag is
	plAt                  // in place of its paragraph, which disappears
	plBefore              // just before node n: a paragraph or a table row
	plAfter               // just after node n
)

// placement is where a tag's action goes: n is the paragraph (plAt) or
// the paragraph or row it is lifted next to (plBefore, plAfter).
type placement struct {
	mode pmode
	n    *node
}

// placeTags maps the control flow of a part onto its structure:
//
//   - a paragraph holding only silent tags (control, variables, comments)
//     and white space disappears; its actions take its place;
//   - a block whose tags are in one paragraph stays inline;
//   - a block opening in one cell and closing in another cell of the same
//     table repeats or removes the rows from the first to the last;
//   - a block spanning paragraphs of one container repeats or removes those
//     paragraphs: a tag at the start of its paragraph is lifted before it,
//     one at the end after it;
//   - otherwise the tags stay inline, which is valid only when they sit at
//     the same depth of the same kinds of elements.
//
// It returns every block whose placement cannot give valid XML.
func placeTags(paras []*para, blocks []*block) []problem {
	for _, p := range paras {
		p.ctrlOnly = isCtrlOnly(p)
		for _, t := range p.tags {
			t.pl = placement{mode: plInline}
			if p.ctrlOnly {
				t.pl = placement{mode: plAt, n: p.n}
			}
		}
	}
	for _, b := range blocks {
		placeBlock(b)
	}
	for _, p := range paras {
		settle(p)
	}
	var probs []problem
	for _, b := range blocks {
		if pr := validate(b); pr != nil {
			probs = append(probs, *pr)
		}
	}
	return probs
}

// isCtrlOnly reports whether p holds tags, all silent, and nothing else
// but white space. A paragraph carrying section properties never counts.
func isCtrlOnly(p *para) bool {
	if len(p.tags) == 0 || p.hasSect || p.content(0, len(p.joined)) {
		return false
	}
	for _, t := range p.tags {
		if !t.kind.silent() {
			return false
		}
	}
	return true
}

// content reports whether joined[a:b] of p holds anything but white space
// outside tags; a barrier (image, tab…) counts as content.
func (p *para) content(a, b int) bool {
	pos := a
	for _, t := range p.tags {
		if t.span.jTo <= pos {
			continue
		}
		if t.span.jFrom >= b {
			break
		}
		if t.span.jFrom > pos && hasContent(p.joined[pos:t.span.jFrom]) {
			return true
		}
		pos = t.span.jTo
	}
	return pos < b && hasContent(p.joined[pos:b])
}

// hasContent reports whether s holds anything but white space.
func hasContent(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) }) >= 0
}

// leading reports whether only white space and silent tags precede t in
// its paragraph; trailing, whether only they follow it.
func leading(t *tag) bool {
	p := t.para
	for _, u := range p.tags {
		if u == t {
			break
		}
		if !u.kind.silent() {
			return false
		}
	}
	return !p.content(0, t.span.jFrom)
}

// trailing: see leading.
func trailing(t *tag) bool {
	p := t.para
	for i := len(p.tags) - 1; i >= 0 && p.tags[i] != t; i-- {
		if !p.tags[i].kind.silent() {
			return false
		}
	}
	return !p.content(t.span.jTo, len(p.joined))
}

// placeBlock decides the placement of the tags of b (see placeTags).
func placeBlock(b *block) {
	nodes := make([]*node, len(b.tags))
	for i, t := range b.tags {
		nodes[i] = t.para.n
	}
	if onePara(b) {
		return // inline, or in place of a vanishing paragraph
	}
	a := lcaAll(nodes)
	if rc := rowContainer(a); rc != nil {
		placeRows(b, rc)
		return
	}
	if liftable(b, a) {
		for _, t := range b.tags {
			t.pl = lift(t)
		}
		return
	}
	for _, t := range b.tags {
		t.pl = placement{mode: plInline}
	}
}

// onePara reports whether every tag of b is in one paragraph.
func onePara(b *block) bool {
	for _, t := range b.tags {
		if t.para != b.open().para {
			return false
		}
	}
	return true
}

// liftable reports whether every tag of b is in a paragraph directly in a
// and either makes up its paragraph or stands at its start or end.
func liftable(b *block, a *node) bool {
	for _, t := range b.tags {
		if t.para.n.parent != a || !(t.para.ctrlOnly || leading(t) || trailing(t)) {
			return false
		}
	}
	return true
}

// lift places t next to its paragraph. A tag alone in a paragraph that
// must stay (it ends a section) keeps the paragraph outside the block.
func lift(t *tag) placement {
	p := t.para
	lead, trail := leading(t), trailing(t)
	switch {
	case p.ctrlOnly:
		return placement{mode: plAt, n: p.n}
	case lead && trail && t.kind == tagEnd, lead && !trail:
		return placement{mode: plBefore, n: p.n}
	}
	return placement{mode: plAfter, n: p.n}
}

// rowContainer returns the element whose children are the table rows
// (w:tbl, or a content control grouping rows) when a, the common ancestor
// of a block's paragraphs, is a table, a row or such a group; else nil.
func rowContainer(a *node) *node {
	switch {
	case a.kind == kTr:
		return a.parent
	case a.kind == kTbl || hasRowChild(a):
		return a
	}
	return nil
}

// hasRowChild reports whether content control or wrapper n groups rows.
func hasRowChild(n *node) bool {
	if n.kind != kSdtContent && n.kind != kInline {
		return false
	}
	for _, c := range n.kids {
		if c.kind == kTr || hasRowChild(c) {
			return true
		}
	}
	return false
}

// placeRows lifts the tags of b to the rows of rc holding them: the block
// opens before the first row and ends after the last; an else starts a
// later row.
func placeRows(b *block, rc *node) {
	b.rows = rc
	last := len(b.tags) - 1
	for i, t := range b.tags {
		u := childHolding(rc, t.para.n)
		t.pl = placement{mode: plBefore, n: u}
		if i == last {
			t.pl.mode = plAfter
		}
	}
}

// childHolding returns the child of anc that is n or an ancestor of n.
func childHolding(anc, n *node) *node {
	for n.parent != anc {
		n = n.parent
	}
	return n
}

// settle decides whether a control-only paragraph disappears. It stays
// when one of its tags had to stay inline; then its other tags go before
// or after it, or inline when they sit between inline tags.
func settle(p *para) {
	if !p.ctrlOnly {
		return
	}
	first, last := -1, -1
	for i, t := range p.tags {
		if t.pl.mode == plInline {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		p.dropped = true
		return
	}
	for i, t := range p.tags {
		switch {
		case t.pl.mode != plAt:
		case i < first:
			t.pl = placement{mode: plBefore, n: p.n}
		case i > last:
			t.pl = placement{mode: plAfter, n: p.n}
		default:
			t.pl = placement{mode: plInline}
		}
	}
}
