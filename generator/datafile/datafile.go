// Package datafile loads arbitrary YAML or JSON data for `jixiao render`:
// mappings become map[string]any, sequences []any, and numbers exact
// decimals (never float64), so templates print 16640.91 as typed.
package datafile

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/fserr"
	"jixiao/generator/num"
	"jixiao/generator/yamlsrc"
)

// Load reads and converts the file at path.
func Load(path string) (any, diag.List) {
	src, err := os.ReadFile(path)
	if err != nil {
		var diags diag.List
		diags.Errorf(diag.Pos{File: path}, "无法读取数据文件：%s", fserr.Explain(err))
		return nil, diags
	}
	return Parse(path, src)
}

// Parse converts src, named file in messages. A .json file is decoded as
// JSON when that gives the same values (json.go); any other file, and a
// JSON file with a problem, is read as YAML, whose messages locate every
// problem.
func Parse(file string, src []byte) (any, diag.List) {
	if strings.EqualFold(filepath.Ext(file), ".json") {
		if v, ok := parseJSON(src); ok {
			return v, nil
		}
	}
	return parseYAML(file, src)
}

// parseYAML reads src through yaml.Node and converts it.
func parseYAML(file string, src []byte) (any, diag.List) {
	n, diags := yamlsrc.Parse(file, src)
	if diags.HasErrors() {
		return nil, diags
	}
	c := converter{file: file, values: MaxValues, bytes: MaxBytes + int64(len(src)), open: map[*yaml.Node]bool{}}
	v := c.value(n)
	diags.Append(c.diags)
	return v, diags
}

// The expansion budget of one data file: aliases (*a) repeat the value of
// their anchor (&a), so a few hundred bytes can stand for gigabytes
// (an “alias bomb”). Values and text made by expanding aliases count
// against these limits; the file's own text is always allowed.
const (
	MaxValues = 2_000_000
	MaxBytes  = 64 << 20
)

type converter struct {
	file   string
	diags  diag.List
	values int64               // values that may still be made
	bytes  int64               // bytes of text that may still be made
	open   map[*yaml.Node]bool // anchors being expanded, for cycles
	failed bool                // a limit was hit and reported: stop
}

func (c *converter) value(n *yaml.Node) any {
	if c.failed || !c.spend(n) {
		return nil
	}
	switch n.Kind {
	case yaml.AliasNode:
		return c.alias(n)
	case yaml.MappingNode:
		return c.mapping(n)
	case yaml.SequenceNode:
		out := make([]any, len(n.Content))
		for i, e := range n.Content {
			out[i] = c.value(e)
		}
		return out
	}
	return c.scalar(n)
}

// alias expands *a, refusing an anchor that contains itself.
func (c *converter) alias(n *yaml.Node) any {
	if n.Alias == nil {
		return nil
	}
	if c.open[n.Alias] {
		c.failed = true
		c.diags.Errorf(yamlsrc.Pos(c.file, n), "别名 *%s 引用了它自己所在的值（循环引用），无法展开", n.Value)
		return nil
	}
	c.open[n.Alias] = true
	defer delete(c.open, n.Alias)
	return c.value(n.Alias)
}

// spend charges one value, and a scalar's text, to the expansion budget;
// false (after reporting it once) when the budget is spent.
func (c *converter) spend(n *yaml.Node) bool {
	c.values--
	if n.Kind == yaml.ScalarNode {
		c.bytes -= int64(len(n.Value))
	}
	if c.values >= 0 && c.bytes >= 0 {
		return true
	}
	c.failed = true
	c.diags.Errorf(yamlsrc.Pos(c.file, n), "数据展开后超过上限（%d 个值或 %d MiB 文字）：是否用别名（*名称）反复引用了很大的内容？", MaxValues, MaxBytes>>20)
	return false
}

func (c *converter) mapping(n *yaml.Node) map[string]any {
	out := make(map[string]any, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			c.diags.Errorf(yamlsrc.Pos(c.file, k), "键必须是文字")
			continue
		}
		out[k.Value] = c.value(v)
	}
	return out
}

func (c *converter) scalar(n *yaml.Node) any {
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		var b bool
		_ = n.Decode(&b)
		return b
	case "!!int", "!!float":
		return c.number(n)
	}
	return n.Value
}

// number keeps the literal digits exactly; special forms (0x1F, .inf) that
// have no exact decimal are errors.
func (c *converter) number(n *yaml.Node) any {
	if d, ok := num.Parse(n.Value); ok {
		return d
	}
	if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
		return num.Int(i)
	}
	c.diags.Errorf(yamlsrc.Pos(c.file, n), "数字“%s”无法精确表示，请写成普通小数", n.Value)
	return nil
}
