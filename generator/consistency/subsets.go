package consistency

import (
	"jixiao/generator/facts"
	"jixiao/generator/num"
)

// subsets checks the “其中” rows of 公用经费 (each, and together, no larger
// than 公用经费) and the report's breakdown of 项目支出 (it must add up to
// 项目支出 of the year).
func (c *checker) subsets() {
	for _, p := range facts.Periods {
		parent, ok := c.fact("基本支出.公用经费." + p)
		if !ok {
			continue
		}
		sum := num.Zero
		rows, _ := c.fact("基本支出.公用经费其中")
		for _, it := range items(rows) {
			if v := it.Get(p); v != nil && v.Present {
				sum = sum.Add(v.Num)
				if v.Num.GreaterThan(parent.Num) {
					c.diags.Errorf(v.Pos, "其中“%s”%s%s，大于公用经费%s", it.Get("名称").Str, c.column(parent.Path), amount(v.Num), amount(parent.Num))
				}
			}
		}
		if sum.GreaterThan(parent.Num) {
			c.diags.Errorf(parent.Pos, "公用经费的“其中”各行%s合计%s，大于公用经费%s", c.column(parent.Path), amount(sum), amount(parent.Num))
		}
	}
	c.breakdown()
}

// breakdown compares the report's 用途分项 with 项目支出 of the year.
func (c *checker) breakdown() {
	rows, ok := c.fact("项目支出.用途分项")
	if !ok || len(rows.Items) == 0 {
		return
	}
	sum, text := num.Zero, ""
	for i, it := range rows.Items {
		if v := it.Get("金额"); v != nil && v.Present {
			sum = sum.Add(v.Num)
			if i > 0 {
				text += "+"
			}
			text += amount(v.Num)
		}
	}
	total := c.set.Totals["项目支出.本年决算"]
	if total != nil && total.OK && !total.Value.Equal(sum) {
		c.diags.Errorf(rows.Pos, "项目支出用途分项合计%s=%s，与项目支出%s%s不符", text, amount(sum), c.column("项目支出.合计.本年决算"), amount(total.Value))
	}
}

func items(v *facts.Value) []*facts.Value {
	if v == nil {
		return nil
	}
	return v.Items
}
