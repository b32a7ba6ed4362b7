package metrics

import (
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/num"
)

// Set holds every total and metric of one facts file.
type Set struct {
	Facts   *facts.Facts
	Names   facts.Namer // names facts as the forms do
	Totals  map[string]*Total
	Metrics map[string]*Metric
	Order   []string // metric names in definition order
}

// Compute derives every total and metric from f.
func Compute(f *facts.Facts) *Set {
	s := &Set{Facts: f, Names: f.Namer(), Totals: map[string]*Total{}, Metrics: map[string]*Metric{}}
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
		m.MissingWhere = s.WhereAll(m.Missing)
		return m
	}
	m.Value, m.OK = num.Percent(nsum, dsum, 2)
	m.ZeroDen, m.NumZero = !m.OK, nsum.IsZero()
	return m
}

// Where names a fact path (as Missing lists them) as the forms do.
func (s *Set) Where(path string) string { return s.Names.Where(s.Facts.Schema, path) }

// NamesOf names every path as a sentence does ("编制数"), keeping the order
// and dropping repeats: what a 【待补】 marker lists.
func (s *Set) NamesOf(paths []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		if n := s.name(p); !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// WhereAll names every path, keeping the order and dropping repeats.
func (s *Set) WhereAll(paths []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		if w := s.Where(p); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
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
		m.MissingWhere = s.WhereAll(m.Missing)
		return m
	}
	m.Value, m.OK = num.Int(int64(len(v.Items))), true
	return m
}
