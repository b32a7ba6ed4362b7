package consistency

// countRules are pairs of counts where the first cannot exceed the second.
var countRules = []struct{ part, whole, why string }{
	{"职责履行.及时完成数", "职责履行.实际完成数", "及时完成的工作应包含在实际完成的工作中"},
	{"职责履行.质量达标数", "职责履行.实际完成数", "质量达标的工作应包含在实际完成的工作中"},
}

// counts checks counts that must nest, and the satisfaction survey.
func (c *checker) counts() {
	for _, r := range countRules {
		p, okP := c.fact(r.part)
		w, okW := c.fact(r.whole)
		if okP && okW && p.Num.GreaterThan(w.Num) {
			c.diags.Errorf(p.Pos, "%s%s项，大于%s%s项：%s", c.name(r.part), p.Num, c.name(r.whole), w.Num, r.why)
		}
	}
	n, okN := c.fact("满意度.有效样本数")
	a, okA := c.fact("满意度.满意数")
	b, okB := c.fact("满意度.基本满意数")
	if okN && okA && okB && a.Num.Add(b.Num).GreaterThan(n.Num) {
		c.diags.Errorf(a.Pos, "满意数%s份+基本满意数%s份=%s份，超过有效样本数%s份", a.Num, b.Num, a.Num.Add(b.Num), n.Num)
	}
}
