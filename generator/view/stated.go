package view

import (
	"strings"

	"jixiao/generator/evaluate"
	"jixiao/generator/metrics"
	"jixiao/generator/tmpl"
)

// totals gives 合计.<row>.<period>, the total rows of the forms as a
// document prints them: the figure the unit stated when it stated one,
// even where it disagrees with its parts (consistency reports that as an
// error, and the document never settles it silently); the sum of the parts
// only where the unit left the total blank; else a Pending naming what is
// missing. Scoring keeps using metrics' own totals.
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

// printedTotal is the figure of one total row: stated, else recomputed.
func printedTotal(res *evaluate.Result, def metrics.TotalDef) any {
	if d, ok := res.Facts.Dec(def.Stated); ok {
		return d
	}
	if t := res.Metrics.Totals[def.Name]; t != nil && t.OK {
		return t.Value
	}
	var need []string
	if t := res.Metrics.Totals[def.Name]; t != nil {
		need = t.Missing
	}
	if len(need) == 0 {
		need = []string{def.Stated}
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
