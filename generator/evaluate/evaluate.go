// Package evaluate runs the scoring core on one facts file: load the facts
// against the pack's schema, compute the metrics, score them with the pack's
// rubric, and check the figures for consistency. Every command that reads a
// facts file (check, score, build, diff) starts here.
package evaluate

import (
	"jixiao/generator/consistency"
	"jixiao/generator/diag"
	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/pack"
	"jixiao/generator/score"
)

// Result is everything computed from one facts file.
type Result struct {
	Pack     *pack.Pack
	Facts    *facts.Facts
	Metrics  *metrics.Set
	Report   *score.Report
	Findings diag.List // load hints and consistency findings, sorted by position
}

// Run evaluates the facts in src (named file in messages) with pack p. When
// the facts file has errors, they are returned and the Result is nil;
// otherwise the loader's hints (text folded by YAML …) join the findings.
func Run(p *pack.Pack, file string, src []byte) (*Result, diag.List) {
	f, diags := facts.Load(file, src, p.Rubric.FactsSchema())
	if diags.HasErrors() {
		return nil, diags
	}
	set := metrics.Compute(f, p.Rubric.MetricDefs())
	res := &Result{Pack: p, Facts: f, Metrics: set, Report: score.Score(p.Rubric, set)}
	res.Findings = append(diags, consistency.Check(set, p.Rubric)...)
	res.Findings.Sort()
	return res, nil
}

// ScoreJSON is the machine form of the scores (`jixiao score --json`),
// stamped with the pack's 名称 and 版本.
func (r *Result) ScoreJSON() score.JSONReport {
	j := r.Report.JSON()
	j.Pack = &score.JSONPack{Name: r.Pack.Meta.Name, Version: r.Pack.Meta.Version}
	return j
}
