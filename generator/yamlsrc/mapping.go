package yamlsrc

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/num"
	"jixiao/generator/suggest"
)

// Map reads a YAML mapping of a fixed shape (a rubric entry, pack.yaml)
// with every problem recorded in Diags at its position.
type Map struct {
	File  string
	Node  *yaml.Node
	Diags *diag.List
	keys  map[string]*yaml.Node
	knows []string
}

// NewMap wraps n, which should be a mapping described by what ("三级指标").
// A non-mapping is reported, and the returned Map then reads as empty.
func NewMap(file string, n *yaml.Node, diags *diag.List, what string) *Map {
	m := &Map{File: file, Node: n, Diags: diags, keys: map[string]*yaml.Node{}}
	if n.Kind != yaml.MappingNode {
		diags.Errorf(Pos(file, n), "%s应为一组“键: 值”", what)
		return m
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		m.keys[n.Content[i].Value] = n.Content[i+1]
	}
	return m
}

// Pos is the position of the mapping.
func (m *Map) Pos() diag.Pos { return Pos(m.File, m.Node) }

// Known reports every key that is not in keys, with a suggestion.
func (m *Map) Known(keys ...string) {
	m.knows = keys
	if m.Node.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(m.Node.Content); i += 2 {
		k := m.Node.Content[i]
		if slices.Contains(keys, k.Value) {
			continue
		}
		if s, ok := KeySlipOf(k.Value); ok {
			m.Diags.Errorf(s.SlipPos(m.File, k), "不认识的键“%s”：%s", k.Value, s.Hint)
			continue
		}
		m.Diags.Errorf(Pos(m.File, k), "不认识的键“%s”%s（可用：%s）", k.Value,
			suggest.Hint(k.Value, keys), strings.Join(keys, "、"))
	}
}

// Has reports whether key is given (and not null).
func (m *Map) Has(key string) bool {
	n, ok := m.keys[key]
	return ok && !(n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null")
}

// Node returns the value of key, or nil.
func (m *Map) Value(key string) *yaml.Node {
	if !m.Has(key) {
		return nil
	}
	return m.keys[key]
}

// KeyPos returns the position of key's value, or of the mapping.
func (m *Map) KeyPos(key string) diag.Pos {
	if n := m.Value(key); n != nil {
		return Pos(m.File, n)
	}
	return m.Pos()
}

// Str returns the text of key; a missing required key is reported.
func (m *Map) Str(key string, required bool) string {
	n := m.Value(key)
	if n == nil {
		if required {
			m.Diags.Errorf(m.Pos(), "缺少“%s”", key)
		}
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		m.Diags.Errorf(Pos(m.File, n), "“%s”应为文字", key)
		return ""
	}
	return n.Value
}

// Dec returns the number at key, or nil when it is absent or invalid (which
// is reported).
func (m *Map) Dec(key string, required bool) *num.Dec {
	s := m.Str(key, required)
	if s == "" {
		return nil
	}
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	d, ok := num.Parse(s)
	if !ok {
		m.Diags.Errorf(m.KeyPos(key), "“%s”应为数字，实际为“%s”%s", key, s, ValueHint(s))
		return nil
	}
	return &d
}

// List returns the items of the sequence at key; a non-sequence is reported.
func (m *Map) List(key string, required bool) []*yaml.Node {
	n := m.Value(key)
	if n == nil {
		if required {
			m.Diags.Errorf(m.Pos(), "缺少“%s”", key)
		}
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		m.Diags.Errorf(Pos(m.File, n), "“%s”应为列表（每项以“- ”开头）", key)
		return nil
	}
	return n.Content
}
