package webui

import (
	"strconv"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
)

// maxDepth bounds the nesting of values, so that aliases that refer to
// themselves (“a: &x [*x]”) end.
const maxDepth = 32

// values returns the data of a facts text as the form is filled with it:
// mappings as objects, lists as arrays, scalars as written (an invalid
// value is shown as the clerk typed it), nulls as nil.
func values(n *yaml.Node) any { return valuesAt(n, 0) }

func valuesAt(n *yaml.Node, depth int) any {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	switch {
	case n == nil || depth > maxDepth:
		return nil
	case n.Kind == yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = valuesAt(n.Content[i+1], depth+1)
		}
		return m
	case n.Kind == yaml.SequenceNode:
		l := make([]any, len(n.Content))
		for i, c := range n.Content {
			l[i] = valuesAt(c, depth+1)
		}
		return l
	case n.Tag == "!!null":
		return nil
	}
	return n.Value
}

// fieldIndex finds the fact written at a position of the facts text, so
// that a message of `check` can be shown beside its field.
type fieldIndex struct {
	file   string              // the facts file's name in positions
	at     map[[2]int][]string // value (first) or key position → path
	onLine map[int][]string    // line → path of the first value on it
}

func newFieldIndex(file string, top *yaml.Node) *fieldIndex {
	ix := &fieldIndex{file: file, at: map[[2]int][]string{}, onLine: map[int][]string{}}
	ix.add(top, nil, true)
	ix.add(top, nil, false)
	return ix
}

// add records the positions below n: scalar values in the first pass, keys
// and collections in the second, so that a value wins over a key or a
// mapping starting at the same place.
func (ix *fieldIndex) add(n *yaml.Node, path []string, values bool) {
	if n == nil {
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := append(append([]string(nil), path...), k.Value)
			if !values {
				ix.put(k, p)
			}
			ix.add(v, p, values)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			ix.add(c, append(append([]string(nil), path...), strconv.Itoa(i)), values)
		}
	}
	if values == (n.Kind == yaml.ScalarNode) {
		ix.put(n, path)
	}
}

func (ix *fieldIndex) put(n *yaml.Node, path []string) {
	key := [2]int{n.Line, n.Column}
	if _, ok := ix.at[key]; !ok {
		ix.at[key] = path
	}
	if _, ok := ix.onLine[n.Line]; !ok {
		ix.onLine[n.Line] = path
	}
}

// lookup returns the path of the fact at pos, or nil.
// owns reports whether pos is in the facts file (or names no file), not in
// a template or the pack's files.
func (ix *fieldIndex) owns(pos diag.Pos) bool {
	return ix == nil || pos.File == "" || pos.File == ix.file
}

func (ix *fieldIndex) lookup(pos diag.Pos) []string {
	if ix == nil || pos.Line == 0 || !ix.owns(pos) {
		return nil
	}
	if p, ok := ix.at[[2]int{pos.Line, pos.Col}]; ok {
		return p
	}
	return ix.onLine[pos.Line]
}
