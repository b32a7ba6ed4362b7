package yamledit

import (
	"fmt"
	"reflect"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// cnode is the data of a YAML node without its layout, to compare texts.
type cnode struct {
	Kind  yaml.Kind
	Value string
	Null  bool
	Keys  []string
	Kids  []*cnode
}

// canon returns the data of n; an alias stays an alias (its target is
// compared where it is defined), so that a cycle of aliases ends.
func canon(n *yaml.Node) *cnode {
	c := &cnode{Kind: n.Kind, Value: n.Value, Null: isNull(n)}
	switch n.Kind {
	case yaml.AliasNode:
	case yaml.ScalarNode:
		if c.Null {
			c.Value = ""
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			c.Keys = append(c.Keys, n.Content[i].Value)
			c.Kids = append(c.Kids, canon(n.Content[i+1]))
		}
	default:
		c.Value = ""
		for _, k := range n.Content {
			c.Kids = append(c.Kids, canon(k))
		}
	}
	return c
}

// canonText parses src into its data; an empty text is a null.
func canonText(src []byte) (*cnode, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 {
		return &cnode{Kind: yaml.ScalarNode, Null: true}, nil
	}
	return canon(doc.Content[0]), nil
}

// verify checks that after holds exactly the data of before with change
// made to it.
func verify(before, after []byte, change func(*cnode) error) error {
	want, err := canonText(before)
	if err != nil {
		return err
	}
	if err := change(want); err != nil {
		return err
	}
	got, err := canonText(after)
	if err != nil {
		return fmt.Errorf("修改后的文件无法读取：%v", err)
	}
	if !reflect.DeepEqual(want, got) {
		return fmt.Errorf("修改后文件中的其他内容也会变")
	}
	return nil
}

// set makes the change of Set: the scalar at path becomes value (null when
// empty), creating mappings and list items on the way.
func (c *cnode) set(path Path, value string) error {
	if len(path) == 0 {
		*c = cnode{Kind: yaml.ScalarNode, Value: value, Null: value == ""}
		return nil
	}
	next, err := c.child(path[0], true)
	if err != nil {
		return err
	}
	return next.set(path[1:], value)
}

// delete removes the list item at path.
func (c *cnode) delete(path Path) error {
	parent := c
	for _, seg := range path[:len(path)-1] {
		var err error
		if parent, err = parent.child(seg, false); err != nil {
			return err
		}
	}
	i, err := strconv.Atoi(path[len(path)-1])
	if err != nil || parent.Kind != yaml.SequenceNode || i >= len(parent.Kids) {
		return fmt.Errorf("没有这一项")
	}
	parent.Kids = append(parent.Kids[:i], parent.Kids[i+1:]...)
	if len(parent.Kids) == 0 {
		parent.Kids = nil // as an empty list reads back
	}
	return nil
}

// child returns the child seg, making it (and turning a null into a
// mapping or list) when create is set.
func (c *cnode) child(seg string, create bool) (*cnode, error) {
	if c.Null && create {
		*c = cnode{Kind: yaml.MappingNode}
		if isIndex(seg) {
			c.Kind = yaml.SequenceNode
		}
	}
	switch c.Kind {
	case yaml.MappingNode:
		for i, k := range c.Keys {
			if k == seg {
				return c.Kids[i], nil
			}
		}
		if create {
			c.Keys = append(c.Keys, seg)
			c.Kids = append(c.Kids, &cnode{Kind: yaml.ScalarNode, Null: true})
			return c.Kids[len(c.Kids)-1], nil
		}
	case yaml.SequenceNode:
		i, err := strconv.Atoi(seg)
		if err == nil && i < len(c.Kids) {
			return c.Kids[i], nil
		}
		if err == nil && i == len(c.Kids) && create {
			c.Kids = append(c.Kids, &cnode{Kind: yaml.ScalarNode, Null: true})
			return c.Kids[i], nil
		}
	}
	return nil, fmt.Errorf("没有“%s”", seg)
}
