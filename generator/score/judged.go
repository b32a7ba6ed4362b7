package score

import (
	"fmt"

	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// needBasis marks a judgement without the reason its rule requires.
func needBasis(part *Part, ref, key string) {
	pending(part, fmt.Sprintf("%s 没有写%s", ref, key), []string{ref + "." + key})
}

func (s *scorer) passFail(part *Part, r *rubric.Rule) {
	j := s.judgment(r.Ref)
	ok := j.field("符合")
	if ok == nil {
		pending(part, "缺少 "+r.Ref+".符合", []string{r.Ref + ".符合"})
		return
	}
	part.Status = Judged
	if ok.Bool {
		part.Score, part.Reason = part.Points, "符合"+j.basis()+"，计"+fmtPts(part.Points)+"分"
		return
	}
	if j.basis() == "" {
		needBasis(part, r.Ref, "依据")
		return
	}
	part.Score, part.Reason = num.Zero, "不符合"+j.basis()+"，计0分"
}

// cases reads the number of cases found; ok is false when pending.
func (s *scorer) cases(part *Part, r *rubric.Rule) (n num.Dec, basis string, ok bool) {
	j := s.judgment(r.Ref)
	c := j.field("不符合例数")
	if c == nil {
		pending(part, "缺少 "+r.Ref+".不符合例数", []string{r.Ref + ".不符合例数"})
		return num.Zero, "", false
	}
	if c.Num.IsPositive() && j.basis() == "" {
		needBasis(part, r.Ref, "依据")
		return num.Zero, "", false
	}
	part.Status = Judged
	return c.Num, j.basis(), true
}

func (s *scorer) perCase(part *Part, r *rubric.Rule) {
	n, basis, ok := s.cases(part, r)
	if !ok {
		return
	}
	if n.IsZero() {
		part.Score, part.Reason = part.Points, "未发现不符合"+basis+"，计"+fmtPts(part.Points)+"分"
		return
	}
	deduct := n.Mul(r.CaseAmount)
	part.Score = num.Max(num.Zero, part.Points.Sub(deduct))
	part.Reason = fmt.Sprintf("不符合%s例%s，每例扣%s分，应扣%s分", num.Plain(n), basis, fmtPts(r.CaseAmount), fmtPts(deduct))
	if deduct.GreaterThanOrEqual(part.Points) {
		part.Reason += "，扣完为止"
	}
	part.Reason += "，计" + fmtPts(part.Score) + "分"
}

func (s *scorer) veto(part *Part, r *rubric.Rule) {
	n, basis, ok := s.cases(part, r)
	if !ok {
		return
	}
	if n.IsZero() {
		part.Score, part.Reason = part.Points, "未发现"+basis+"，计"+fmtPts(part.Points)+"分"
		return
	}
	part.Vetoed, part.Score = true, num.Zero
	part.Reason = fmt.Sprintf("发现%s例%s，按规定本指标全部扣分", num.Plain(n), basis)
}

func (s *scorer) assessed(part *Part, r *rubric.Rule) {
	j := s.judgment(r.Ref)
	sc := j.field("得分")
	if sc == nil {
		pending(part, "缺少 "+r.Ref+".得分", []string{r.Ref + ".得分"})
		return
	}
	if j.field("理由") == nil {
		needBasis(part, r.Ref, "理由")
		return
	}
	part.Status, part.Score = Judged, sc.Num
	part.Reason = "评定" + fmtPts(sc.Num) + "分" + j.basis()
}

// condition scores a comparison of two values: full points when it holds.
func (s *scorer) condition(part *Part, c *rubric.Condition) {
	l, r := s.operand(c.Left), s.operand(c.Right)
	if !l.OK || !r.OK {
		pending(part, "缺少 "+joinList(append(l.Missing, r.Missing...)), append(l.Missing, r.Missing...))
		return
	}
	text := fmt.Sprintf("%s %s %s", l.Calc, opWord(c.Op), r.Calc)
	if compare(l.Value, c.Op, r.Value) {
		computed(part, part.Points, text+"，符合，计"+fmtPts(part.Points)+"分")
		return
	}
	computed(part, num.Zero, "不满足 "+text+"，计0分")
}

// operand reads a ref, or a literal number.
func (s *scorer) operand(x string) reading {
	if d, ok := num.Parse(x); ok {
		return reading{OK: true, Value: d, Calc: num.Plain(d)}
	}
	return s.read(x)
}

func opWord(op string) string {
	return map[string]string{"<=": "≤", ">=": "≥", "<": "<", ">": ">", "=": "="}[op]
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
	}
	return c == 0
}
