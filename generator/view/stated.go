package view

import (
	"strings"

	"jixiao/generator/evaluate"
	"jixiao/generator/metrics"
	"jixiao/generator/tmpl"
)

// totals gives 合计.<row>.<period>, the total rows of the forms as a
// document prints them: metrics' totals, which are the figures the unit
// stated (even where they disagree with their parts: consistency reports
// that as an error, and no document settles it silently) and the sum of
// the parts only where the unit left a total blank; else a Pending naming
// what is missing.
func totals(res *evaluate.Result) map[string]any {
	out := map[string]any{}
	for _, def := range metrics.TotalDefs() {
		row, period, _ := strings.Cut(def.Name, ".")
		m, ok := out[row].(map[string]any)
		if !ok {
			m = map[string]any{}
			out[row] = m
		}
		m[period] = printedTotal(res, def)
	}
	return out
}

// printedTotal is the figure of one total row, or what it lacks.
func printedTotal(res *evaluate.Result, def metrics.TotalDef) any {
	t := res.Metrics.Totals[def.Name]
	if t != nil && t.OK {
		return t.Value
	}
	need := []string{def.Stated}
	if t != nil && len(t.Missing) > 0 {
		need = t.Missing
	}
	return tmpl.Pending{Need: res.Metrics.NamesOf(need)}
}

// stated resolves a ref of the report's lines as totals does: a total
// ("合计.…") by printedTotal, anything else as a fact.
func stated(res *evaluate.Result, ref string) any {
	if name, ok := strings.CutPrefix(ref, metrics.Prefix); ok {
		for _, def := range metrics.TotalDefs() {
			if def.Name == name {
				return printedTotal(res, def)
			}
		}
	}
	return amount(res.Metrics, res.Metrics.Resolve(ref))
}
