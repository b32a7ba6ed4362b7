package docx

import "strconv"

// edits returns the changes that give c its role: a vMerge in its
// properties and, for a continuing cell, one empty paragraph as content.
func (c *markedCell) edits(t *tree) []replacement {
	switch c.role {
	case vRestart:
		return []replacement{setVMerge(t, c.tc, ` `+qualify(c.tc.name.Space, "val")+`="restart"`)}
	case vContinue:
		return []replacement{setVMerge(t, c.tc, ""), emptyCell(t, c.tc)}
	}
	return nil
}

// beforeVMerge are the elements of w:tcPr that the schema puts before
// w:vMerge; every other one comes after it (tcBorders, shd, …, vAlign).
var beforeVMerge = map[string]bool{"cnfStyle": true, "tcW": true, "gridSpan": true, "hMerge": true}

// setVMerge puts <w:vMerge attr/> into the properties of cell tc, where the
// schema orders it, replacing a vMerge already there. A cell without
// properties gets them.
func setVMerge(t *tree, tc *node, attr string) replacement {
	w := tc.name.Space
	el := "<" + qualify(w, "vMerge") + attr + "/>"
	pr := wChild(t, tc, "tcPr")
	switch {
	case pr == nil:
		return replacement{tc.open, tc.open, "<" + qualify(w, "tcPr") + ">" + el + "</" + qualify(w, "tcPr") + ">"}
	case pr.open == pr.end: // <w:tcPr/>
		return replacement{pr.start, pr.end, "<" + pr.qname() + ">" + el + "</" + pr.qname() + ">"}
	}
	for _, k := range pr.kids {
		switch {
		case !t.w[k.name.Space]:
		case k.name.Local == "vMerge":
			return replacement{k.start, k.end, el}
		case !beforeVMerge[k.name.Local]:
			return replacement{k.start, k.start, el}
		}
	}
	return replacement{pr.close, pr.close, el}
}

// emptyCell replaces everything in cell tc after its properties with one
// empty paragraph keeping the properties of the cell's first paragraph, so
// the covered cell shows nothing and stays valid (a cell needs a paragraph).
func emptyCell(t *tree, tc *node) replacement {
	from := tc.open
	if pr := wChild(t, tc, "tcPr"); pr != nil {
		from = pr.end
	}
	p := tc.child(kP)
	if p == nil {
		return replacement{from, tc.close, "<" + qualify(tc.name.Space, "p") + "/>"}
	}
	return replacement{from, tc.close, "<" + p.qname() + ">" + string(paragraphProps(t.src, p)) + "</" + p.qname() + ">"}
}

// wChild returns the first child of n in the WordprocessingML namespace
// called local, or nil.
func wChild(t *tree, n *node, local string) *node {
	if n == nil {
		return nil
	}
	for _, c := range n.kids {
		if c.name.Local == local && t.w[c.name.Space] {
			return c
		}
	}
	return nil
}

// gridValue returns the w:val of the child called local of properties pr
// (a cell's gridSpan, a row's gridBefore) as a number, or def.
func gridValue(t *tree, pr *node, local string, def int) int {
	el := wChild(t, pr, local)
	if el == nil {
		return def
	}
	tag := t.src[el.start:el.open]
	from, to, ok := attrValue(tag, "val")
	if !ok {
		return def
	}
	n, err := strconv.Atoi(string(tag[from:to]))
	if err != nil || n < 0 {
		return def
	}
	return n
}
