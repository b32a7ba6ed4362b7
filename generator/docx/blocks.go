package docx

// block is one range, if or with: its opening tag, any else tags, and its
// end, in document order.
type block struct {
	word string // if, range, with
	tags []*tag
	rows *node // the element whose rows the block repeats or removes, or nil
}

// open returns the tag opening b.
func (b *block) open() *tag { return b.tags[0] }

// end returns the last tag of b: its end, or its last else while b is
// still open.
func (b *block) end() *tag { return b.tags[len(b.tags)-1] }

// problem is an error found in a template, attached to the tag it
// concerns. syntax marks a tag that cannot be parsed or uses an unknown
// function or variable.
type problem struct {
	t      *tag
	msg    string
	syntax bool
}

// matchBlocks pairs the control tags of a part the way text/template will,
// and reports every misplaced else, break or continue, every extra end and
// every block left open, not only the first. Only complete blocks are
// returned.
func matchBlocks(tags []*tag) ([]*block, []problem) {
	m := &matcher{}
	for _, t := range tags {
		m.tag(t)
	}
	for _, b := range m.stack {
		m.probs = append(m.probs, problem{t: b.open(), msg: "块没有闭合：缺少对应的 {{end}}"})
	}
	return m.blocks, m.probs
}

// matcher is the state of matchBlocks: the open blocks, innermost last.
type matcher struct {
	stack, blocks []*block
	probs         []problem
}

// tag takes the next tag of the part.
func (m *matcher) tag(t *tag) {
	switch t.kind {
	case tagOpen:
		b := &block{word: t.word, tags: []*tag{t}}
		t.block = b
		m.stack = append(m.stack, b)
	case tagElse:
		if msg := elseProblem(m.stack, t); msg != "" {
			m.probs = append(m.probs, problem{t: t, msg: msg})
			return
		}
		b := m.stack[len(m.stack)-1]
		b.tags = append(b.tags, t)
		t.block = b
	case tagEnd:
		m.end(t)
	case tagLoopCtl:
		if !inRange(m.stack) {
			m.probs = append(m.probs, problem{t: t, msg: "{{" + t.word + "}} 只能用在 {{range}} 块中"})
		}
	}
}

// end closes the innermost block with t, or reports t as extra.
func (m *matcher) end(t *tag) {
	if len(m.stack) == 0 {
		m.probs = append(m.probs, problem{t: t, msg: "多余的 {{end}}：前面没有对应的 range/if/with"})
		return
	}
	b := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	b.tags = append(b.tags, t)
	t.block = b
	m.blocks = append(m.blocks, b)
}

// elseProblem returns why else tag t cannot continue the innermost block,
// or "".
func elseProblem(stack []*block, t *tag) string {
	if len(stack) == 0 {
		return "多余的 {{else}}：不在 if/range/with 块中"
	}
	b := stack[len(stack)-1]
	if last := b.tags[len(b.tags)-1]; last.word == "else" {
		return "{{else}} 之后不能再有 {{else}}，块应以 {{end}} 结束"
	}
	switch {
	case t.word == "else if" && b.word != "if":
		return "{{else if}} 只能用在 {{if}} 块中"
	case t.word == "else with" && b.word != "with":
		return "{{else with}} 只能用在 {{with}} 块中"
	}
	return ""
}

// inRange reports whether a range block is open.
func inRange(stack []*block) bool {
	for _, b := range stack {
		if b.word == "range" {
			return true
		}
	}
	return false
}

// checkOrder verifies that the control tags, in the order the generated
// template holds them, still nest as in the document: lifting tags to
// rows and paragraphs must not make two blocks cross. It returns a problem
// naming the first pair of blocks that would cross.
func checkOrder(emitted []*tag) []problem {
	var stack []*block
	for _, t := range emitted {
		switch t.kind {
		case tagOpen:
			stack = append(stack, t.block)
		case tagElse, tagEnd:
			if len(stack) == 0 {
				return []problem{{t: t, msg: crossMsg(t.block.open(), t.block.open())}}
			}
			if top := stack[len(stack)-1]; top != t.block {
				return []problem{{t: t, msg: crossMsg(top.open(), t.block.open())}}
			}
			if t.kind == tagEnd {
				stack = stack[:len(stack)-1]
			}
		}
	}
	return nil
}

// crossMsg explains that the block of inner crosses the one being closed.
func crossMsg(inner, outer *tag) string {
	return "与 " + excerpt(inner.span.text) + "（" + inner.para.place + "）的块互相交错：" +
		"一个按表格行重复或删除，另一个在单元格或段落内，无法生成有效的文档。请让内层块完全位于外层块的同一层级之内"
}
