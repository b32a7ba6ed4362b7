package docx

import "sort"

// mergeDownCells merges the marked 纵向合并 cells of a rendered part and
// removes every mark. In each table, a marked cell continues the cell just
// above it when both came from the same template cell, cover the same grid
// columns and the value continues the one above (tmpl.MergeDown.Continues:
// same text, same group values, not blank). The first cell of each run of
// two or more gets <w:vMerge w:val="restart"/> and keeps its text; the
// others get <w:vMerge/> and an empty paragraph (mergexml.go). Rows that
// are not adjacent, such as those of other tables, never merge.
func mergeDownCells(out []byte) ([]byte, error) {
	clean, marks, err := takeMarks(out)
	if err != nil || len(marks) == 0 {
		return clean, err
	}
	tr, err := parseTree(clean)
	if err != nil {
		return nil, err
	}
	var reps []replacement
	for _, tbl := range tablesIn(tr.root) {
		reps = append(reps, mergeTable(tr, tbl, marks)...)
	}
	return applyReplacements(clean, reps), nil
}

// tablesIn returns every table under n, nested ones too, in document order.
func tablesIn(n *node) []*node {
	var out []*node
	for _, c := range n.kids {
		if c.kind == kTbl {
			out = append(out, c)
		}
		out = append(out, tablesIn(c)...)
	}
	return out
}

// vrole is what the merge pass does to a marked cell.
type vrole uint8

const (
	vAlone    vrole = iota // not merged: left as it is
	vRestart               // starts a merged cell
	vContinue              // extends the merged cell above
)

// markedCell is a cell of a rendered table holding one mark.
type markedCell struct {
	tc        *node
	col, span int // the grid columns it covers
	mark      cellMark
	role      vrole
}

// mergeTable decides the role of every marked cell of table tbl, row by
// row, and returns the edits that merge them.
func mergeTable(t *tree, tbl *node, marks []cellMark) []replacement {
	var above, all []*markedCell
	for _, row := range kidsOf(tbl, kTr) {
		cur := markedCells(t, row, marks)
		for _, c := range cur {
			if p := sameCell(above, c); p != nil && c.mark.m.Continues(p.mark.m) {
				c.role = vContinue
				if p.role == vAlone {
					p.role = vRestart
				}
			}
		}
		all = append(all, cur...)
		above = cur
	}
	var reps []replacement
	for _, c := range all {
		reps = append(reps, c.edits(t)...)
	}
	return reps
}

// sameCell returns the cell of row above that c may continue: printed by
// the same template cell over the same grid columns.
func sameCell(above []*markedCell, c *markedCell) *markedCell {
	for _, p := range above {
		if p.mark.ctx == c.mark.ctx && p.col == c.col && p.span == c.span {
			return p
		}
	}
	return nil
}

// markedCells returns the cells of row holding exactly one mark, with the
// grid columns each covers.
func markedCells(t *tree, row *node, marks []cellMark) []*markedCell {
	var out []*markedCell
	col := gridValue(t, wChild(t, row, "trPr"), "gridBefore", 0)
	for _, tc := range kidsOf(row, kTc) {
		span := max(1, gridValue(t, wChild(t, tc, "tcPr"), "gridSpan", 1))
		if m, ok := markIn(tc, marks); ok {
			out = append(out, &markedCell{tc: tc, col: col, span: span, mark: m})
		}
		col += span
	}
	return out
}

// markIn returns the mark of cell tc when it holds exactly one and only
// paragraphs (a mark in a table nested in a cell belongs to that table).
func markIn(tc *node, marks []cellMark) (cellMark, bool) {
	i := sort.Search(len(marks), func(i int) bool { return marks[i].at >= tc.open })
	if i == len(marks) || marks[i].at >= tc.close || (i+1 < len(marks) && marks[i+1].at < tc.close) {
		return cellMark{}, false
	}
	for _, k := range tc.kids {
		if k.kind == kTbl || k.kind == kInline {
			return cellMark{}, false
		}
	}
	return marks[i], true
}

// kidsOf returns the children of n of kind k in order, looking through
// content controls and other wrappers around them.
func kidsOf(n *node, k kind) []*node {
	var out []*node
	for _, c := range n.kids {
		switch c.kind {
		case k:
			out = append(out, c)
		case kInline, kSdtContent:
			out = append(out, kidsOf(c, k)...)
		}
	}
	return out
}
