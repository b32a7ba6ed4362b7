package consistency

// quarters checks that the cumulative figures of the 支付序时进度 (each is
// “截至季度末”) do not go down from one quarter to the next.
func (c *checker) quarters() {
	qs := []string{"一季度", "二季度", "三季度"}
	for _, field := range []string{"序时执行数", "序时指标下达数"} {
		for i := 1; i < len(qs); i++ {
			prev, okP := c.fact("预算执行.序时进度." + qs[i-1] + "." + field)
			cur, okC := c.fact("预算执行.序时进度." + qs[i] + "." + field)
			if okP && okC && cur.Num.LessThan(prev.Num) {
				c.diags.Errorf(cur.Pos, "%s末%s%s小于%s末的%s：%s是截至季度末的累计数，只增不减；请核实是否填成了单季数",
					qs[i], field, amount(cur.Num), qs[i-1], amount(prev.Num), field)
			}
		}
	}
}
