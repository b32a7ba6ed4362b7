package consistency

import (
	"jixiao/generator/rubric"
)

// judgments reports 评定 entries whose reason is required but missing: a 评定
// score without 理由, a 否 without 依据, cases found without 依据.
func (c *checker) judgments(r *rubric.Rubric) {
	for _, ind := range r.Indicators() {
		for _, p := range ind.Parts() {
			if p.Rule == nil || !p.Rule.IsJudged() {
				continue
			}
			c.judgment(p.Rule)
		}
	}
}

func (c *checker) judgment(r *rubric.Rule) {
	v, ok := c.fact(r.Ref)
	if !ok {
		return
	}
	given := func(key string) bool { f := v.Get(key); return f != nil && f.Present && f.Str != "" }
	switch {
	case r.Kind == rubric.Assessed && v.Get("得分").Present && !given("理由"):
		c.diags.Errorf(v.Pos, "%s 给了得分但没有写理由：评定的得分必须写明理由", r.Ref)
	case r.Kind == rubric.PassFail && v.Get("符合").Present && !v.Get("符合").Bool && !given("依据"):
		c.diags.Errorf(v.Pos, "%s 为“否”但没有写依据", r.Ref)
	case (r.Kind == rubric.PerCase || r.Kind == rubric.Veto) && v.Get("不符合例数").Present &&
		v.Get("不符合例数").Num.IsPositive() && !given("依据"):
		c.diags.Errorf(v.Pos, "%s 有不符合的情况但没有写依据", r.Ref)
	}
}
