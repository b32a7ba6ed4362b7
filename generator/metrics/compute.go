package metrics

import (
	"jixiao/generator/facts"
)

// Set holds every total and metric of one facts file.
type Set struct {
	Facts   *facts.Facts
	Names   facts.Namer // names facts as the forms do
	Totals  map[string]*Total
	Metrics map[string]*Metric
	Order   []string // metric names in definition order
}

// Compute derives every total, and every metric of defs, from f.
func Compute(f *facts.Facts, defs []*Def) *Set {
	s := &Set{Facts: f, Names: f.Namer(), Totals: map[string]*Total{}, Metrics: map[string]*Metric{}}
	s.computeTotals()
	for _, d := range defs {
		s.Metrics[d.Name] = s.evaluate(d)
		s.Order = append(s.Order, d.Name)
	}
	return s
}

// Get returns the metric named name, or nil.
func (s *Set) Get(name string) *Metric { return s.Metrics[name] }

// Resolve returns a fact or total by ref, as the rubric's rules read them.
func (s *Set) Resolve(ref string) Amount { return s.resolve(ref) }

// Where names a fact path (as Missing lists them) as the forms do.
func (s *Set) Where(path string) string { return s.Names.Where(s.Facts.Schema, path) }

// NamesOf names every path as a sentence does ("编制数"), keeping the order
// and dropping repeats: what a 【待补】 marker lists.
func (s *Set) NamesOf(paths []string) []string {
	return dedupe(mapStrings(paths, s.name))
}

// WhereAll names every path, keeping the order and dropping repeats.
func (s *Set) WhereAll(paths []string) []string {
	return dedupe(mapStrings(paths, s.Where))
}

func mapStrings(ss []string, f func(string) string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = f(s)
	}
	return out
}
