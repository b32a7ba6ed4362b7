package metrics

import (
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/num"
)

// Set holds every total and metric of one facts file.
type Set struct {
	Facts   *facts.Facts
	Totals  map[string]*Total
	Metrics map[string]*Metric
	Order   []string // metric names in definition order
}

// Compute derives every total and metric from f.
func Compute(f *facts.Facts) *Set {
	s := &Set{Facts: f, Totals: map[string]*Total{}, Metrics: map[string]*Metric{}}
	s.computeTotals()
	for _, d := range Defs() {
		s.Metrics[d.Name] = s.metric(d)
		s.Order = append(s.Order, d.Name)
	}
	return s
}

// Get returns the metric named name, or nil.
func (s *Set) Get(name string) *Metric { return s.Metrics[name] }

// Resolve returns a fact or total by ref, as the rubric's rules read them.
func (s *Set) Resolve(ref string) Amount { return s.resolve(ref) }

func (s *Set) metric(d *Def) *Metric {
	m := &Metric{Def: d}
	if d.ListCount != "" {
		return s.listCount(m)
	}
	if s.emptyList(d.Den) {
		m.NotApplicable = true
		return m
	}
	var nsum, dsum num.Dec
	m.Num, nsum = s.sum(d.Num, &m.Missing)
	m.Den, dsum = s.sum(d.Den, &m.Missing)
	if len(m.Missing) > 0 {
		return m
	}
	m.Value, m.OK = num.Percent(nsum, dsum, 2)
	m.ZeroDen = !m.OK
	return m
}

// sum resolves terms, appending what is missing, and adds them up.
func (s *Set) sum(terms []Term, missing *[]string) ([]Amount, num.Dec) {
	total := num.Zero
	var out []Amount
	for _, t := range terms {
		a := s.resolve(t.Ref)
		if !a.OK && t.Optional {
			continue
		}
		*missing = append(*missing, a.Missing...)
		if t.Neg {
			a.Value = a.Value.Neg()
		}
		total = total.Add(a.Value)
		out = append(out, a)
	}
	return out, total
}

// emptyList reports whether the denominator sums over a list that is given
// and empty.
func (s *Set) emptyList(den []Term) bool {
	if len(den) != 1 || !strings.Contains(den[0].Ref, "[].") {
		return false
	}
	listPath, _, _ := strings.Cut(den[0].Ref, "[].")
	v := s.Facts.Get(listPath)
	return v != nil && v.Present && len(v.Items) == 0
}

func (s *Set) listCount(m *Metric) *Metric {
	v := s.Facts.Get(m.Def.ListCount)
	if v == nil || !v.Present {
		m.Missing = []string{m.Def.ListCount}
		return m
	}
	m.Value, m.OK = num.Int(int64(len(v.Items))), true
	return m
}
