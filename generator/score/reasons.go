package score

import (
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// Reasons are data: each rule records what it read and decided, and
// wording.go alone turns that into words, in a full form (评分说明) and a
// short one (the report's narrative). A reason is one of the types below.
type reason interface{ isReason() }

// bandReason: the value fell in a band of a 分段 rule.
type bandReason struct {
	in   reading
	band rubric.Band
}

// checkReason is one value of a deduction compared with its target.
type checkReason struct {
	in      reading
	target  num.Dec
	off     num.Dec        // distance in the counted direction, ≥ 0
	outcome rubric.Outcome // set when the rate's denominator is 0
}

// deductionReason: points minus so much per unit off target.
type deductionReason struct {
	rule   *rubric.Rule
	checks []checkReason
	off    num.Dec // total distance of the assessed checks
	units  num.Dec // counted units (by the rule's mode)
	deduct num.Dec
	zeroed bool // a check's zero denominator scores the part 0
}

// passFailReason: the unit's judgement 符合 or not.
type passFailReason struct {
	ok    bool
	basis string
}

// conditionReason: a comparison of two values held or not.
type conditionReason struct {
	left, right reading
	op          string // "<=", "<", ">=", ">", "="
	holds       bool
}

// casesReason: cases found by the unit (例数扣分, 否决).
type casesReason struct {
	n      num.Dec
	basis  string
	each   num.Dec // deduction per case (例数扣分)
	deduct num.Dec
	veto   bool
}

// assessedReason: a score the unit judged, with its reason.
type assessedReason struct {
	score num.Dec
	basis string
}

// proportionalReason: points × value ÷ target, capped at the points.
type proportionalReason struct {
	in     reading
	target num.Dec
}

// zeroReason: the rate's denominator is 0 and the rubric says what that
// scores (满分, 0分, 不适用).
type zeroReason struct {
	in      reading
	outcome rubric.Outcome
}

// notApplicableReason: the metric has nothing to measure (no 楼堂馆所
// completed this year).
type notApplicableReason struct{ in reading }

// pendingReason: no score yet, for want of facts (where) or for a cause
// the facts cannot fix.
type pendingReason struct {
	where []string // missing facts, named as the forms do
	cause string   // why else, in words
	in    *reading // the reading concerned, if any
}

func (bandReason) isReason()          {}
func (deductionReason) isReason()     {}
func (passFailReason) isReason()      {}
func (conditionReason) isReason()     {}
func (casesReason) isReason()         {}
func (assessedReason) isReason()      {}
func (proportionalReason) isReason()  {}
func (zeroReason) isReason()          {}
func (notApplicableReason) isReason() {}
func (pendingReason) isReason()       {}
