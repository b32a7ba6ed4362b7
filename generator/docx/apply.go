package docx

import "sort"

// edits are the changes the generated template makes to one element.
type edits struct {
	before, at, after []*tag // actions lifted next to (or in place of) the element
	drop              bool   // the element is left out (its at actions stay)
	emptied           bool   // a vanishing paragraph kept with its properties only
	cuts              []cut  // kT: text removed, and where inline actions print
	guard             int    // > 0: the container makes sure it ends with a paragraph
}

// cut removes raw bytes [from, to) of a text element; t is the tag whose
// action prints there, or nil.
type cut struct {
	from, to int
	t        *tag
}

// edit returns the edits of n, creating them, and marks n and its
// ancestors dirty so that the generator descends into them.
func edit(n *node) *edits {
	if n.x == nil {
		n.x = &edits{}
	}
	for m := n; m != nil && !m.dirty; m = m.parent {
		m.dirty = true
	}
	return n.x
}

// applyTags records the placements and text cuts of every tag of a part.
// It returns tags whose runs do not share one parent (a tag crossing the
// edge of a hyperlink, content control or field).
func applyTags(paras []*para) []problem {
	var probs []problem
	touched := map[*node]bool{}
	for _, p := range paras {
		for _, t := range p.tags {
			if !sameRunParent(t) {
				probs = append(probs, problem{t: t, msg: "标签的一部分在超链接、内容控件或域之内，另一部分在其外，请重新输入整个标签"})
				continue
			}
			cutTag(t, touched)
			attach(t)
		}
		if p.dropped {
			edit(p.n).drop = true
		}
	}
	dropEmptyRuns(touched)
	return probs
}

// sameRunParent reports whether every atom of t is in a run of one parent.
func sameRunParent(t *tag) bool {
	atoms := t.para.atoms
	parent := atoms[t.span.from.atom].run.parent
	for i := t.span.from.atom; i <= t.span.to.atom; i++ {
		if a := atoms[i]; !a.barrier && a.run.parent != parent {
			return false
		}
	}
	return true
}

// cutTag removes the text of t from the atoms it spans, and the spelling
// markers and rendered page breaks inside it.
func cutTag(t *tag, touched map[*node]bool) {
	atoms := t.para.atoms
	from, to := t.span.from, t.span.to
	for i := from.atom; i <= to.atom; i++ {
		n := atoms[i].n
		lo, hi := 0, len(n.text)
		if i == from.atom {
			lo = from.off
		}
		if i == to.atom {
			hi = to.off
		}
		c := cut{from: n.rawAt(lo), to: n.rawAt(hi)}
		if i == from.atom && t.pl.mode == plInline {
			c.t = t
		}
		edit(n).cuts = append(edit(n).cuts, c)
		touched[atoms[i].run] = true
	}
	if from.atom != to.atom {
		dropBetween(atoms[from.atom].run.parent, atoms[from.atom].n.end, atoms[to.atom].n.start)
	}
}

// dropBetween drops the proofErr and lastRenderedPageBreak elements of
// container c that lie between raw offsets lo and hi. Bookmarks and other
// range markers stay where they are, outside the printed value.
func dropBetween(c *node, lo, hi int) {
	for _, k := range c.kids {
		if k.end <= lo || k.start >= hi {
			continue
		}
		switch k.kind {
		case kProofErr, kLastBreak:
			edit(k).drop = true
		case kR:
			dropBetween(k, lo, hi)
		}
	}
}

// attach records where t's action goes when it is not printed inline.
func attach(t *tag) {
	switch t.pl.mode {
	case plAt:
		edit(t.pl.n).at = append(edit(t.pl.n).at, t)
	case plBefore:
		edit(t.pl.n).before = append(edit(t.pl.n).before, t)
	case plAfter:
		edit(t.pl.n).after = append(edit(t.pl.n).after, t)
	}
}

// dropEmptyRuns leaves out runs that held nothing but tag text which is
// printed elsewhere, so that no empty runs are left behind.
func dropEmptyRuns(touched map[*node]bool) {
	for r := range touched {
		if r != nil && runIsEmpty(r) {
			edit(r).drop = true
		}
	}
}

// runIsEmpty reports whether run r holds only properties, rendered page
// breaks and text cut away entirely.
func runIsEmpty(r *node) bool {
	for _, c := range r.kids {
		switch {
		case c.kind == kRPr || c.kind == kLastBreak:
		case c.kind == kT && c.x != nil && fullyCut(c):
		default:
			return false
		}
	}
	return true
}

// fullyCut reports whether the cuts of text element n remove all its text
// and print nothing. It sorts the cuts.
func fullyCut(n *node) bool {
	cuts := n.x.cuts
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].from < cuts[j].from })
	pos := n.open
	for _, c := range cuts {
		if c.t != nil || c.from > pos {
			return false
		}
		pos = max(pos, c.to)
	}
	return pos >= n.close
}
