package view

import (
	"strings"

	"jixiao/generator/facts"
)

// given gives 已填写: for every list of the facts (outside other lists),
// whether the facts file gives it, nested like the facts
// (.已填写.楼堂馆所, .已填写.项目支出.分类). An empty list, [], is given: the
// unit has none; an absent one is not filled in yet. Both are empty lists
// in the data, so templates tell “none this year” from 【待补】 with this.
func given(f *facts.Facts) map[string]any {
	out := map[string]any{}
	f.Schema.Walk(func(path string, fl *facts.Field) {
		if v := f.Get(path); fl.Kind == facts.List && v != nil {
			setPath(out, strings.Split(path, "."), v.Present)
		}
	})
	return out
}

// setPath sets m[k1][k2]…[kn] = v, making the maps on the way.
func setPath(m map[string]any, keys []string, v any) {
	for _, k := range keys[:len(keys)-1] {
		next, ok := m[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[k] = next
		}
		m = next
	}
	m[keys[len(keys)-1]] = v
}
