package yamledit

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// Replace returns src with the value at path, whatever it holds, replaced
// by the one-line scalar value: a mapping or a list under a key gives way,
// with all its lines, to “key: value” (“政府采购: 无” declares a whole row
// absent). A missing, null or scalar value is set as Set does. Only the
// lines of the old value change.
func Replace(src []byte, path Path, value string) ([]byte, error) {
	if value == "" || strings.Contains(value, "\n") {
		return nil, errorf("“%s”只能换成一行文字", path)
	}
	e, steps, err := parseAt(src, path)
	if err != nil {
		return nil, err
	}
	last := steps[len(steps)-1]
	if len(steps)-1 != len(path) || last.node.Kind == yaml.ScalarNode {
		return Set(src, path, value)
	}
	ps, err := e.collapse(last, path, value)
	if err != nil {
		return nil, err
	}
	return e.finish(ps, path, func(c *cnode) error { return c.set(path, value) })
}

// collapse replaces the collection of st, from its key's colon to its end
// (the rest of its last line, comment included, for a block), with value.
func (e *editor) collapse(st step, path Path, value string) ([]patch, error) {
	n := st.node
	if st.key == nil || n.Kind == yaml.AliasNode || n.Anchor != "" {
		return nil, errorf("“%s”的写法无法在保留格式的情况下整项替换，请在文本编辑器中修改", path)
	}
	colon, err := e.colonAfter(st.key)
	if err != nil {
		return nil, errorf("“%s”：%v", path, err)
	}
	end, err := e.s.end(n, st.inFlow)
	if err != nil {
		return nil, errorf("“%s”：%v", path, err)
	}
	if !st.inFlow && n.Style&yaml.FlowStyle == 0 {
		end = e.s.lineEnd(end)
	}
	r := e.s.render(value, 0, st.inFlow, st.indent+2)
	return []patch{{span{colon + 1, end}, " " + r.head}}, nil
}
