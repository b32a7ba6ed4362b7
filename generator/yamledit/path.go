package yamledit

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Path names a node from the top of the file: mapping keys, and decimal
// indices (from 0) for list items.
type Path []string

// String joins the path with dots, as messages show fact paths.
func (p Path) String() string { return strings.Join(p, ".") }

// step is one node on the way down a path.
type step struct {
	node   *yaml.Node
	key    *yaml.Node // the key of node in its mapping; nil otherwise
	indent int        // the indentation of the line structure owning node (its key's or its dash's); -2 at the top
	inFlow bool       // node is inside a [ ] or { } collection
}

// walk follows path from the top node as far as it exists and returns the
// nodes passed, the top first. The path may go on past the last node only
// where something can be added: a missing key, the next list item, or a
// null value.
func walk(top *yaml.Node, path Path) ([]step, error) {
	steps := []step{{node: top, indent: -2}}
	for i, seg := range path {
		cur := steps[len(steps)-1]
		next, ok, err := child(cur, seg)
		if err != nil {
			return nil, errorf("“%s”%v", Path(path[:i]).String(), err)
		}
		if !ok {
			return steps, nil
		}
		steps = append(steps, next)
	}
	return steps, nil
}

// child steps from cur to its child seg; ok is false when the child is
// missing but may be added.
func child(cur step, seg string) (step, bool, error) {
	n := cur.node
	inFlow := cur.inFlow || (n.Kind != yaml.ScalarNode && n.Style&yaml.FlowStyle != 0)
	switch {
	case n.Kind == yaml.AliasNode:
		return step{}, false, fmt.Errorf("是对别处的引用（*），请在文本编辑器中修改")
	case n.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == seg {
				k := n.Content[i]
				return step{node: n.Content[i+1], key: k, indent: k.Column - 1, inFlow: inFlow}, true, nil
			}
		}
		return step{}, false, nil
	case n.Kind == yaml.SequenceNode:
		i, err := strconv.Atoi(seg)
		if err != nil || i < 0 || i > len(n.Content) {
			return step{}, false, fmt.Errorf("没有第 %s 项", seg)
		}
		if i == len(n.Content) {
			return step{}, false, nil
		}
		return step{node: n.Content[i], indent: n.Column - 1, inFlow: inFlow}, true, nil
	case isNull(n):
		return step{}, false, nil
	}
	return step{}, false, fmt.Errorf("是一个值，其下不能再有“%s”", seg)
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func isIndex(seg string) bool {
	_, err := strconv.Atoi(seg)
	return err == nil
}
