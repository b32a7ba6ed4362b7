package score

import (
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// deduction scores points minus Amount per Per units off target, summed over
// the rule's checks, floored at 0. Within target, full points. A check whose
// rate has a zero denominator follows the rubric's policy: 不适用 leaves it
// out (all left out: the part is not applicable), 满分 counts it on target,
// 0分 scores the part 0.
func (s *scorer) deduction(part *Part, r *rubric.Rule) {
	if len(r.Checks) == 1 { // one value: its zero denominator settles the part
		if rd := s.read(r.Checks[0].Ref); unread(part, rd, r.ZeroOf(r.Checks[0])) {
			return
		}
	}
	why := deductionReason{rule: r}
	var missing reading
	assessed := 0
	for _, c := range r.Checks {
		cr, ok := s.check(c, r)
		if !ok {
			if cr.in.zeroDen() {
				pendingCause(part, zeroCause(cr.outcome), &cr.in)
				return
			}
			missing.Missing, missing.Where = append(missing.Missing, cr.in.Missing...), append(missing.Where, cr.in.Where...)
			continue
		}
		why.checks = append(why.checks, cr)
		why.zeroed = why.zeroed || cr.outcome == rubric.None
		if cr.outcome != rubric.NotApplicable {
			assessed++
			why.off = why.off.Add(cr.off)
		}
	}
	switch {
	case len(missing.Missing) > 0:
		pendingFacts(part, missing)
	case assessed == 0:
		set(part, NotApplicable, part.Points, why)
	case why.zeroed:
		set(part, Computed, num.Zero, why)
	default:
		why.units = unitsCounted(why.off, r.Per, r.Mode)
		why.deduct = num.RoundHalfUp(why.units.Mul(r.Amount), 2)
		set(part, Computed, num.Max(num.Zero, part.Points.Sub(why.deduct)), why)
	}
}

// check reads one value of a deduction; ok is false when it is missing or
// its zero denominator is undecided.
func (s *scorer) check(c rubric.Check, r *rubric.Rule) (checkReason, bool) {
	rd := s.read(c.Ref)
	cr := checkReason{in: rd, target: c.Target}
	switch {
	case rd.OK:
		cr.off = offTarget(rd.Value, c.Target, r.Direction)
		return cr, true
	case rd.zeroDen():
		cr.outcome = r.ZeroOf(c).For(rd.Metric.NumZero)
		return cr, cr.outcome != "" && cr.outcome != rubric.Pending
	case rd.notApplicable():
		cr.outcome = rubric.NotApplicable
		return cr, true
	}
	return cr, false
}

// offTarget is how far v is from target in the counted direction (≥ 0).
func offTarget(v, target num.Dec, dir rubric.Direction) num.Dec {
	d := v.Sub(target)
	switch dir {
	case rubric.Under:
		d = d.Neg()
	case rubric.Deviate:
		d = d.Abs()
	}
	return num.Max(num.Zero, d)
}

// unitsCounted turns the distance into counted units per the rule's mode.
func unitsCounted(off, per num.Dec, mode rubric.Mode) num.Dec {
	u, _ := num.Quo(off, per, 10)
	switch mode {
	case rubric.WholeUnits:
		return u.Floor()
	case rubric.Started:
		return u.Ceil()
	}
	return u
}
