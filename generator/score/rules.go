package score

import (
	"fmt"

	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// evalPart scores one part with its rule.
func (s *scorer) evalPart(p *rubric.Sub) *Part {
	part := &Part{Name: p.Name, Points: *p.Points}
	r := p.Rule
	switch r.Kind {
	case rubric.Bands:
		s.bands(part, r)
	case rubric.Deduction:
		s.deduction(part, r)
	case rubric.PassFail:
		if r.Cond != nil {
			s.condition(part, r.Cond)
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

// pending marks part as waiting for facts.
func pending(part *Part, why string, missing []string) {
	part.Status, part.Missing = Pending, missing
	part.Reason = why + "，待评"
}

func computed(part *Part, score num.Dec, reason string) {
	part.Status, part.Score, part.Reason = Computed, score, reason
}

func (s *scorer) bands(part *Part, r *rubric.Rule) {
	rd := s.read(r.Ref)
	if !rd.OK {
		pending(part, rd.Why, rd.Missing)
		return
	}
	for _, b := range r.Bands {
		if b.Interval.Contains(rd.Value) {
			computed(part, b.Score, fmt.Sprintf("%s，%s，计%s分", rd.Calc, b.Interval.Words(rd.Unit), fmtPts(b.Score)))
			return
		}
	}
	pending(part, fmt.Sprintf("%s，不在评分规则的任何一档内（请检查评分规则）", rd.Calc), nil)
}

func (s *scorer) proportional(part *Part, r *rubric.Rule) {
	rd := s.read(r.Ref)
	if !rd.OK {
		pending(part, rd.Why, rd.Missing)
		return
	}
	if rd.Value.GreaterThanOrEqual(r.Target) {
		computed(part, part.Points, fmt.Sprintf("%s，达到目标值%s，计%s分", rd.Calc, rd.showTarget(r.Target), fmtPts(part.Points)))
		return
	}
	ratio, _ := num.Quo(rd.Value, r.Target, 10)
	score := num.RoundHalfUp(part.Points.Mul(ratio), 2)
	computed(part, score, fmt.Sprintf("%s，未达到目标值%s，%s × %s ÷ %s = %s分", rd.Calc, rd.showTarget(r.Target),
		fmtPts(part.Points), rd.Show(), rd.showTarget(r.Target), fmtPts(score)))
}

// showTarget prints a target in the reading's unit: "100%".
func (rd reading) showTarget(t num.Dec) string {
	if rd.Unit == "%" {
		return num.Plain(t) + "%"
	}
	return num.Plain(t) + rd.Unit
}
