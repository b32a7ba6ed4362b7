package score

import (
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// needJudgment marks a part whose 评定 entry lacks key (符合, 得分, 依据 …).
func (s *scorer) needJudgment(part *Part, ref, key string) {
	path := ref + "." + key
	rd := reading{Missing: []string{path}, Where: s.set.WhereAll([]string{path})}
	pendingFacts(part, rd)
}

func (s *scorer) passFail(part *Part, r *rubric.Rule) {
	j := s.judgment(r.Ref)
	ok := j.field("符合")
	switch {
	case ok == nil:
		s.needJudgment(part, r.Ref, "符合")
	case ok.Bool:
		set(part, Judged, part.Points, passFailReason{ok: true, basis: j.basis()})
	case j.basis() == "":
		s.needJudgment(part, r.Ref, "依据")
	default:
		set(part, Judged, num.Zero, passFailReason{basis: j.basis()})
	}
}

// cases reads the number of cases found; ok is false when pending.
func (s *scorer) cases(part *Part, r *rubric.Rule) (n num.Dec, basis string, ok bool) {
	j := s.judgment(r.Ref)
	c := j.field("不符合例数")
	if c == nil {
		s.needJudgment(part, r.Ref, "不符合例数")
		return num.Zero, "", false
	}
	if c.Num.IsPositive() && j.basis() == "" {
		s.needJudgment(part, r.Ref, "依据")
		return num.Zero, "", false
	}
	return c.Num, j.basis(), true
}

func (s *scorer) perCase(part *Part, r *rubric.Rule) {
	n, basis, ok := s.cases(part, r)
	if !ok {
		return
	}
	deduct := n.Mul(r.CaseAmount)
	set(part, Judged, num.Max(num.Zero, part.Points.Sub(deduct)), casesReason{n: n, basis: basis, each: r.CaseAmount, deduct: deduct})
}

func (s *scorer) veto(part *Part, r *rubric.Rule) {
	n, basis, ok := s.cases(part, r)
	if !ok {
		return
	}
	if n.IsZero() {
		set(part, Judged, part.Points, casesReason{n: n, basis: basis, veto: true})
		return
	}
	part.Vetoed = true
	set(part, Judged, num.Zero, casesReason{n: n, basis: basis, veto: true})
}

func (s *scorer) assessed(part *Part, r *rubric.Rule) {
	j := s.judgment(r.Ref)
	sc := j.field("得分")
	switch {
	case sc == nil:
		s.needJudgment(part, r.Ref, "得分")
	case j.field("理由") == nil:
		s.needJudgment(part, r.Ref, "理由")
	case sc.Num.GreaterThan(part.Points):
		pendingCause(part, "评定得分"+num.Plain(sc.Num)+"分超过本项分值"+num.Plain(part.Points)+"分", nil)
	default:
		set(part, Judged, sc.Num, assessedReason{score: sc.Num, basis: j.basis()})
	}
}

// condition scores a comparison of two values: full points when it holds.
func (s *scorer) condition(part *Part, rule *rubric.Rule) {
	c := rule.Cond
	l, r := s.operand(c.Left), s.operand(c.Right)
	for _, side := range []reading{l, r} {
		if !side.OK && (side.zeroDen() || side.notApplicable()) {
			unread(part, side, rule.Zero)
			return
		}
	}
	if !l.OK || !r.OK {
		both := reading{Missing: append(l.Missing, r.Missing...), Where: append(l.Where, r.Where...)}
		pendingFacts(part, both)
		return
	}
	holds := compare(l.Value, c.Op, r.Value)
	score := num.Zero
	if holds {
		score = part.Points
	}
	set(part, Computed, score, conditionReason{left: l, right: r, op: c.Op, holds: holds})
}

// operand reads a ref, or a literal number.
func (s *scorer) operand(x string) reading {
	if d, ok := num.Parse(x); ok {
		return literal(d)
	}
	return s.read(x)
}

func compare(a num.Dec, op string, b num.Dec) bool {
	c := a.Cmp(b)
	switch op {
	case "<=":
		return c <= 0
	case ">=":
		return c >= 0
	case "<":
		return c < 0
	case ">":
		return c > 0
	case "!=":
		return c != 0
	}
	return c == 0
}
