package rubric

import (
	"jixiao/generator/num"
)

func (l *linter) indicator(ind *Indicator) {
	if ind.Points == nil {
		l.diags.Errorf(ind.Pos, "三级指标“%s”没有分值", ind.Name)
	}
	if len(ind.Subs) == 0 {
		if ind.Rule != nil && ind.Points != nil {
			l.rule(ind.Name, ind.Rule, *ind.Points)
		}
		return
	}
	var pts []*num.Dec
	for _, s := range ind.Subs {
		pts = append(pts, s.Points)
		if s.Points == nil {
			l.diags.Errorf(s.Pos, "“%s”的细项“%s”没有分值", ind.Name, s.Name)
		} else if s.Rule != nil {
			l.rule(ind.Name+"”细项“"+s.Name, s.Rule, *s.Points)
		}
	}
	if ind.Points != nil {
		l.compare(ind.Pos, "三级指标", ind.Name, *ind.Points, pts, "细项")
	}
}

// rule checks one rule of a part worth points; name is used in messages.
func (l *linter) rule(name string, r *Rule, points num.Dec) {
	for _, ref := range r.Refs() {
		l.ref(name, r, ref)
	}
	l.zeroPolicy(name, r)
	switch r.Kind {
	case Bands:
		l.bands(name, r, points)
	case Deduction:
		l.positive(name, r, "扣", r.Amount)
		l.positive(name, r, "每", r.Per)
		if r.Mode == "" {
			l.diags.Errorf(r.Pos, "“%s”的扣分规则没有写“方式”（按比例、按整点 或 按起点），不足一个单位时如何扣分必须写明", name)
		}
	case PerCase:
		l.positive(name, r, "每例扣", r.CaseAmount)
	case Proportional:
		l.positive(name, r, "目标", r.Target)
	}
}

func (l *linter) positive(name string, r *Rule, key string, v num.Dec) {
	if !v.IsPositive() {
		l.diags.Errorf(r.Pos, "“%s”的规则中“%s”应大于 0，实际为 %s", name, key, v)
	}
}

// ref checks that a value the rule reads exists and suits the rule kind.
func (l *linter) ref(name string, r *Rule, ref string) {
	if _, ok := num.Parse(ref); ok && r.Cond != nil {
		return // a literal number in a condition
	}
	switch k := l.refs.kind(ref); {
	case k == RefUnknown:
		l.diags.Errorf(r.Pos, "“%s”的规则读取“%s”，但它既不是指标值也不是数字型事实%s%s", name, ref, l.refs.hint(ref), l.packHint())
	case k == RefJudgment && !r.IsJudged():
		l.diags.Errorf(r.Pos, "“%s”的%s规则不能读取评定项“%s”：评定项只用于 是否、例数扣分、否决、评定", name, r.Kind, ref)
	case k != RefJudgment && r.IsJudged():
		l.diags.Errorf(r.Pos, "“%s”的%s规则应读取“评定.”下的项，实际为“%s”", name, r.Kind, ref)
	}
}

// packHint reminds that a rubric linted on its own knows only the common
// metrics and facts: a pack's own are declared in its pack.yaml.
func (l *linter) packHint() string {
	if len(l.r.Declared.Facts) > 0 || len(l.r.Declared.Metrics) > 0 {
		return ""
	}
	return "（如果它是模板包在 pack.yaml 中声明的，请用 jixiao lint --pack 模板包 检查）"
}
