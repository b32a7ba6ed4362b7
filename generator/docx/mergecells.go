package docx

import (
	"strings"

	"jixiao/generator/tmpl"
)

// markMergeCells finds the cells where a 纵向合并 value may merge with the
// cells above and below, and flags their output tags (tag.mergeCell): the
// tag is all its cell holds, besides control tags, bookmarks and white
// space, and the cell's row is one a range block repeats. It reports
// whether it flagged any. Whether cells do merge is decided on the output
// (mergepass.go), from the values. A part none of whose tags calls
// 纵向合并 has no value that could merge, so nothing is flagged: it
// streams instead of going through the merge pass.
func markMergeCells(paras []*para, blocks []*block) bool {
	if !callsMergeDown(paras) {
		return false
	}
	looped := map[*node]bool{}
	for _, b := range blocks {
		for _, r := range loopedRows(b) {
			looped[r] = true
		}
	}
	if len(looped) == 0 {
		return false
	}
	byNode := make(map[*node]*para, len(paras))
	for _, p := range paras {
		byNode[p.n] = p
	}
	found := false
	for _, p := range paras {
		for _, t := range p.tags {
			if t.kind == tagOutput && inLoopedRow(p.n, looped) && aloneInCell(t, byNode) {
				t.mergeCell, found = true, true
			}
		}
	}
	return found
}

// loopedRows returns the children of the row container that range block b
// repeats: from the row of its opening tag to the row before its else, or
// to the row of its end. It returns nil for any other block.
func loopedRows(b *block) []*node {
	if b.word != "range" || b.rows == nil {
		return nil
	}
	first, last := b.open().pl.n, b.end().pl.n
	var elseRow *node
	if len(b.tags) > 2 {
		elseRow = b.tags[1].pl.n
	}
	var out []*node
	for _, k := range b.rows.kids {
		if k == elseRow {
			break
		}
		if k == first || len(out) > 0 {
			out = append(out, k)
		}
		if k == last {
			break
		}
	}
	return out
}

// inLoopedRow reports whether paragraph n lies in a looped row of the
// table holding it (not of a table around that one).
func inLoopedRow(n *node, looped map[*node]bool) bool {
	for m := n.parent; m != nil && m.kind != kTbl; m = m.parent {
		if looped[m] {
			return true
		}
	}
	return false
}

// aloneInCell reports whether output tag t is all its cell shows: the
// cell holds paragraphs (and bookmarks) only, with no text or other
// printing tag beside t.
func aloneInCell(t *tag, byNode map[*node]*para) bool {
	tc := t.para.n.parent
	if tc.kind != kTc {
		return false
	}
	for _, k := range tc.kids {
		switch {
		case k.kind == kP:
			if p := byNode[k]; p == nil || p.content(0, len(p.joined)) || !silentBesides(p, t) {
				return false
			}
		case k.kind == kBookmark || k.kind == kMarker || k.name.Local == "tcPr":
		default: // a nested table, a content control…
			return false
		}
	}
	return true
}

// silentBesides reports whether every tag of p but t prints nothing.
func silentBesides(p *para, t *tag) bool {
	for _, u := range p.tags {
		if u != t && !u.kind.silent() {
			return false
		}
	}
	return true
}

// callsMergeDown reports whether a tag of the paragraphs names 纵向合并
// (the only source of the values the merge pass merges; data never holds
// them).
func callsMergeDown(paras []*para) bool {
	for _, p := range paras {
		for _, t := range p.tags {
			if strings.Contains(t.action, tmpl.MergeDownFunc) {
				return true
			}
		}
	}
	return false
}
