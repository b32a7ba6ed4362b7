package consistency

import (
	"strings"

	"jixiao/generator/metrics"
	"jixiao/generator/num"
)

// ranges warns about every metric outside its plausible range and every
// metric that cannot be computed because its denominator is 0.
func (c *checker) ranges() {
	for _, name := range c.set.Order {
		m := c.set.Metrics[name]
		d := m.Def
		switch {
		case len(m.Num) == 0 || m.ZeroDen && len(m.Den) == 0: // a formula of numbers alone: nothing to place
			continue
		case m.ZeroDen && !m.NumZero: // 0 ÷ 0 is nothing at all, which the rubric scores
			c.diags.Warnf(c.pos(m.Den[0].Ref), "%s为0，而%s不为0，无法计算%s：请核实", names(m.Den, nil), names(m.Num, m.Den), m.Label())
		case !m.OK || d.High == "" || !m.IsRate():
			continue
		case m.Value.GreaterThan(num.MustParse(d.High)):
			c.diags.Warnf(c.pos(m.Num[0].Ref), "%s，超过%s%%：%s", m.Formula(), d.High, note(d.RangeNote))
		case m.Value.LessThan(num.MustParse(d.Low)):
			c.diags.Warnf(c.pos(m.Num[0].Ref), "%s，低于%s%%", m.Formula(), d.Low)
		}
	}
}

func note(s string) string {
	if s == "" {
		return "请核实"
	}
	return s
}

// names joins the clerk's names of amounts, leaving out those in but.
func names(as, but []metrics.Amount) string {
	ns := make([]string, 0, len(as))
	for _, a := range as {
		if !holds(but, a.Ref) {
			ns = append(ns, a.Name)
		}
	}
	return strings.Join(ns, "、")
}

func holds(as []metrics.Amount, ref string) bool {
	for _, a := range as {
		if a.Ref == ref {
			return true
		}
	}
	return false
}
