package consistency

import (
	"fmt"

	"jixiao/generator/facts"
	"jixiao/generator/num"
)

// Amounts are in 万元. One typed in 元 is 10000 times too large, which two
// rules catch with few false alarms:
//
//   - a part larger than the whole: a row of 三公经费, 基本支出 or 项目支出
//     larger than the unit's entire spending of the same column (基本支出 +
//     项目支出), which no real row can be;
//   - a jump of 10000 times or more within one row: the four columns of a
//     row (上年预算 … 本年决算) are the same thing in neighbouring years, and
//     budgets do not change ten-thousandfold from one year to the next (so
//     too 年初预算数, 预算数 and 预算完成数).
//
// A cumulative quarterly figure of 预算执行 larger than the year's 预算数 is
// reported likewise.
//
// Zeros and blanks are left out; each amount is reported once.
var (
	tenThousand = num.Int(10000)

	// rowsOfWhole are the period rows that are part of the unit's spending.
	rowsOfWhole = []string{
		"三公经费.合计", "三公经费.公务用车购置和运行维护费", "三公经费.公车购置", "三公经费.公车运行维护",
		"三公经费.因公出国", "三公经费.公务接待", "基本支出.人员经费", "基本支出.公用经费",
	}
	// listsOfWhole are the lists of named period rows that are part of it.
	listsOfWhole = []string{"基本支出.公用经费其中", "项目支出.分类"}
	// otherRows are period rows compared only within themselves.
	otherRows = []string{"基本支出.合计", "项目支出.合计", "政府采购"}
)

// namedAmount is a present, non-zero amount and how to name it.
type namedAmount struct {
	v    *facts.Value
	name string
}

// magnitudes applies both rules to every amount row.
func (c *checker) magnitudes() {
	seen := map[*facts.Value]bool{}
	for _, row := range c.amountRows() {
		if row.part {
			for _, a := range row.amounts {
				c.largerThanWhole(a, seen)
			}
		}
		c.jumpInRow(row.amounts, "同一行的金额", seen)
	}
	c.jumpInRow(c.executionAmounts(), "年初预算数、预算数和预算完成数", seen)
	c.quarterAmounts(seen)
}

// amountRow is one row of period amounts; part says it is part of the
// unit's spending.
type amountRow struct {
	amounts []namedAmount
	part    bool
}

func (c *checker) amountRows() []amountRow {
	var rows []amountRow
	add := func(v *facts.Value, name func(period string) string, part bool) {
		var as []namedAmount
		for _, p := range facts.Periods {
			if a := v.Get(p); a != nil && a.Present && !a.Num.IsZero() {
				as = append(as, namedAmount{a, name(p)})
			}
		}
		rows = append(rows, amountRow{as, part})
	}
	for _, path := range rowsOfWhole {
		add(c.set.Facts.Get(path), c.periodName(path), true)
	}
	for _, path := range otherRows {
		add(c.set.Facts.Get(path), c.periodName(path), false)
	}
	for _, path := range listsOfWhole {
		list, _ := c.fact(path)
		for _, it := range items(list) {
			add(it, c.itemPeriodName(path, it.Get("名称").Str), true)
		}
	}
	return rows
}

// executionAmounts are the yearly figures of 预算执行, all of the order of
// the unit's budget (the quarterly ones may rightly be small: see
// quarterAmounts).
func (c *checker) executionAmounts() []namedAmount {
	var as []namedAmount
	for _, p := range []string{"预算执行.年初预算数", "预算执行.预算数", "预算执行.预算完成数"} {
		if v, ok := c.fact(p); ok && !v.Num.IsZero() {
			as = append(as, namedAmount{v, c.name(p)})
		}
	}
	return as
}

// quarterAmounts reports a cumulative quarterly figure larger than the
// year's 预算数: the spending and the issued budget up to a quarter's end
// cannot exceed what was approved for the whole year.
func (c *checker) quarterAmounts(seen map[*facts.Value]bool) {
	budget, ok := c.fact("预算执行.预算数")
	if !ok || seen[budget] {
		return
	}
	for _, q := range []string{"一季度", "二季度", "三季度"} {
		for _, f := range []string{"序时执行数", "序时指标下达数"} {
			path := "预算执行.序时进度." + q + "." + f
			if v, ok := c.fact(path); ok && v.Num.GreaterThan(budget.Num) {
				seen[v] = true
				c.diags.Errorf(v.Pos, "%s%s大于全年的%s%s：截至季度末的累计数不会超过全年预算%s",
					c.name(path), amount(v.Num), c.name("预算执行.预算数"), amount(budget.Num), yuanHint(v.Num))
			}
		}
	}
}

// largerThanWhole reports a part larger than the unit's whole spending of
// its column.
func (c *checker) largerThanWhole(a namedAmount, seen map[*facts.Value]bool) {
	whole, text, ok := c.basisTotal(wholeDept, a.v.Field.Key)
	if !ok || !a.v.Num.GreaterThan(whole) {
		return
	}
	seen[a.v] = true
	c.diags.Errorf(a.v.Pos, "%s%s大于本单位同期的全部支出（%s）%s", a.name, amount(a.v.Num), text, yuanHint(a.v.Num))
}

// jumpInRow reports the amounts of a row (or group, named what) that are
// 10000 times or more another of the same row.
func (c *checker) jumpInRow(as []namedAmount, what string, seen map[*facts.Value]bool) {
	if len(as) < 2 {
		return
	}
	least := as[0]
	for _, a := range as[1:] {
		if a.v.Num.LessThan(least.v.Num) {
			least = a
		}
	}
	for _, a := range as {
		if seen[a.v] || a.v.Num.LessThan(least.v.Num.Mul(tenThousand)) {
			continue
		}
		seen[a.v] = true
		ratio, _ := num.Quo(a.v.Num, least.v.Num, 0)
		c.diags.Errorf(a.v.Pos, "%s%s是%s%s的%s倍：%s相差一万倍以上，像是有的按元、有的按万元填写%s",
			a.name, amount(a.v.Num), least.name, amount(least.v.Num), ratio, what, yuanHint(a.v.Num))
	}
}

// yuanHint says what an amount typed in 元 should read in 万元.
func yuanHint(v num.Dec) string {
	wanOf, _ := num.Quo(v, tenThousand, 2)
	return fmt.Sprintf("；金额一律以万元为单位，若%s是按元填写的，应写成%s", num.Plain(v), num.Short(wanOf, 2))
}

// periodName names the columns of the row at path as the forms do:
// “公务接待2023年预算数”.
func (c *checker) periodName(path string) func(period string) string {
	return func(period string) string { return c.name(path + "." + period) }
}

// itemPeriodName names the columns of a named item of the list at path:
// “公用经费其中“办公经费”2023年预算数”.
func (c *checker) itemPeriodName(path, item string) func(period string) string {
	return func(period string) string {
		row, column := c.set.Names.Row(c.set.Facts.Schema, path+"."+period)
		return row + "“" + item + "”" + column
	}
}
