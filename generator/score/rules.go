package score

import (
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// evalPart scores one part worth points with its rule.
func (s *scorer) evalPart(p *rubric.Sub, points num.Dec) *Part {
	part := &Part{Name: p.Name, Points: points}
	r := p.Rule
	switch r.Kind {
	case rubric.Bands:
		s.bands(part, r)
	case rubric.Deduction:
		s.deduction(part, r)
	case rubric.PassFail:
		if r.Cond != nil {
			s.condition(part, r)
		} else {
			s.passFail(part, r)
		}
	case rubric.PerCase:
		s.perCase(part, r)
	case rubric.Veto:
		s.veto(part, r)
	case rubric.Proportional:
		s.proportional(part, r)
	case rubric.Assessed:
		s.assessed(part, r)
	}
	part.Score = num.RoundHalfUp(part.Score, 2)
	return part
}

// set records a part's outcome and its reason.
func set(part *Part, status Status, score num.Dec, why reason) {
	part.Status, part.Score, part.why = status, score, why
}

// pendingFacts marks part as waiting for facts.
func pendingFacts(part *Part, rd reading) {
	part.Status, part.Missing, part.Where = Pending, rd.Missing, rd.Where
	part.why = pendingReason{where: rd.Where, in: &rd}
}

// pendingCause marks part as waiting for something no fact fixes.
func pendingCause(part *Part, cause string, rd *reading) {
	part.Status, part.Cause = Pending, cause
	part.why = pendingReason{cause: cause, in: rd}
}

// unread handles a reading without a value: missing facts, a zero
// denominator (scored by the rule's policy) or nothing to measure. It
// reports whether the part is settled.
func unread(part *Part, rd reading, zero *rubric.ZeroPolicy) bool {
	switch {
	case rd.OK:
		return false
	case rd.notApplicable():
		set(part, NotApplicable, part.Points, notApplicableReason{in: rd})
	case rd.zeroDen():
		zeroOutcome(part, rd, zero.For(rd.Metric.NumZero))
	default:
		pendingFacts(part, rd)
	}
	return true
}

// zeroOutcome scores a part whose rate has a zero denominator.
func zeroOutcome(part *Part, rd reading, o rubric.Outcome) {
	switch o {
	case rubric.Full:
		set(part, Computed, part.Points, zeroReason{in: rd, outcome: o})
	case rubric.None:
		set(part, Computed, num.Zero, zeroReason{in: rd, outcome: o})
	case rubric.NotApplicable:
		set(part, NotApplicable, part.Points, zeroReason{in: rd, outcome: o})
	default:
		pendingCause(part, zeroCause(o), &rd)
	}
}

// undecidedZero is the cause of a part whose zero denominator the rubric
// does not decide.
const undecidedZero = "评分规则没有规定分母为0时如何计分"

// zeroCause is why a part with a zero denominator stays 待评: the rubric
// says so (the figure is to be checked), or it says nothing.
func zeroCause(o rubric.Outcome) string {
	if o == rubric.Pending {
		return "请核实"
	}
	return undecidedZero
}

func (s *scorer) bands(part *Part, r *rubric.Rule) {
	rd := s.read(r.Ref)
	if unread(part, rd, r.Zero) {
		return
	}
	for _, b := range r.Bands {
		if b.Interval.Contains(rd.Value) {
			set(part, Computed, b.Score, bandReason{in: rd, band: b})
			return
		}
	}
	pendingCause(part, "不在评分规则的任何一档内（评分规则有误）", &rd)
}

func (s *scorer) proportional(part *Part, r *rubric.Rule) {
	rd := s.read(r.Ref)
	if unread(part, rd, r.Zero) {
		return
	}
	score := part.Points
	if rd.Value.LessThan(r.Target) {
		ratio, _ := num.Quo(rd.Value, r.Target, 10)
		score = num.RoundHalfUp(part.Points.Mul(ratio), 2)
	}
	set(part, Computed, score, proportionalReason{in: rd, target: r.Target})
}
