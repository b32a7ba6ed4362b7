package yamledit

import (
	"bytes"
	"strconv"
	"testing"

	"go.yaml.in/yaml/v3"

	"jixiao/data"
)

// scalar is one value of a file with its path.
type scalar struct {
	path Path
	node *yaml.Node
}

func scalars(t *testing.T, src []byte) []scalar {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	var out []scalar
	var visit func(n *yaml.Node, path Path)
	visit = func(n *yaml.Node, path Path) {
		switch n.Kind {
		case yaml.ScalarNode:
			out = append(out, scalar{append(Path(nil), path...), n})
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				visit(n.Content[i+1], append(path, n.Content[i].Value))
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				visit(c, append(path, strconv.Itoa(i)))
			}
		}
	}
	visit(doc.Content[0], nil)
	return out
}

// TestExamplesRoundTrip sets every value of both example files: to itself,
// which must leave the file byte for byte as it was, and to another value,
// which must change the value's own lines only.
func TestExamplesRoundTrip(t *testing.T) {
	for name, src := range map[string][]byte{data.ExampleName: data.Example, data.CompleteName: data.Complete} {
		all := scalars(t, src)
		if len(all) < 100 {
			t.Fatalf("%s: only %d values", name, len(all))
		}
		for _, s := range all {
			same, err := Set(src, s.path, s.node.Value)
			if err != nil || !bytes.Equal(same, src) {
				t.Errorf("%s %s: setting the same value changed the file (%v)", name, s.path, err)
			}
			changed, err := Set(src, s.path, "12345")
			if err != nil {
				t.Errorf("%s %s: %v", name, s.path, err)
				continue
			}
			first, oldN, newN := changedLines(src, changed)
			block := s.node.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0
			if first != s.node.Line || newN != 1 || (!block && oldN != 1) {
				t.Errorf("%s %s (line %d): changed %d lines from line %d into %d", name, s.path, s.node.Line, oldN, first, newN)
			}
		}
	}
}

// changedLines returns the first line (1-based) that differs between a and
// b, and how many lines of each differ, from the common prefix and suffix.
func changedLines(a, b []byte) (first, aN, bN int) {
	al, bl := bytes.SplitAfter(a, []byte("\n")), bytes.SplitAfter(b, []byte("\n"))
	p := 0
	for p < len(al) && p < len(bl) && bytes.Equal(al[p], bl[p]) {
		p++
	}
	s := 0
	for s < len(al)-p && s < len(bl)-p && bytes.Equal(al[len(al)-1-s], bl[len(bl)-1-s]) {
		s++
	}
	return p + 1, len(al) - p - s, len(bl) - p - s
}

// TestExampleStaffChange is the browser test's edit: 在职人数 47 → 52
// changes that one line of the built-in example.
func TestExampleStaffChange(t *testing.T) {
	got, err := Set(data.Example, Path{"人员", "在职人数"}, "52")
	if err != nil {
		t.Fatal(err)
	}
	want := bytes.Replace(data.Example, []byte("  在职人数: 47\n"), []byte("  在职人数: 52\n"), 1)
	if !bytes.Equal(got, want) {
		t.Fatalf("got\n%s", got)
	}
}
