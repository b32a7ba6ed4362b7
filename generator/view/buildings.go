package view

import (
	"jixiao/generator/num"
	"jixiao/generator/tmpl"
)

// buildingRates gives each 楼堂馆所 item of the facts data d its two rates
// of 附件1-2: 规模控制率 (实际规模 ÷ 批复规模) and 投资概算控制率 (实际投资 ÷
// 预算投资), in percent units rounded half-up to two decimals as every
// metric is. A rate that cannot be computed is Pending, naming what is
// missing or the zero denominator.
func buildingRates(d map[string]any) {
	items, _ := d["楼堂馆所"].([]any)
	for _, it := range items {
		if m, ok := it.(map[string]any); ok {
			m["规模控制率"] = itemRate(m, "实际规模", "批复规模")
			m["投资概算控制率"] = itemRate(m, "实际投资", "预算投资")
		}
	}
}

// itemRate is m[part] ÷ m[whole] × 100, exactly, rounded to two decimals.
func itemRate(m map[string]any, part, whole string) any {
	var need []string
	ds := make([]num.Dec, 2)
	for i, key := range []string{part, whole} {
		d, p, err := tmpl.ToDec(m[key])
		switch {
		case p != nil:
			need = append(need, p.Need...)
		case err != nil:
			need = append(need, "楼堂馆所."+key)
		}
		ds[i] = d
	}
	if len(need) > 0 {
		return tmpl.Pending{Need: need}
	}
	if q, ok := num.Percent(ds[0], ds[1], 2); ok {
		return q
	}
	return tmpl.NotApplicable{Why: whole + "为0"}
}
