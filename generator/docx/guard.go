package docx

// needsParagraph reports whether a container must end with a paragraph:
// a table cell, a header, footer, footnote, endnote, comment or text box.
func needsParagraph(n *node) bool {
	return n.kind == kTc || n.kind == kPartRoot || n.kind == kTxbx
}

// guardContainers makes sure that every table cell and similar container
// still ends with a paragraph once vanishing paragraphs are gone. When its
// content is static, the last vanishing paragraph is kept empty instead;
// when a block at its level may remove paragraphs, the generated template
// adds an empty paragraph at run time if none was written (guard). next
// numbers the guards of a part.
func guardContainers(root *node, next *int) {
	walkNodes(root, func(n *node) {
		if !needsParagraph(n) || !n.dirty || !changesParagraphs(n) {
			return
		}
		if dynamicChildren(n) {
			*next++
			edit(n).guard = *next
			return
		}
		if last := lastBlockChild(n); last != nil && last.kind == kP {
			return
		}
		if p := lastDropped(n); p != nil {
			p.x.drop, p.x.emptied = false, true
		}
	})
}

// walkNodes calls f on n and every dirty node below it.
func walkNodes(n *node, f func(*node)) {
	f(n)
	for _, c := range n.kids {
		if c.dirty {
			walkNodes(c, f)
		}
	}
}

// changesParagraphs reports whether a child of n vanishes or is lifted next to.
func changesParagraphs(n *node) bool {
	for _, c := range n.kids {
		if x := c.x; x != nil && (x.drop || len(x.before)+len(x.after)+len(x.at) > 0) {
			return true
		}
	}
	return false
}

// dynamicChildren reports whether a child of n lies inside a block whose
// actions are lifted to n's level, so that it may be absent or repeated.
func dynamicChildren(n *node) bool {
	depth := 0
	for _, c := range n.kids {
		if c.x == nil {
			if depth > 0 && isBlockLevel(c) {
				return true
			}
			continue
		}
		depth += blockDepth(c.x.before) + blockDepth(c.x.at)
		if depth > 0 && isBlockLevel(c) && !c.x.drop {
			return true
		}
		depth += blockDepth(c.x.after)
	}
	return false
}

// isBlockLevel reports whether n is a paragraph, a table or a content
// control (or similar wrapper) at block level.
func isBlockLevel(n *node) bool { return n.kind == kP || n.kind == kTbl || n.kind == kInline }

// blockDepth is the change of block nesting over a list of actions.
func blockDepth(ts []*tag) int {
	d := 0
	for _, t := range ts {
		switch t.kind {
		case tagOpen:
			d++
		case tagEnd:
			d--
		}
	}
	return d
}

// lastBlockChild returns the last paragraph, table or content control
// child of n that is written out, or nil.
func lastBlockChild(n *node) *node {
	for i := len(n.kids) - 1; i >= 0; i-- {
		c := n.kids[i]
		if isBlockLevel(c) && (c.x == nil || !c.x.drop) {
			return c
		}
	}
	return nil
}

// lastDropped returns the last vanishing paragraph child of n, or nil.
func lastDropped(n *node) *node {
	for i := len(n.kids) - 1; i >= 0; i-- {
		if c := n.kids[i]; c.kind == kP && c.x != nil && c.x.drop {
			return c
		}
	}
	return nil
}

// lastParagraph returns the paragraph child of n whose properties a
// guard's empty paragraph borrows: the last one with content (it does not
// vanish), else the last one with properties, else the last one, or nil.
func lastParagraph(n *node) *node {
	var withProps, last *node
	for i := len(n.kids) - 1; i >= 0; i-- {
		c := n.kids[i]
		switch {
		case c.kind != kP:
		case c.x == nil || !c.x.drop:
			return c
		case withProps == nil && c.child(kPPr) != nil:
			withProps = c
		case last == nil:
			last = c
		}
	}
	if withProps != nil {
		return withProps
	}
	return last
}
