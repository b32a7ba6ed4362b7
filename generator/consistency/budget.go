package consistency

import "jixiao/generator/facts"

// budgetRows are the rows whose 本年决算 should not exceed 本年预算. The
// 三公 total, 公用经费 and 政府采购 are covered by their rates (控制率,
// 执行率), which `check` reports when above 100%.
var budgetRows = []string{
	"三公经费.公务用车购置和运行维护费", "三公经费.公车购置", "三公经费.公车运行维护",
	"三公经费.因公出国", "三公经费.公务接待", "基本支出.人员经费",
}

// overBudget warns about spending above its budget, row by row, and about
// 三公经费 above last year's final account (the rubric: 不超上年决算).
func (c *checker) overBudget() {
	for _, row := range budgetRows {
		c.overRow(row)
	}
	for _, list := range []string{"基本支出.公用经费其中", "项目支出.分类"} {
		rows, _ := c.fact(list)
		for _, it := range items(rows) {
			c.overItem(c.row(list)+"“"+it.Get("名称").Str+"”", it.Get("本年预算"), it.Get("本年决算"))
		}
	}
	c.threePublicVsLastYear()
}

func (c *checker) overRow(path string) {
	b, _ := c.fact(path + ".本年预算")
	a, _ := c.fact(path + ".本年决算")
	c.overItem(c.row(path+".本年决算"), b, a)
}

// overItem warns when actual exceeds budget, both given.
func (c *checker) overItem(name string, budget, actual *facts.Value) {
	if budget == nil || actual == nil || !budget.Present || !actual.Present {
		return
	}
	if actual.Num.GreaterThan(budget.Num) {
		c.diags.Warnf(actual.Pos, "%s%s%s，超过%s%s，报告应说明原因", name, c.column("三公经费.合计.本年决算"), amount(actual.Num),
			c.column("三公经费.合计.本年预算"), amount(budget.Num))
	}
}

func (c *checker) threePublicVsLastYear() {
	now, last := c.set.Totals["三公经费.本年决算"], c.set.Totals["三公经费.上年决算"]
	if now == nil || last == nil || !now.OK || !last.OK || !now.Value.GreaterThan(last.Value) {
		return
	}
	c.diags.Warnf(c.pos("三公经费.合计.本年决算"), "“三公经费”%s%s，超过%s%s（评分要点：不超上年决算）",
		c.column("三公经费.合计.本年决算"), amount(now.Value), c.column("三公经费.合计.上年决算"), amount(last.Value))
}
