package evaluate_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
	"jixiao/generator/score"
)

// packCases are hand-computed cases of a pack (testdata/packcases/*.yaml):
// edits to the pack's example and the metric values, scores and reasons
// they must give. The cases are data, so that no Go code names the pack's
// metrics.
type packCases struct {
	Pack    string `yaml:"模板包"`
	Example struct {
		Total string `yaml:"总分"`
		Grade string `yaml:"等级"`
	} `yaml:"示例"`
	Cases []struct {
		Name    string               `yaml:"名称"`
		Edits   map[string]yaml.Node `yaml:"改动"`
		Values  map[string]string    `yaml:"指标值"`
		Scores  map[string]string    `yaml:"得分"`
		Reasons map[string]string    `yaml:"说明"`
	} `yaml:"情形"`
}

func TestPackCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/packcases/*.yaml")
	if len(files) == 0 {
		t.Fatal("no case files")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) { runPackCases(t, file) })
	}
}

func runPackCases(t *testing.T, file string) {
	var pc packCases
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(src, &pc); err != nil {
		t.Fatal(err)
	}
	p, diags := pack.Open(filepath.Join(filepath.Dir(file), pc.Pack))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	name, example, ok := p.Example()
	if !ok {
		t.Fatal("the pack has no example")
	}
	res := evaluateWith(t, p, name, example, nil)
	if r := res.Report; !r.Complete || r.Total.String() != pc.Example.Total || r.Grade != pc.Example.Grade {
		t.Errorf("example: %s %s (complete %v); want %s %s", r.Total, r.Grade, r.Complete, pc.Example.Total, pc.Example.Grade)
	}
	for _, c := range pc.Cases {
		res := evaluateWith(t, p, name, example, c.Edits)
		for metric, want := range c.Values {
			if got := metricState(res, metric); got != want {
				t.Errorf("%s: %s = %s; want %s", c.Name, metric, got, want)
			}
		}
		for ind, want := range c.Scores {
			if got := scoreOf(t, res, ind); got != want {
				t.Errorf("%s: %s scored %s; want %s", c.Name, ind, got, want)
			}
		}
		for ind, want := range c.Reasons {
			if got := resultOf(t, res, ind).Reason; got != want {
				t.Errorf("%s: %s reason\n%s\nwant\n%s", c.Name, ind, got, want)
			}
		}
	}
}

// evaluateWith evaluates the example with edits: each path set to its node,
// or removed when the node is null.
func evaluateWith(t *testing.T, p *pack.Pack, name string, example []byte, edits map[string]yaml.Node) *evaluate.Result {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(example, &doc); err != nil {
		t.Fatal(err)
	}
	for path, n := range edits {
		setPath(doc.Content[0], strings.Split(path, "."), n)
	}
	src, err := yaml.Marshal(&doc)
	if err != nil {
		t.Fatal(err)
	}
	res, diags := evaluate.Run(p, name, src)
	if diags.HasErrors() {
		t.Fatalf("%v\n%s", diags, src)
	}
	return res
}

// setPath sets m's value at keys to n (making mappings on the way), or
// removes it when n is null.
func setPath(m *yaml.Node, keys []string, n yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != keys[0] {
			continue
		}
		switch {
		case len(keys) > 1:
			setPath(m.Content[i+1], keys[1:], n)
		case n.Tag == "!!null":
			m.Content = append(m.Content[:i], m.Content[i+2:]...)
		default:
			m.Content[i+1] = &n
		}
		return
	}
	if n.Tag == "!!null" {
		return
	}
	k := &yaml.Node{Kind: yaml.ScalarNode, Value: keys[0]}
	v := &n
	if len(keys) > 1 {
		v = &yaml.Node{Kind: yaml.MappingNode}
		setPath(v, keys[1:], n)
	}
	m.Content = append(m.Content, k, v)
}

// metricState is a metric's value with two decimals, or why it has none.
func metricState(res *evaluate.Result, name string) string {
	m := res.Metrics.Get(name)
	switch {
	case m == nil:
		return "（没有这个指标）"
	case m.OK:
		return m.Fixed2()
	case m.NotApplicable:
		return "不适用"
	case m.ZeroDen:
		return "分母为0"
	}
	return "缺"
}

func resultOf(t *testing.T, res *evaluate.Result, indicator string) *score.Result {
	t.Helper()
	for _, r := range res.Report.Results {
		if r.Indicator.Name == indicator {
			return r
		}
	}
	t.Fatalf("no indicator %s", indicator)
	return nil
}

func scoreOf(t *testing.T, res *evaluate.Result, indicator string) string {
	r := resultOf(t, res, indicator)
	if r.Status == score.Pending {
		return "待评"
	}
	return r.Score.String()
}
