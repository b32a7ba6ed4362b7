package score

import (
	"jixiao/generator/metrics"
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// Status says how a score was reached.
type Status string

const (
	Computed Status = "计算" // from the unit's figures
	Judged   Status = "评定" // from the unit's judgement (评定 entries)
	Pending  Status = "待评" // facts missing: no score yet
)

// Part is the score of one sub-item (or of an indicator without sub-items).
type Part struct {
	Name    string
	Points  num.Dec
	Score   num.Dec // valid unless Status is Pending
	Status  Status
	Reason  string
	Missing []string
	Vetoed  bool // a 否决 case was found: the whole indicator scores 0
}

// Result is the score of one 三级 indicator.
type Result struct {
	Indicator *rubric.Indicator
	Points    num.Dec
	Score     num.Dec // valid unless Status is Pending
	Status    Status
	Reason    string
	Parts     []*Part
	Missing   []string
}

// Group is the subtotal of a 一级 or 二级 indicator.
type Group struct {
	Name    string
	Points  num.Dec
	Score   num.Dec // sum of the scored indicators below
	Pending num.Dec // points of the indicators still 待评
	Groups  []*Group
}

// Report is the scored package of one unit.
type Report struct {
	Unit, Year string
	Rubric     *rubric.Rubric
	Metrics    *metrics.Set
	Results    []*Result
	Level1     []*Group
	Total      num.Dec // sum of the scored indicators
	Pending    num.Dec // points still 待评
	Complete   bool
	Grade      string   // "" while incomplete
	Missing    []string // every missing fact, sorted, without duplicates
}

// MaxPossible is the highest total the unit can still reach.
func (r *Report) MaxPossible() num.Dec { return r.Total.Add(r.Pending) }

// GradeText is the grade, or “待评” while the score is incomplete.
func (r *Report) GradeText() string {
	if !r.Complete {
		return string(Pending)
	}
	return r.Grade
}
