package consistency

import (
	"jixiao/generator/num"
)

// capRules are the caps some provinces' 预算管理一体化 systems put on a
// project's self-score by its execution rate (another locality's rule, so
// only a warning here): 执行率 below Below caps the score at Cap.
var capRules = []struct{ below, cap string }{
	{"50", "59"}, {"60", "69"}, {"70", "79"}, {"80", "89"},
}

// projectScores warns when public projects score above what the unit's
// budget execution would allow under those caps.
func (c *checker) projectScores() {
	m := c.set.Get("预算执行率")
	list, ok := c.fact("公共项目")
	if m == nil || !m.OK || !ok || len(list.Items) == 0 {
		return
	}
	limit, found := num.Zero, false
	for _, r := range capRules {
		if m.Value.LessThan(num.MustParse(r.below)) {
			limit, found = num.MustParse(r.cap), true
			break
		}
	}
	if !found {
		return
	}
	above, sum := 0, num.Zero
	for _, it := range list.Items {
		if v := it.Get("自评分数"); v != nil && v.Present {
			sum = sum.Add(v.Num)
			if v.Num.GreaterThan(limit) {
				above++
			}
		}
	}
	if above > 0 {
		avg, _ := num.Quo(sum, num.Int(int64(len(list.Items))), 2)
		c.diags.Warnf(list.Pos, "预算执行率 %s，而 %d 个公共项目自评分高于 %s 分（平均 %s 分）；部分地区规定执行率低于 %s%% 的项目自评分不超过 %s 分，请核实自评分是否偏高",
			m.Display(), above, limit, num.Fixed(avg, 2), capBelow(limit), limit)
	}
}

func capBelow(limit num.Dec) string {
	for _, r := range capRules {
		if r.cap == limit.String() {
			return r.below
		}
	}
	return ""
}
