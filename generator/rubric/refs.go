package rubric

import (
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/suggest"
)

// RefKind says what a rule's 取值 names.
type RefKind int

const (
	RefUnknown  RefKind = iota
	RefMetric           // a metric (在职人员控制率)
	RefFact             // a numeric fact (人员.聘用人员.实际)
	RefJudgment         // an entry of the 评定 section, filled by the unit
)

// JudgmentPrefix starts every ref to an entry of the facts' 评定 section.
const JudgmentPrefix = "评定."

// refInfo knows the names a rule may read: metrics and numeric facts.
type refInfo struct {
	metrics map[string]*metrics.Def
	schema  *facts.Field
}

func newRefInfo(r *Rubric) *refInfo {
	ri := &refInfo{metrics: map[string]*metrics.Def{}, schema: r.baseSchema()}
	for _, d := range r.MetricDefs() {
		ri.metrics[d.Name] = d
	}
	return ri
}

// kind classifies ref.
func (ri *refInfo) kind(ref string) RefKind {
	switch {
	case strings.HasPrefix(ref, JudgmentPrefix):
		return RefJudgment
	case ri.metrics[ref] != nil:
		return RefMetric
	}
	if f := ri.schema.Find(ref); f != nil && f.Kind.IsNumber() {
		return RefFact
	}
	return RefUnknown
}

// nonNegative reports whether values of ref cannot be below 0.
func (ri *refInfo) nonNegative(ref string) bool {
	if d := ri.metrics[ref]; d != nil {
		return d.Low != ""
	}
	f := ri.schema.Find(ref)
	return f != nil && f.Min != "" && !strings.HasPrefix(f.Min, "-")
}

// integer reports whether values of ref are whole numbers.
func (ri *refInfo) integer(ref string) bool {
	if d := ri.metrics[ref]; d != nil {
		return d.Integer()
	}
	f := ri.schema.Find(ref)
	return f != nil && f.Kind == facts.Count
}

// unit is what follows a value of ref in messages: "%" for rates.
func (ri *refInfo) unit(ref string) string {
	if d := ri.metrics[ref]; d != nil {
		return d.UnitText()
	}
	if f := ri.schema.Find(ref); f != nil {
		return f.Unit
	}
	return ""
}

// hint suggests the nearest metric or numeric fact to a misspelt ref.
func (ri *refInfo) hint(ref string) string {
	var names []string
	for n := range ri.metrics {
		names = append(names, n)
	}
	ri.schema.Walk(func(path string, f *facts.Field) {
		if f.Kind.IsNumber() {
			names = append(names, path)
		}
	})
	return suggest.Hint(ref, sortStrings(names))
}
