package rubric

import (
	"sort"
	"strings"

	"jixiao/generator/metrics"
)

// FactUsage maps each fact path to the 三级 indicators whose score depends
// on it, directly or through a metric or a recomputed total; `init` writes
// it beside each fact. Paths inside lists have no index
// ("项目支出.分类.本年预算"); 评定 entries map to themselves.
func (r *Rubric) FactUsage() map[string][]string {
	defs := map[string]*metrics.Def{}
	for _, d := range r.MetricDefs() {
		defs[d.Name] = d
	}
	usage := map[string][]string{}
	for _, ind := range r.Indicators() {
		seen := map[string]bool{}
		for _, p := range ind.Parts() {
			if p.Rule == nil {
				continue
			}
			for _, ref := range p.Rule.Refs() {
				for _, path := range factPaths(ref, defs) {
					if !seen[path] {
						seen[path] = true
						usage[path] = append(usage[path], ind.Name)
					}
				}
			}
		}
	}
	for _, names := range usage {
		sort.Strings(names)
	}
	return usage
}

// factPaths expands a rule ref to the fact paths it reads.
func factPaths(ref string, defs map[string]*metrics.Def) []string {
	if d := defs[ref]; d != nil {
		var out []string
		for _, r := range d.Refs() {
			out = append(out, factPaths(r, nil)...)
		}
		return out
	}
	if strings.HasPrefix(ref, metrics.Prefix) {
		return totalPaths(strings.TrimPrefix(ref, metrics.Prefix), defs)
	}
	return []string{strings.ReplaceAll(ref, "[].", ".")}
}

func totalPaths(name string, defs map[string]*metrics.Def) []string {
	for _, t := range metrics.TotalDefs() {
		if t.Name == name {
			out := []string{t.Stated}
			for _, p := range t.Parts {
				out = append(out, factPaths(p, defs)...)
			}
			return out
		}
	}
	return nil
}
