package rubric

import (
	"jixiao/generator/diag"
	"jixiao/generator/facts"
	"jixiao/generator/metrics"
)

// Declarations are the facts and metrics a template pack adds (pack.yaml's
// 事实 and 指标). The rubric carries them, so that everything reading a
// rubric — the facts schema, lint, the scores, `init` and the guide — sees
// the pack's own facts and metrics.
type Declarations struct {
	Facts   []facts.Decl
	Metrics []*metrics.Def
}

// Declare attaches a pack's declarations to the rubric and reports the
// facts that do not fit the schema.
func (r *Rubric) Declare(d Declarations) diag.List {
	r.Declared = d
	return facts.Declare(facts.Schema(), d.Facts)
}

// MetricDefs lists every metric the rubric's rules and the templates may
// use: the common metrics, each replaced by the pack's metric of the same
// name if it declares one, then the pack's other metrics, in order.
func (r *Rubric) MetricDefs() []*metrics.Def {
	own := map[string]*metrics.Def{}
	for _, d := range r.Declared.Metrics {
		own[d.Name] = d
	}
	var out []*metrics.Def
	for _, d := range metrics.Base() {
		if o := own[d.Name]; o != nil {
			d = o
			delete(own, d.Name)
		}
		out = append(out, d)
	}
	for _, d := range r.Declared.Metrics {
		if own[d.Name] != nil {
			out = append(out, d)
		}
	}
	return out
}

// baseSchema is the core schema with the pack's declared facts.
func (r *Rubric) baseSchema() *facts.Field {
	root := facts.Schema()
	facts.Declare(root, r.Declared.Facts) // problems were reported by Declare
	return root
}
