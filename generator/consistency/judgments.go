package consistency

import (
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// judgments reports 评定 entries whose reason is required but missing: a 评定
// score without 理由, a 否 without 依据, cases found without 依据; and a
// judged score above the points the unit gave the indicator.
func (c *checker) judgments(r *rubric.Rubric) {
	points := r.Allocation(c.set.Facts)
	for _, ind := range r.Indicators() {
		for _, p := range ind.Parts() {
			if p.Rule == nil || !p.Rule.IsJudged() {
				continue
			}
			c.judgment(p.Rule)
			if ind.Distributed && len(ind.Subs) == 0 {
				c.judgedAbove(p.Rule, points[ind])
			}
		}
	}
}

func (c *checker) judgment(r *rubric.Rule) {
	v, ok := c.fact(r.Ref)
	if !ok {
		return
	}
	given := func(key string) bool { f := v.Get(key); return f != nil && f.Present && f.Str != "" }
	where := c.set.Facts.WhereValue(v)
	switch {
	case r.Kind == rubric.Assessed && v.Get("得分").Present && !given("理由"):
		c.diags.Errorf(v.Pos, "%s：给了评定得分但没有写理由，评定的得分必须写明理由", where)
	case r.Kind == rubric.PassFail && v.Get("符合").Present && !v.Get("符合").Bool && !given("依据"):
		c.diags.Errorf(v.Pos, "%s：评为“否”但没有写依据", where)
	case (r.Kind == rubric.PerCase || r.Kind == rubric.Veto) && v.Get("不符合例数").Present &&
		v.Get("不符合例数").Num.IsPositive() && !given("依据"):
		c.diags.Errorf(v.Pos, "%s：有不符合的情况但没有写依据", where)
	}
}

// judgedAbove reports a 评定 得分 above the points the unit distributed to
// its indicator.
func (c *checker) judgedAbove(r *rubric.Rule, points num.Dec) {
	s, ok := c.fact(r.Ref + ".得分")
	if ok && s.Num.GreaterThan(points) {
		c.diags.Errorf(s.Pos, "%s%s分，超过本指标的分值%s分", c.set.Facts.WhereValue(s), num.Plain(s.Num), num.Plain(points))
	}
}

// allocation reports a 分值分配 that does not add up to its group's points.
func (c *checker) allocation(r *rubric.Rubric) {
	for _, p := range r.AllocationProblems(c.set.Facts) {
		c.diags.Errorf(p.Pos, "分值分配：“%s”各三级指标的分值合计%s=%s分，应为%s分，请调整使合计不变",
			p.Group.Name, p.Terms, num.Plain(p.Sum), num.Plain(p.Want))
	}
}
