package score

import (
	"jixiao/generator/metrics"
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// Status says how a score was reached.
type Status string

const (
	Computed      Status = "计算"  // from the unit's figures
	Judged        Status = "评定"  // from the unit's judgement (评定 entries)
	NotApplicable Status = "不适用" // nothing to assess (a zero denominator the rubric declares 不适用): full points
	Pending       Status = "待评"  // facts missing: no score yet
)

// Part is the score of one sub-item (or of an indicator without sub-items).
type Part struct {
	Name    string
	Points  num.Dec
	Score   num.Dec // valid unless Status is Pending
	Status  Status
	Reason  string // the full reason, in the clerk's words
	Brief   string // the short reason, for the report's narrative
	Missing []string
	Where   []string // Missing, named as the forms do
	Cause   string   // why it is pending when no fact is missing
	Vetoed  bool     // a 否决 case was found: the whole indicator scores 0
	why     reason
}

// Result is the score of one 三级 indicator.
type Result struct {
	Indicator *rubric.Indicator
	Points    num.Dec // the unit's points: the rubric's, or its own 分值分配
	Score     num.Dec // the parts scored so far (all of them unless Pending)
	Pending   num.Dec // points of the parts still 待评
	Status    Status
	Reason    string // the full reason, in the clerk's words
	Brief     string // the short reason, for the report's narrative
	Grounds   string // what justifies the score, without it (the brief less its score clause)
	Verdict   string // the report's sentence on it: grounds and score, the score said once
	Line      string // the same under the indicator's name, for the report's lists
	Parts     []*Part
	Missing   []string
}

// Group is the subtotal of a 一级 or 二级 indicator.
type Group struct {
	Name    string
	Points  num.Dec
	Score   num.Dec // sum of what is scored below
	Pending num.Dec // points still 待评
	Groups  []*Group
}

// Report is the scored package of one unit.
type Report struct {
	Unit, Year string
	Rubric     *rubric.Rubric
	Metrics    *metrics.Set
	Results    []*Result
	Level1     []*Group
	Total      num.Dec // sum of what is scored
	Pending    num.Dec // points still 待评
	Complete   bool
	Grade      string   // "" while incomplete
	Missing    []string // every missing fact (its key in the facts file), sorted, without duplicates
	Where      []string // the same facts, named as the forms do
	// Undecided are the parts pending for a cause no fact fixes (a zero
	// denominator the rubric does not decide), in words.
	Undecided []string
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

// Gaps lists what keeps the score incomplete: the missing facts by their
// keys, then the undecided parts in words. It is empty only when the score
// is complete.
func (r *Report) Gaps() []string {
	return append(append([]string{}, r.Missing...), r.Undecided...)
}
