package docx

// validate returns a problem when the placement of the tags of b cannot
// give well-formed XML, naming the opening tag's partner that conflicts
// with it and what lies between them.
func validate(b *block) *problem {
	open := b.open()
	for _, t := range b.tags[1:] {
		if msg := mismatch(open, t); msg != "" {
			return &problem{t: open, msg: "与对应的 " + excerpt(t.span.text) + "（" + t.para.place + "）" + msg}
		}
	}
	return rowOrder(b)
}

// rowOrder checks a block repeating table rows: every else must start a
// later row than the tag before it.
func rowOrder(b *block) *problem {
	open := b.open()
	if open.pl.mode != plBefore || open.pl.n.kind == kP {
		return nil
	}
	for i := 1; i < len(b.tags)-1; i++ {
		if childIndex(b.tags[i].pl.n) <= childIndex(b.tags[i-1].pl.n) {
			return &problem{t: b.tags[i], msg: "按表格行重复或删除的块中，" + excerpt(b.tags[i].span.text) +
				" 要放在后面一行的单元格里，不能与前一个标签在同一行"}
		}
	}
	return nil
}

// childIndex returns the position of n among its parent's children.
func childIndex(n *node) int {
	for i, c := range n.parent.kids {
		if c == n {
			return i
		}
	}
	return -1
}

// mismatch explains why tags a and t of one block cannot be placed as
// decided, or returns "".
func mismatch(a, t *tag) string {
	if fieldOf(a) != fieldOf(t) {
		return "一个在域（如目录、页码）之内、一个在域外，无法生成有效的文档。请把两个标签都移到域外"
	}
	na, la := anchor(a)
	nt, lt := anchor(t)
	switch {
	case la != lt:
		return "一个独占一段（或位于段首、段尾），另一个在段落中间，无法生成有效的文档。请让两个标签都独占一段，或都写在段落中间"
	case la && na == nt:
		return ""
	case !la && sameShape(na, nt):
		return ""
	}
	return describe(na, nt)
}

// anchor returns where t's action lands: the w:t holding it (inline) or
// the element whose children it stands between (lifted).
func anchor(t *tag) (*node, bool) {
	if t.pl.mode == plInline {
		return t.para.atoms[t.span.from.atom].n, false
	}
	return t.pl.n.parent, true
}

// fieldOf returns the complex field t lies in, 0 when none.
func fieldOf(t *tag) int { return t.para.atoms[t.span.from.atom].field }

// sameShape reports whether x and y sit below their common ancestor in
// elements of the same names, none of them a table, so that the XML
// between them can be removed or repeated and stay well formed.
func sameShape(x, y *node) bool {
	px, py := below(x, y)
	if len(px) != len(py) {
		return false
	}
	for i := range px {
		if px[i].name != py[i].name || isTable(px[i]) {
			return false
		}
	}
	return true
}

// below returns the elements from just under the common ancestor of x and
// y down to x and to y.
func below(x, y *node) ([]*node, []*node) {
	anc := lca(x, y)
	return pathFrom(anc, x), pathFrom(anc, y)
}

// pathFrom returns the elements from just below anc down to n.
func pathFrom(anc, n *node) []*node {
	var p []*node
	for ; n != anc && n != nil; n = n.parent {
		p = append([]*node{n}, p...)
	}
	return p
}

// isTable reports table structure: a table, row or cell.
func isTable(n *node) bool { return n.kind == kTbl || n.kind == kTr || n.kind == kTc }

// describe names the structure that separates x and y.
func describe(x, y *node) string {
	px, py := below(x, y)
	tx, ty := anyOf(px, isTable), anyOf(py, isTable)
	switch {
	case tx != ty:
		return "一个在表格内、一个在表格外，无法生成有效的文档。要重复表格行，请把两个标签放在同一表格的单元格里；要重复段落，请都放在表格外"
	case tx:
		return "分别在不同的表格或单元格里，无法生成有效的文档。要重复表格行，请把两个标签放在同一表格的单元格里"
	}
	what := "格式结构"
	for _, n := range append(px, py...) {
		if w := structureName(n); w != "" {
			what = w
			break
		}
	}
	return "一个在" + what + "之内、一个在其外，无法生成有效的文档。请把两个标签都放在" + what + "之内，或都放在其外"
}

// anyOf reports whether f holds for a node of ns.
func anyOf(ns []*node, f func(*node) bool) bool {
	for _, n := range ns {
		if f(n) {
			return true
		}
	}
	return false
}

// structureName is the Chinese name of an element a block may not cross.
func structureName(n *node) string {
	switch n.name.Local {
	case "hyperlink":
		return "超链接"
	case "sdt", "sdtContent":
		return "内容控件"
	case "fldSimple":
		return "域"
	case "ins", "moveTo":
		return "修订"
	case "txbxContent":
		return "文本框"
	case "smartTag", "customXml":
		return "智能标记"
	}
	return ""
}

// lca returns the closest common ancestor-or-self of x and y.
func lca(x, y *node) *node {
	dx, dy := depth(x), depth(y)
	for ; dx > dy; dx-- {
		x = x.parent
	}
	for ; dy > dx; dy-- {
		y = y.parent
	}
	for x != y {
		x, y = x.parent, y.parent
	}
	return x
}

// lcaAll returns the closest common ancestor of ns.
func lcaAll(ns []*node) *node {
	a := ns[0]
	for _, n := range ns[1:] {
		a = lca(a, n)
	}
	return a
}

// depth counts n and its ancestors.
func depth(n *node) int {
	d := 0
	for ; n != nil; n = n.parent {
		d++
	}
	return d
}
