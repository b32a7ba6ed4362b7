package gate

import (
	"sort"
	"strconv"
	"strings"

	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/rubric"
)

// missingFacts lists the absent facts a final package needs: those the
// scores wait for, those a final package requires (报告日期), and those
// whose 【待补】 a document shows. Each is placed where it is to be written.
func missingFacts(res *evaluate.Result, docs []Placeholders) []Missing {
	f := res.Facts
	need := map[string]bool{}
	for _, p := range res.Report.Missing {
		need[p] = true
	}
	shown := map[string]bool{}
	for _, d := range docs {
		for _, it := range d.Items {
			shown[it] = true
		}
	}
	var out []Missing
	seen := map[*facts.Value]bool{}
	f.Root.Walk(func(v *facts.Value) {
		if v.Present || seen[v] || !leaf(v) {
			return
		}
		if name := f.NameValue(v); need[v.Path] || v.Field.FinalRequired || shown[name] {
			seen[v] = true
			m := place(f, v)
			m.Shown = shown[name]
			out = append(out, m)
		}
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pos.Less(out[j].Pos) })
	return out
}

// leaf reports a fact that holds a value (not an object or a list).
func leaf(v *facts.Value) bool {
	return v.Field.Kind != facts.Object && v.Field.Kind != facts.List
}

// place says where to write an absent fact: under the nearest key the file
// writes, with the keys still to add.
func place(f *facts.Facts, v *facts.Value) Missing {
	m := Missing{Path: v.Path, Where: f.WhereValue(v), Value: v}
	at, self := v.Written()
	rest := keysBelow(at, v)
	switch {
	case self:
		m.Pos = v.KeyPos
		m.Hint = "在“" + v.Field.Key + ":”后面填写"
	case at == nil || at.Parent == nil:
		m.Pos = f.Root.Pos
		m.Hint = "在文件中添加 " + yamlKeys(rest)
	case at.Index > 0:
		m.Pos = at.Pos
		m.Hint = "在“" + at.Parent.Field.Key + ":”第" + strconv.Itoa(at.Index) + "项下写 " + yamlKeys(rest)
	default:
		m.Pos = at.KeyPos
		m.Hint = "在“" + at.Field.Key + ":”下写 " + yamlKeys(rest)
	}
	return m
}

// keysBelow are the keys from at (exclusive) down to v.
func keysBelow(at, v *facts.Value) []string {
	var keys []string
	for c := v; c != nil && c != at; c = c.Parent {
		if c.Field.Key != "" {
			keys = append([]string{c.Field.Key}, keys...)
		}
	}
	return keys
}

// yamlKeys writes nested keys as they are typed: “聘用人员: 实际:”.
func yamlKeys(keys []string) string {
	return strings.Join(keys, ": ") + ":"
}

func ordinal(i int) string { return rubric.Ordinal(i) }
