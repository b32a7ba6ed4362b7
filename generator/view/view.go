package view

import (
	"strings"

	"jixiao/generator/evaluate"
	"jixiao/generator/metrics"
	"jixiao/generator/num"
	"jixiao/generator/tmpl"
)

// Reserved are the top-level names view adds beside the facts.
var Reserved = []string{"合计", "指标值", "指标算式", "评分", "三公经费明细", "问题", "上年", "本年", "已填写"}

// Data returns the template data of res.
func Data(res *evaluate.Result) map[string]any {
	d := res.Facts.TemplateData()
	buildingRates(d)
	d["合计"] = totals(res.Metrics)
	d["指标值"], d["指标算式"] = metricValues(res.Metrics)
	d["评分"] = scores(res.Report)
	d["三公经费明细"] = threePublicRows(res.Metrics)
	d["问题"] = findings(res)
	d["已填写"] = given(res.Facts)
	if y, ok := res.Facts.Dec("年度"); ok {
		d["本年"], d["上年"] = y.String(), y.Sub(num.Int(1)).String()
	} else {
		d["本年"], d["上年"] = tmpl.Pending{Need: []string{"年度"}}, tmpl.Pending{Need: []string{"年度"}}
	}
	return d
}

// totals gives 合计.<row>.<period> for every recomputed total.
func totals(set *metrics.Set) map[string]any {
	out := map[string]any{}
	for _, def := range metrics.TotalDefs() {
		row, period, _ := strings.Cut(def.Name, ".")
		m, ok := out[row].(map[string]any)
		if !ok {
			m = map[string]any{}
			out[row] = m
		}
		t := set.Totals[def.Name]
		if t.OK {
			m[period] = t.Value
		} else {
			m[period] = tmpl.Pending{Need: set.NamesOf(t.Missing)}
		}
	}
	return out
}

// metricValues gives each metric's displayed value (a decimal: percent
// units for rates) and its computation text; a metric that misses facts is
// Pending (naming them), one with a zero denominator or nothing to measure
// is NotApplicable.
func metricValues(set *metrics.Set) (map[string]any, map[string]any) {
	values, calcs := map[string]any{}, map[string]any{}
	for _, name := range set.Order {
		m := set.Metrics[name]
		var v any
		switch {
		case m.OK:
			values[name], calcs[name] = m.Value, m.Calc()
			continue
		case len(m.Missing) > 0:
			v = tmpl.Pending{Need: set.NamesOf(m.Missing)}
		default:
			v = tmpl.NotApplicable{Why: m.Why()}
		}
		values[name], calcs[name] = v, v
	}
	return values, calcs
}

// threePublicRows are the lines of the report's “三公”经费 paragraph.
func threePublicRows(set *metrics.Set) []any {
	rows := []struct{ name, ref string }{
		{"因公出国（境）费", "三公经费.因公出国"},
		{"公务用车购置及运行维护费", "合计.公务用车购置和运行维护费"},
		{"公务接待费", "三公经费.公务接待"},
	}
	out := make([]any, 0, len(rows))
	for _, r := range rows {
		budget, actual := set.Resolve(r.ref+".本年预算"), set.Resolve(r.ref+".本年决算")
		row := map[string]any{"名称": r.name, "预算": amount(set, budget), "决算": amount(set, actual), "占预算": "", "超预算": false}
		if budget.OK && actual.OK && budget.Value.IsPositive() {
			row["占预算"], _ = num.Percent(actual.Value, budget.Value, 2)
			row["超预算"] = actual.Value.GreaterThan(budget.Value)
		}
		out = append(out, row)
	}
	return out
}

func amount(set *metrics.Set, a metrics.Amount) any {
	if a.OK {
		return a.Value
	}
	return tmpl.Pending{Need: set.NamesOf(a.Missing)}
}

func findings(res *evaluate.Result) []any {
	out := make([]any, 0, len(res.Findings))
	for _, f := range res.Findings {
		out = append(out, map[string]any{"级别": f.Severity.String(), "位置": f.Pos.String(), "说明": f.Msg})
	}
	return out
}
