package consistency

// statedTwice compares figures the package states in two places: the budget
// adjustment of 附件1-2 and the one the report's text gives. When the
// report's figure is exactly 预算数 − 预算完成数, it was back-solved from the
// spending, which the finding says.
func (c *checker) statedTwice() {
	table, okT := c.fact("预算调整.调整数")
	report, okR := c.fact("预算调整.报告调整数")
	if !okT || !okR || table.Num.Equal(report.Num) {
		return
	}
	msg := "预算调整数两处不一致：附件1-2为" + amount(table.Num) + "，报告正文为" + amount(report.Num)
	budget, okB := c.fact("预算执行.预算数")
	done, okD := c.fact("预算执行.预算完成数")
	if okB && okD && budget.Num.Sub(done.Num).Equal(report.Num) {
		msg += "；报告数恰好等于预算数" + amount(budget.Num) + "−预算完成数" + amount(done.Num) + "=" + amount(report.Num) +
			"，像是由完成数倒推出来的。预算调整率按附件1-2的" + amount(table.Num) + "计算，请核实后统一"
	}
	c.diags.Errorf(report.Pos, "%s", msg)
}

// basis says on which basis 预算执行率 is computed when the unit declared
// 项目支出: the rubric defines it on the whole department's budget, and a
// project-only basis leaves 基本支出 out.
func (c *checker) basis() {
	kind, ok := c.fact("预算执行.口径")
	if !ok || kind.Str != "项目支出" {
		return
	}
	msg := "预算执行率按项目支出口径计算（预算数口径：项目支出），未含基本支出"
	if b, okB := c.set.Totals["基本支出.本年决算"]; okB && b.OK {
		msg += amount(b.Value)
	}
	budget, okBudget := c.fact("预算执行.预算数")
	proj := c.set.Totals["项目支出.本年预算"]
	if okBudget && proj != nil && proj.OK && !budget.Num.Equal(proj.Value) {
		msg += "；且预算数" + amount(budget.Num) + "与项目支出" + c.column("项目支出.合计.本年预算") + amount(proj.Value) + "不同"
	}
	c.diags.Warnf(kind.Pos, "%s。评分要点定义的预算数是部门整体的批复预算及追加", msg)
}
