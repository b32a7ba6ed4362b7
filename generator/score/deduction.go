package score

import (
	"fmt"
	"strings"

	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// deduction scores points minus Amount per Per units off target, summed over
// the rule's checks, floored at 0. Within target, full points.
func (s *scorer) deduction(part *Part, r *rubric.Rule) {
	var lines, missing []string
	total, unitWord, complete := num.Zero, "", true
	for _, c := range r.Checks {
		rd := s.read(c.Ref)
		if !rd.OK {
			missing, complete = append(missing, rd.Missing...), false
			lines = append(lines, rd.Why)
			continue
		}
		off := offTarget(rd.Value, c.Target, r.Direction)
		total, unitWord = total.Add(off), rd.points()
		lines = append(lines, rd.Calc+"，"+targetText(rd, c.Target, r.Direction, off))
	}
	if !complete {
		pending(part, strings.Join(lines, "；"), missing)
		return
	}
	units := unitsCounted(total, r.Per, r.Mode)
	deduct := num.RoundHalfUp(units.Mul(r.Amount), 2)
	score := num.Max(num.Zero, part.Points.Sub(deduct))
	computed(part, score, strings.Join(lines, "；")+deductionText(total, units, deduct, score, part.Points, r, unitWord))
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

func targetText(rd reading, target num.Dec, dir rubric.Direction, off num.Dec) string {
	t := rd.showTarget(target)
	if off.IsZero() {
		return map[rubric.Direction]string{rubric.Over: "≤", rubric.Under: "≥", rubric.Deviate: "="}[dir] + t
	}
	word := map[rubric.Direction]string{rubric.Over: "超出", rubric.Under: "低于", rubric.Deviate: "偏离"}[dir]
	return fmt.Sprintf("%s%s共%s%s", word, t, num.Plain(off), rd.points())
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

func deductionText(off, units, deduct, score, points num.Dec, r *rubric.Rule, unitWord string) string {
	if off.IsZero() {
		return fmt.Sprintf("，计%s分", fmtPts(score))
	}
	per := num.Plain(r.Per) + unitWord
	s := fmt.Sprintf("，每%s扣%s分（%s）", per, fmtPts(r.Amount), r.Mode)
	if r.Mode != rubric.ProRata {
		s += fmt.Sprintf("，计%s个单位", num.Plain(units))
	}
	s += fmt.Sprintf("，应扣%s分", fmtPts(deduct))
	if deduct.GreaterThanOrEqual(points) {
		return s + "，扣完为止，计0分"
	}
	return s + fmt.Sprintf("，计%s分", fmtPts(score))
}
