package consistency

import (
	"jixiao/generator/num"
)

// ranges warns about every metric outside its plausible range and every
// metric that cannot be computed because its denominator is 0.
func (c *checker) ranges() {
	for _, name := range c.set.Order {
		m := c.set.Metrics[name]
		d := m.Def
		switch {
		case m.ZeroDen:
			c.diags.Warnf(c.pos(m.Den[0].Ref), "%s无法计算：%s", name, m.Why())
		case !m.OK || d.High == "" || !m.IsRate():
			continue
		case m.Value.GreaterThan(num.MustParse(d.High)):
			c.diags.Warnf(c.pos(m.Num[0].Ref), "%s = %s，超过 %s%%：%s", name, m.Calc(), d.High, note(d.RangeNote))
		case m.Value.LessThan(num.MustParse(d.Low)):
			c.diags.Warnf(c.pos(m.Num[0].Ref), "%s = %s，低于 %s%%", name, m.Calc(), d.Low)
		}
	}
}

func note(s string) string {
	if s == "" {
		return "请核实"
	}
	return s
}
