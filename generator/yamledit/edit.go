package yamledit

import (
	"bytes"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// editor holds the parsed text of one edit.
type editor struct {
	s   *source
	top *yaml.Node // the document's node; a null scalar for an empty text
}

// patch replaces the span of the source with text.
type patch struct {
	span
	text string
}

func parse(src []byte) (*editor, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, errorf("文件有 YAML 语法错误，请先在文本编辑器中改正：%v", err)
	}
	e := &editor{s: newSource(src), top: &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Line: -1}}
	if len(doc.Content) > 0 {
		e.top = doc.Content[0]
	}
	return e, nil
}

// parseAt parses src and walks path in it (walk).
func parseAt(src []byte, path Path) (*editor, []step, error) {
	e, err := parse(src)
	if err != nil {
		return nil, nil, err
	}
	steps, err := walk(e.top, path)
	return e, steps, err
}

// Set returns src with the scalar at path set to value, adding the keys,
// mappings and list items that lead to it when they are missing. An empty
// value clears the scalar (the key stays, with no value, which reads as
// null); clearing a missing value changes nothing. Line breaks in value give
// a literal block (“|-”). Only the lines of the value change.
func Set(src []byte, path Path, value string) ([]byte, error) {
	value = strings.ReplaceAll(value, "\r\n", "\n")
	e, steps, err := parseAt(src, path)
	if err != nil {
		return nil, err
	}
	last, done := steps[len(steps)-1], len(steps)-1
	var ps []patch
	switch {
	case done == len(path) && last.node.Kind == yaml.ScalarNode && last.node.Value == value && !isNull(last.node):
		return src, nil
	case done == len(path):
		ps, err = e.replace(last, path, value)
	case value == "":
		return src, nil
	default:
		ps, err = e.add(last, path[done:], value)
	}
	if err != nil {
		return nil, err
	}
	return e.finish(ps, path, func(c *cnode) error { return c.set(path, value) })
}

// Delete returns src without the list item at path (its lines and the
// comments on them). Removing the last item leaves an empty list, “[]”.
func Delete(src []byte, path Path) ([]byte, error) {
	e, steps, err := parseAt(src, path)
	if err != nil {
		return nil, err
	}
	if len(steps)-1 != len(path) || len(steps) < 2 {
		return nil, errorf("没有“%s”", path)
	}
	ps, err := e.deleteItem(steps[len(steps)-2], steps[len(steps)-1], path)
	if err != nil {
		return nil, err
	}
	return e.finish(ps, path, func(c *cnode) error { return c.delete(path) })
}

// finish applies the patches and verifies the result against the expected
// change of the data.
func (e *editor) finish(ps []patch, path Path, change func(*cnode) error) ([]byte, error) {
	out := apply(e.s.src, ps)
	if err := verify(e.s.src, out, change); err != nil {
		return nil, errorf("无法在保留文件格式的情况下修改“%s”（%v），请在文本编辑器中修改", path, err)
	}
	return out, nil
}

// replace sets the existing scalar of step st.
func (e *editor) replace(st step, path Path, value string) ([]patch, error) {
	n := st.node
	switch n.Kind {
	case yaml.AliasNode:
		return nil, errorf("“%s”是对别处的引用（*），请在文本编辑器中修改", path)
	case yaml.MappingNode, yaml.SequenceNode:
		return nil, errorf("“%s”不是单个值，而是一组值", path)
	}
	head, body, err := e.s.scalarParts(n, st.inFlow)
	if err != nil {
		return nil, errorf("“%s”：%v", path, err)
	}
	indent := st.indent + 2
	if ci := e.s.contentIndent(body); ci > st.indent {
		indent = ci
	}
	r := e.s.render(value, n.Style, st.inFlow, indent)
	switch {
	case r.head != "" && head.start == head.end:
		r.head = " " + r.head
	case r.head == "" && e.s.blank(head.end):
		head.start = e.s.trimLeft(head.start)
	case r.head == "" && head.start > 0 && e.s.src[head.start-1] == ' ':
		head.start--
	}
	ps := []patch{{head, r.head}}
	if body.end > body.start || r.body != "" {
		ps = append(ps, patch{body, r.body})
	}
	return ps, nil
}

// add writes what is missing of rest below the node of st.
func (e *editor) add(st step, rest Path, value string) ([]patch, error) {
	n := st.node
	flow := n.Kind != yaml.ScalarNode && n.Style&yaml.FlowStyle != 0
	switch {
	case n == e.top && n.Line < 0:
		return e.insert(len(e.s.src), e.gen(0, rest, value))
	case n.Kind == yaml.MappingNode && !flow && len(n.Content) > 0 && !isIndex(rest[0]):
		return e.insertAfter(n, st.inFlow, e.gen(n.Content[0].Column-1, rest, value))
	case n.Kind == yaml.SequenceNode && !flow && len(n.Content) > 0:
		return e.insertAfter(n, st.inFlow, e.genItem(n.Column-1, rest[1:], value))
	case isNull(n) || (flow && len(n.Content) == 0):
		return e.fillEmpty(st, e.gen(st.indent+2, rest, value))
	}
	return nil, errorf("“%s”的写法（单行的 {…} 或 […]）无法在保留格式的情况下添加内容，请在文本编辑器中修改", rest[0])
}

// insertAfter inserts lines after the last line of n.
func (e *editor) insertAfter(n *yaml.Node, inFlow bool, text string) ([]patch, error) {
	end, err := e.s.end(n, inFlow)
	if err != nil {
		return nil, err
	}
	return e.insert(e.s.nextLine(end), text)
}

// insert inserts whole lines at off, the start of a line or the end of the
// text.
func (e *editor) insert(off int, text string) ([]patch, error) {
	if off == len(e.s.src) && off > 0 && e.s.src[off-1] != '\n' {
		text = e.s.nl + text
	}
	return []patch{{span{off, off}, text}}, nil
}

// fillEmpty replaces a null value or an empty [ ] / { } with lines below it.
func (e *editor) fillEmpty(st step, text string) ([]patch, error) {
	start := e.s.offset(st.node.Line, st.node.Column)
	end := start
	if st.node.Kind == yaml.ScalarNode {
		head, _, err := e.s.scalarParts(st.node, st.inFlow)
		if err != nil {
			return nil, err
		}
		end = head.end
	} else {
		var err error
		if end, err = e.s.flowEnd(start); err != nil {
			return nil, err
		}
	}
	ps := []patch{{span{e.s.trimLeft(start), end}, ""}}
	ins, err := e.insert(e.s.nextLine(end), text)
	return append(ps, ins...), err
}

// deleteItem removes the item st of the block sequence parent.
func (e *editor) deleteItem(parent, st step, path Path) ([]patch, error) {
	seq := parent.node
	if seq.Kind != yaml.SequenceNode || seq.Style&yaml.FlowStyle != 0 {
		return nil, errorf("“%s”不是列表中的一项（或列表写在一行里），无法删除", path)
	}
	start := e.s.offset(st.node.Line, st.node.Column)
	ls := e.s.lineStart(start)
	if string(bytes.TrimSpace(e.s.src[ls:start])) != "-" {
		return nil, errorf("“%s”的写法无法在保留格式的情况下删除，请在文本编辑器中修改", path)
	}
	end, err := e.s.end(st.node, false)
	if err != nil {
		return nil, err
	}
	ps := []patch{{span{ls, e.s.nextLine(end)}, ""}}
	if len(seq.Content) > 1 {
		return ps, nil
	}
	colon, err := e.colonAfter(parent.key)
	if err != nil {
		return nil, errorf("删除“%s”后列表为空，但无法写成 []：%v", path, err)
	}
	return append(ps, patch{span{colon + 1, colon + 1}, " []"}), nil
}

// colonAfter finds the colon that follows key.
func (e *editor) colonAfter(key *yaml.Node) (int, error) {
	if key == nil {
		return 0, errorf("列表不属于任何键")
	}
	i := e.s.offset(key.Line, key.Column)
	switch {
	case bytes.HasPrefix(e.s.src[i:], []byte(key.Value)):
		i += len(key.Value)
	case i < len(e.s.src) && key.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		q, err := e.s.quotedEnd(i, e.s.src[i])
		if err != nil {
			return 0, err
		}
		i = q.end
	}
	for i < len(e.s.src) && e.s.src[i] == ' ' {
		i++
	}
	if i >= len(e.s.src) || e.s.src[i] != ':' {
		return 0, errorf("键后面没有冒号")
	}
	return i, nil
}

// gen writes the lines of the mappings and lists that lead along rest to
// value, at indent.
func (e *editor) gen(indent int, rest Path, value string) string {
	if isIndex(rest[0]) {
		return e.genItem(indent, rest[1:], value)
	}
	pad := strings.Repeat(" ", indent)
	key := renderKey(rest[0])
	if len(rest) == 1 {
		r := e.s.render(value, 0, false, indent+2)
		return pad + key + ": " + r.head + r.body + e.s.nl
	}
	return pad + key + ":" + e.s.nl + e.gen(indent+2, rest[1:], value)
}

// genItem writes a new list item at indent (the column of its dash).
func (e *editor) genItem(indent int, rest Path, value string) string {
	pad := strings.Repeat(" ", indent)
	if len(rest) == 0 {
		r := e.s.render(value, 0, false, indent+2)
		return pad + "- " + r.head + r.body + e.s.nl
	}
	return pad + "- " + e.gen(indent+2, rest, value)[indent+2:]
}

// trimLeft moves off back over the spaces and tabs before it.
func (s *source) trimLeft(off int) int {
	for off > 0 && (s.src[off-1] == ' ' || s.src[off-1] == '\t') {
		off--
	}
	return off
}

// apply makes the patches, which must not overlap; patches at the same
// offset are applied in their order.
func apply(src []byte, ps []patch) []byte {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].start < ps[j].start })
	var b bytes.Buffer
	at := 0
	for _, p := range ps {
		b.Write(src[at:p.start])
		b.WriteString(p.text)
		at = p.end
	}
	b.Write(src[at:])
	return b.Bytes()
}
