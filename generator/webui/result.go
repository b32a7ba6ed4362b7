package webui

import (
	"fmt"

	"jixiao/generator/diag"
	"jixiao/generator/num"
	"jixiao/generator/score"
)

// Result is one evaluation of the facts as the page shows it: the problems
// (each with the path of its field when it has one), and, when the facts
// load, the score panel and every metric.
type Result struct {
	Errors   []Diag                 `json:"errors"`
	Findings []Diag                 `json:"findings"`
	Score    *Score                 `json:"score,omitempty"`
	Metrics  map[string]*MetricView `json:"metrics,omitempty"`
}

// Diag is one message of `check`.
type Diag struct {
	Severity string   `json:"severity"` // 错误 or 提示
	Msg      string   `json:"msg"`
	Where    string   `json:"where,omitempty"` // 第 41 行第 3 列; for a template or the pack its file and place
	Path     []string `json:"path,omitempty"`
}

// Score is the panel: total, grade, the 一级 subtotals and every indicator.
// What is still missing comes from the gate (GateView).
type Score struct {
	Unit        string      `json:"unit"`
	Year        string      `json:"year"`
	Total       string      `json:"total"`
	Grade       string      `json:"grade"`
	Complete    bool        `json:"complete"`
	Pending     string      `json:"pending"`
	MaxPossible string      `json:"maxPossible"`
	Groups      []GroupView `json:"groups"`
	Indicators  []Indicator `json:"indicators"`
}

// GroupView is the subtotal of one 一级 indicator.
type GroupView struct {
	Name    string `json:"name"`
	Points  string `json:"points"`
	Score   string `json:"score"`
	Pending string `json:"pending"`
}

// Indicator is the score of one 三级 indicator with its reason in the
// clerk's words; Points are the unit's (its 分值分配 included).
type Indicator struct {
	Group  string     `json:"group"`
	Name   string     `json:"name"`
	Points string     `json:"points"`
	Score  string     `json:"score"` // "" while 待评
	Status string     `json:"status"`
	Reason string     `json:"reason"`
	Parts  []PartView `json:"parts,omitempty"`
}

// PartView is the score of a sub-item (细项) of an indicator.
type PartView struct {
	Name   string `json:"name"`
	Points string `json:"points"`
	Score  string `json:"score"` // "" while 待评
	Status string `json:"status"`
}

// MetricView is one metric: its value, its computation with the unit's
// numbers, or why it has none.
type MetricView struct {
	Value string `json:"value"`
	Calc  string `json:"calc"`
	Why   string `json:"why,omitempty"`
}

// newResult converts an evaluation; e.res is nil when the facts did not
// load.
func newResult(e *evaluation, loadDiags diag.List) *Result {
	r := &Result{Errors: e.diags(loadDiags), Findings: []Diag{}}
	res := e.res
	if res == nil {
		return r
	}
	r.Findings = e.diags(res.Findings)
	r.Score = scoreView(res.Report)
	r.Metrics = map[string]*MetricView{}
	for name, m := range res.Metrics.Metrics {
		r.Metrics[name] = &MetricView{Value: m.Display(), Calc: m.Calc(), Why: m.Why()}
	}
	return r
}

// diags converts messages, each placed at its field and naming facts as
// the forms do.
func diags(l diag.List, ix *fieldIndex, names *labeler) []Diag {
	out := []Diag{}
	for _, d := range l {
		w := where(d.Pos)
		if !ix.owns(d.Pos) {
			w = d.Pos.String() // a template or the pack: named as the command line names it
		}
		out = append(out, Diag{Severity: d.Severity.String(), Msg: names.message(d.Msg), Where: w,
			Path: ix.lookup(d.Pos)})
	}
	return out
}

func where(p diag.Pos) string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("第 %d 行第 %d 列", p.Line, p.Col)
	case p.Line > 0:
		return fmt.Sprintf("第 %d 行", p.Line)
	}
	return ""
}

func scoreView(rep *score.Report) *Score {
	s := &Score{Unit: rep.Unit, Year: rep.Year, Total: num.Fixed(rep.Total, 2), Grade: rep.GradeText(),
		Complete: rep.Complete, Pending: num.Plain(rep.Pending), MaxPossible: num.Fixed(rep.MaxPossible(), 2)}
	for _, g := range rep.Level1 {
		s.Groups = append(s.Groups, GroupView{Name: g.Name, Points: num.Plain(g.Points), Score: num.Plain(g.Score),
			Pending: num.Plain(g.Pending)})
	}
	for _, res := range rep.Results {
		ind := Indicator{Group: res.Indicator.Level1, Name: res.Indicator.Name, Points: num.Plain(res.Points),
			Status: string(res.Status), Reason: res.Reason}
		if res.Status != score.Pending {
			ind.Score = num.Plain(res.Score)
		}
		if len(res.Indicator.Subs) > 0 {
			for _, p := range res.Parts {
				pv := PartView{Name: p.Name, Points: num.Plain(p.Points), Status: string(p.Status)}
				if p.Status != score.Pending {
					pv.Score = num.Plain(p.Score)
				}
				ind.Parts = append(ind.Parts, pv)
			}
		}
		s.Indicators = append(s.Indicators, ind)
	}
	return s
}
