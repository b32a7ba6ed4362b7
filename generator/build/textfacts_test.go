package build

import (
	"fmt"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"jixiao/data"
	"jixiao/generator/facts"
	"jixiao/generator/pack"
)

// enumFacts are text facts with a fixed set of values (口径, 类别): they keep
// the complete example's value, which must then appear.
var enumFacts = map[string]bool{"预算执行.口径": true, "预算调整.不计入.类别": true}

// marked is a text fact given a marker: its path and the text to find.
type marked struct{ path, text string }

// markTextFacts writes into the facts node n of field f a unique marker for
// every text fact (文字, 多段文字, 叙述: 标题 and 正文 each; every item of a
// list), and returns what to look for. Facts marked 不进入文档 are skipped.
func markTextFacts(f *facts.Field, n *yaml.Node, path string, next func() string) []marked {
	var out []marked
	switch f.Kind {
	case facts.Object:
		for _, c := range f.Fields {
			out = append(out, markTextFacts(c, child(n, c.Key), join(path, c.Key), next)...)
		}
	case facts.List:
		if n.Kind != yaml.SequenceNode {
			*n = yaml.Node{Kind: yaml.SequenceNode}
		}
		for _, item := range n.Content {
			out = append(out, markTextFacts(f.Elem, item, path, next)...)
		}
	case facts.Text, facts.Prose:
		if f.Unprinted {
			return nil
		}
		if enumFacts[path] {
			return []marked{{path, n.Value}}
		}
		m := next()
		*n = yaml.Node{Kind: yaml.ScalarNode, Value: m}
		out = append(out, marked{path, m})
	case facts.Narrative:
		title, body := next(), next()
		*n = yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{{Kind: yaml.MappingNode, Content: []*yaml.Node{
			scalar("标题"), scalar(title), scalar("正文"), scalar(body)}}}}
		out = append(out, marked{path + ".标题", title}, marked{path + ".正文", body})
	}
	return out
}

func scalar(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// child returns the value node of key in mapping n, adding it when absent.
func child(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		*n = yaml.Node{Kind: yaml.MappingNode}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	v := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}
	n.Content = append(n.Content, scalar(key), v)
	return v
}

// TestEveryTextFactReachesADocument: every text fact of the schema, given a
// unique marker in the complete example, appears in some document of the
// default pack, unless the schema marks it 不进入文档 (and then `init`'s
// comment says so).
func TestEveryTextFactReachesADocument(t *testing.T) {
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data.Complete, &doc); err != nil {
		t.Fatal(err)
	}
	n := 0
	next := func() string { n++; return fmt.Sprintf("记号%03d号", n) }
	schema := p.Rubric.FactsSchema()
	var marks []marked
	for _, c := range schema.Fields {
		if c.Key != "单位" { // the unit names the files; it is everywhere
			marks = append(marks, markTextFacts(c, child(doc.Content[0], c.Key), c.Key, next)...)
		}
	}
	src, err := yaml.Marshal(&doc)
	if err != nil {
		t.Fatal(err)
	}
	docs := renderUnit(t, src)
	var all strings.Builder
	for _, name := range sortedNames(docs) {
		all.WriteString(documentText(t, name, docs[name]))
	}
	text := all.String()
	for _, m := range marks {
		if !strings.Contains(text, m.text) {
			t.Errorf("%s (%q) is in no document", m.path, m.text)
		}
	}
	if len(marks) < 40 {
		t.Errorf("only %d text facts marked", len(marks))
	}
	checkUnprintedSaySo(t, schema)
}

// checkUnprintedSaySo: a fact no document prints says so in its
// description, so `init`'s comment and the guide tell the clerk.
func checkUnprintedSaySo(t *testing.T, schema *facts.Field) {
	t.Helper()
	schema.Walk(func(path string, f *facts.Field) {
		if f.Unprinted && !strings.Contains(f.Desc, "文档") {
			t.Errorf("%s is not printed but its description does not say so: %s", path, f.Desc)
		}
	})
}
