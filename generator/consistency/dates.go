package consistency

import (
	"fmt"
	"strconv"
)

// reportDate hints at a 成文日期 that falls inside the evaluated year: a
// self-evaluation of a year is written after it ends, so such a date is
// usually last year's date carried over or a typing slip.
func (c *checker) reportDate() {
	d, okD := c.fact("报告日期")
	y, okY := c.fact("年度")
	if !okD || !okY || !y.Num.IsInteger() {
		return
	}
	end := fmt.Sprintf("%s-12-31", y.Num.String())
	if d.Str <= end {
		c.diags.Warnf(d.Pos, "成文日期%s不在%s年度结束之后：自评报告在年度结束后成文，请核实报告日期",
			chineseDay(d.Str), y.Num.String())
	}
}

// chineseDay writes a normalised 2024-03-20 as 2024年3月20日.
func chineseDay(s string) string {
	if len(s) != len("2006-01-02") {
		return s
	}
	return fmt.Sprintf("%s年%d月%d日", s[:4], atoi(s[5:7]), atoi(s[8:10]))
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
