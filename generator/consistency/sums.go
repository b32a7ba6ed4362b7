package consistency

import (
	"fmt"
	"slices"
	"strings"

	"jixiao/generator/metrics"
	"jixiao/generator/num"
)

// subtotals compares every stated total (三公经费合计, 公务用车小计, 基本支出
// 合计, 项目支出合计) with the sum of its parts.
func (c *checker) subtotals() {
	for _, d := range metrics.TotalDefs() {
		stated, ok := c.fact(d.Stated)
		if !ok {
			continue
		}
		parts := c.expand(d.Parts)
		known, missing, sum := split(parts)
		if len(known) == 0 {
			continue
		}
		c.compareTotal(d, stated.Num, sum, known, missing)
	}
}

// compareTotal reports a stated total S that its parts contradict. In the
// 上年 columns a contradiction is a hint (lastYear).
func (c *checker) compareTotal(d metrics.TotalDef, s, sum num.Dec, known, missing []part) {
	head := fmt.Sprintf("%s列报%s，由分项计算为%s（%s", c.name(d.Stated), amount(s), amount(sum), partsText(known))
	if len(missing) > 0 {
		head += "；" + labels(missing) + "未填"
	}
	head += "）"
	contradict := func(msg string) {
		if lastYear(d.Stated) {
			c.diags.Warnf(c.pos(d.Stated), "%s；这是上年已上报的数字，请与上年的报告核对（与上年报告一致时可以保留）", msg)
			return
		}
		c.diags.Errorf(c.pos(d.Stated), "%s", msg)
	}
	switch {
	case len(missing) == 0 && !sum.Equal(s):
		contradict(head + "，两者不符")
	case len(missing) > 0 && sum.GreaterThan(s):
		contradict(head + "，已填分项之和已超过合计")
	case len(missing) > 0 && sum.LessThan(s):
		if bound, why, ok := c.parentBound(d); ok && s.GreaterThan(bound) {
			contradict(fmt.Sprintf("%s；而%s，小计不可能是%s", head, why, amount(s)))
			return
		}
		c.diags.Warnf(c.pos(d.Stated), "%s；若未填的分项确实为0，请填0，否则合计有误", head)
	}
}

// lastYear reports a figure of the 上年 columns: last year's own report
// stated it, and this year's file carries it as it was (init --from), so a
// disagreement in it is for the clerk to verify, not to block this year.
func lastYear(path string) bool {
	return strings.HasSuffix(path, ".上年预算") || strings.HasSuffix(path, ".上年决算")
}

// parentBound is the most a child total can be: its parent's stated total
// minus the known siblings.
func (c *checker) parentBound(child metrics.TotalDef) (num.Dec, string, bool) {
	for _, p := range metrics.TotalDefs() {
		if !slices.Contains(p.Parts, metrics.Prefix+child.Name) {
			continue
		}
		stated, ok := c.fact(p.Stated)
		if !ok {
			return num.Zero, "", false
		}
		bound, text := stated.Num, fmt.Sprintf("%s%s", c.name(p.Stated), amount(stated.Num))
		for _, ref := range p.Parts {
			if sib := c.checkValue(ref); ref != metrics.Prefix+child.Name && sib.known {
				bound = bound.Sub(sib.value)
				text += fmt.Sprintf("−%s%s", sib.label, amount(sib.value))
			}
		}
		return bound, text + "=" + amount(bound), true
	}
	return num.Zero, "", false
}

// expand reads the parts of a total; a list part ("a[].b") becomes one part
// per item, named after the item.
func (c *checker) expand(refs []string) []part {
	var out []part
	for _, ref := range refs {
		listPath, field, isList := strings.Cut(ref, "[].")
		if !isList {
			out = append(out, c.checkValue(ref))
			continue
		}
		lv, _ := c.fact(listPath)
		if lv == nil {
			continue
		}
		for _, it := range lv.Items {
			p := part{label: "“" + it.Get("名称").Str + "”"}
			if fv := it.Get(field); fv != nil && fv.Present {
				p.value, p.known = fv.Num, true
			}
			out = append(out, p)
		}
	}
	return out
}

func split(parts []part) (known, missing []part, sum num.Dec) {
	for _, p := range parts {
		if p.known {
			known = append(known, p)
			sum = sum.Add(p.value)
		} else {
			missing = append(missing, p)
		}
	}
	return known, missing, sum
}

func partsText(ps []part) string {
	items := make([]string, len(ps))
	for i, p := range ps {
		items[i] = p.label + amount(p.value)
	}
	return strings.Join(items, "+")
}

func labels(ps []part) string {
	items := make([]string, len(ps))
	for i, p := range ps {
		items[i] = p.label
	}
	return strings.Join(items, "、")
}
