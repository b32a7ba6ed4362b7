package consistency

import (
	"fmt"

	"jixiao/generator/num"
)

// The 口径 of 预算执行 says what 预算数 and 预算完成数 cover.
const (
	wholeDept   = "部门整体"
	projectOnly = "项目支出"
)

// executionBasis compares 预算数 and 预算完成数 with the 附件1-2 totals of
// their 口径: 部门整体 = 基本支出 + 项目支出, 项目支出 alone otherwise. A blank
// 口径 is read as 部门整体, the rubric's definition.
func (c *checker) executionBasis() {
	kind := wholeDept
	if k, ok := c.fact("预算执行.口径"); ok {
		kind = k.Str
	}
	if kind != wholeDept && kind != projectOnly {
		return
	}
	c.basisBudget(kind)
	c.basisDone(kind)
}

// basisBudget checks 预算数 against the 本年预算 of its 口径.
func (c *checker) basisBudget(kind string) {
	budget, ok := c.fact("预算执行.预算数")
	want, text, known := c.basisTotal(kind, "本年预算")
	if !ok || !known || budget.Num.Equal(want) {
		return
	}
	msg := fmt.Sprintf("%s%s与%s口径的本年预算（%s）不符", c.name("预算执行.预算数"), amount(budget.Num), kind, text)
	if proj := c.set.Totals["项目支出.本年预算"]; kind == wholeDept && proj != nil && proj.OK && budget.Num.Equal(proj.Value) {
		msg += "：预算数恰好等于项目支出本年预算，像是按项目支出口径填写的；请把预算数改为部门整体的" + amount(want) +
			"，或把预算执行率的口径写为“项目支出”"
		c.diags.Errorf(budget.Pos, "%s", msg)
		return
	}
	if first, okF := c.fact("预算执行.年初预算数"); okF && first.Num.Equal(want) {
		c.diags.Warnf(budget.Pos, "%s；该合计等于年初预算数%s，若附件1-2 的本年预算填的是年初数则无误，否则请核实（预算数应含年中追加）",
			msg, amount(first.Num))
		return
	}
	c.diags.Errorf(budget.Pos, "%s：预算数应为财政批复的本年预算及追加，与附件1-2 同口径的本年预算一致，请核实", msg)
}

// basisDone checks 预算完成数 against the 本年决算 of its 口径.
func (c *checker) basisDone(kind string) {
	done, ok := c.fact("预算执行.预算完成数")
	want, text, known := c.basisTotal(kind, "本年决算")
	if !ok || !known || done.Num.Equal(want) {
		return
	}
	c.diags.Errorf(done.Pos, "%s%s与%s口径的本年决算（%s）不符：完成数是本年实际支出，应与附件1-2 同口径的决算数一致，请核实",
		c.name("预算执行.预算完成数"), amount(done.Num), kind, text)
}

// basisTotal is the 附件1-2 total of a 口径 for one period, with its
// workings ("基本支出.合计.本年预算 2200.00 + 项目支出.合计.本年预算 4350.00
// = 6550.00"); known is false when a part is unknown.
func (c *checker) basisTotal(kind, period string) (num.Dec, string, bool) {
	rows := []string{"项目支出"}
	if kind == wholeDept {
		rows = []string{"基本支出", "项目支出"}
	}
	sum, text := num.Zero, ""
	for i, row := range rows {
		t := c.set.Totals[row+"."+period]
		if t == nil || !t.OK {
			return num.Zero, "", false
		}
		if i > 0 {
			text += "+"
		}
		text += c.totalText(row, period, t.Value, t.FromSum)
		sum = sum.Add(t.Value)
	}
	if len(rows) > 1 {
		text += "=" + amount(sum)
	}
	return sum, text, true
}

// totalText names a total as the forms do, noting when it was
// added up from the rows below because the total itself is blank.
func (c *checker) totalText(row, period string, v num.Dec, fromSum bool) string {
	key := row + ".合计." + period
	s := c.name(key) + amount(v)
	if stated, ok := c.fact(key); fromSum && !ok || ok && !stated.Num.Equal(v) {
		s += "（由分项相加）"
	}
	return s
}
