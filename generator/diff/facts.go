package diff

import (
	"fmt"
	"strings"

	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/num"
)

// factChanges lists facts present in either file whose values differ, in
// the order of the new file's schema.
func factChanges(old, new *evaluate.Result) []Change {
	a, b := flatten(old.Facts.Root), flatten(new.Facts.Root)
	var out []Change
	for _, k := range keysOf(b.order, a.order) {
		av, bv := a.values[k], b.values[k]
		if av.text == bv.text {
			continue
		}
		pos := bv.pos
		if pos == "" {
			pos = av.pos
		}
		out = append(out, Change{Name: k, Old: orBlank(av.text), New: orBlank(bv.text), Pos: pos})
	}
	return out
}

type flatValue struct{ text, pos string }

type flat struct {
	values map[string]flatValue
	order  []string
}

// flatten lists every present scalar by path; list items are named by
// their position and 名称: 公共项目[3 县委县政府机关大院中央空调改造].自评分数.
func flatten(root *facts.Value) flat {
	f := flat{values: map[string]flatValue{}}
	f.walk(root, "")
	return f
}

func (f *flat) walk(v *facts.Value, path string) {
	switch {
	case v.Field.Kind == facts.Object:
		for _, c := range v.Field.Fields {
			if cv := v.Fields[c.Key]; cv != nil {
				f.walk(cv, join(path, c.Key))
			}
		}
	case v.Field.Kind == facts.List:
		for i, it := range v.Items {
			f.walk(it, fmt.Sprintf("%s[%d%s]", path, i+1, itemName(it)))
		}
	case v.Present:
		f.values[path] = flatValue{text: text(v), pos: v.Pos.String()}
		f.order = append(f.order, path)
	}
}

func itemName(v *facts.Value) string {
	if n := v.Get("名称"); n != nil && n.Present {
		return " " + n.Str
	}
	return ""
}

func text(v *facts.Value) string {
	switch k := v.Field.Kind; {
	case k.IsNumber():
		return num.Plain(v.Num)
	case k == facts.Bool:
		if v.Bool {
			return "是"
		}
		return "否"
	case k == facts.Narrative:
		var parts []string
		for _, s := range v.Sections {
			parts = append(parts, strings.TrimSpace(s.Title+" "+s.Body))
		}
		return strings.Join(parts, "／")
	}
	return v.Str
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// keysOf returns the keys of first then the ones only in second.
func keysOf(first, second []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, list := range [][]string{first, second} {
		for _, k := range list {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}
