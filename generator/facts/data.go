package facts

import (
	"jixiao/generator/tmpl"
)

// TemplateData returns the facts as templates see them: objects are maps
// with every key of the schema; numbers are exact decimals; absent scalars
// are tmpl.Pending markers naming the fact as the forms do (NameValue);
// absent lists are empty;
// narratives are lists of {标题, 正文}, and an absent narrative is one
// untitled section whose text is its Pending marker, so a draft shows
// what is still to be written.
func (f *Facts) TemplateData() map[string]any {
	return f.Root.data(f.Namer()).(map[string]any)
}

func (v *Value) data(n Namer) any {
	switch v.Field.Kind {
	case Object:
		m := make(map[string]any, len(v.Fields))
		for k, c := range v.Fields {
			m[k] = c.data(n)
		}
		return m
	case List:
		items := make([]any, len(v.Items))
		for i, it := range v.Items {
			items[i] = it.data(n)
		}
		return items
	}
	if !v.Present {
		return v.pending(n)
	}
	return v.scalarData()
}

// sectionsData lists narrative sections as {标题, 正文, 序号}; 序号 counts
// the titled sections only (1, 2, …) and is 0 for untitled ones, so a
// template numbers headings without gaps.
func sectionsData(secs []Section) []any {
	out := make([]any, len(secs))
	n := 0
	for i, s := range secs {
		seq := 0
		if s.Title != "" {
			n++
			seq = n
		}
		out[i] = map[string]any{"标题": s.Title, "正文": s.Body, "序号": seq}
	}
	return out
}

func (v *Value) pending(n Namer) any {
	p := tmpl.Pending{Need: []string{n.name(valueLabel(v))}}
	if v.Field.Kind == Narrative {
		return []any{map[string]any{"标题": "", "正文": p.String(), "序号": 0}}
	}
	return p
}

func (v *Value) scalarData() any {
	switch k := v.Field.Kind; {
	case k.IsNumber():
		return v.Num
	case k == Bool:
		return v.Bool
	case k == Narrative:
		return sectionsData(v.Sections)
	}
	return v.Str
}
