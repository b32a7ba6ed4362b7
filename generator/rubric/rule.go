package rubric

import (
	"jixiao/generator/diag"
	"jixiao/generator/num"
)

// Kind is a rule kind, named in the rubric as users say it.
type Kind string

const (
	Bands        Kind = "分段"   // the value falls in one of several bands
	Deduction    Kind = "扣分"   // points minus a deduction per unit off target
	PassFail     Kind = "是否"   // full points or none
	PerCase      Kind = "例数扣分" // points minus a deduction per case found
	Veto         Kind = "否决"   // no case: full points; one case: the indicator scores 0
	Proportional Kind = "比例"   // points × min(1, value ÷ target)
	Assessed     Kind = "评定"   // a judged score with its reason
)

// Kinds lists every rule kind.
var Kinds = []Kind{Bands, Deduction, PassFail, PerCase, Veto, Proportional, Assessed}

// Direction says which side of the target a deduction counts.
type Direction string

const (
	Over    Direction = "超出" // value above target
	Under   Direction = "不足" // value below target
	Deviate Direction = "偏离" // either side
)

// Mode says how a deduction treats a part of a unit.
type Mode string

const (
	ProRata    Mode = "按比例" // 1.5 units over → 1.5 × the deduction
	WholeUnits Mode = "按整点" // only completed units count: 1.5 → 1
	Started    Mode = "按起点" // every started unit counts: 1.5 → 2
)

// Rule scores a sub-item.
type Rule struct {
	Kind Kind
	Pos  diag.Pos
	Ref  string // 取值: a metric name or a fact path
	// Bands
	Bands []Band
	// Deduction: Checks holds one or more (ref, target) pairs; the
	// deductions of all checks add up and the score stops at 0.
	Checks    []Check
	Direction Direction
	Per       num.Dec // the unit: per 1 percentage point
	Amount    num.Dec // deducted per unit
	Mode      Mode
	// PerCase
	CaseAmount num.Dec
	// PassFail with a condition instead of a judged fact
	Cond *Condition
	// Proportional
	Target num.Dec
	// Zero says what a zero denominator of the rate it reads means (nil:
	// undeclared); a check of a deduction may have its own.
	Zero *ZeroPolicy
}

// Band is one band of a 分段 rule.
type Band struct {
	Interval Interval
	Text     string // as written in the rubric
	Score    num.Dec
	Pos      diag.Pos
}

// Check is one value compared with its target in a deduction.
type Check struct {
	Ref    string
	Target num.Dec
	Pos    diag.Pos
	Zero   *ZeroPolicy // nil: the rule's
}

// ZeroOf returns the policy for a check: its own, else the rule's.
func (r *Rule) ZeroOf(c Check) *ZeroPolicy {
	if c.Zero != nil {
		return c.Zero
	}
	return r.Zero
}

// Condition compares two values: Left Op Right, each a ref or a number;
// Op is <, <=, >, >=, = or != (≠).
type Condition struct {
	Left, Op, Right string
	Text            string
}

// IsJudged reports whether the rule reads a judgement (评定 entry) from the
// facts rather than computing from figures.
func (r *Rule) IsJudged() bool {
	switch r.Kind {
	case PerCase, Veto, Assessed:
		return true
	case PassFail:
		return r.Cond == nil
	}
	return false
}

// Refs returns every value the rule reads.
func (r *Rule) Refs() []string {
	var out []string
	if r.Ref != "" {
		out = append(out, r.Ref)
	}
	for _, c := range r.Checks {
		out = append(out, c.Ref)
	}
	if r.Cond != nil {
		out = append(out, r.Cond.Left, r.Cond.Right)
	}
	return out
}
