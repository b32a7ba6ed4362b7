package view

import (
	"strings"

	"jixiao/generator/evaluate"
	"jixiao/generator/metrics"
	"jixiao/generator/num"
	"jixiao/generator/tmpl"
)

// Reserved are the top-level names view adds beside the facts.
var Reserved = []string{"合计", "指标值", "指标算式", "评分", "三公经费明细", "问题", "上年", "本年", "已填写", "基础数据表"}

// Data returns the template data of res.
func Data(res *evaluate.Result) map[string]any {
	d := res.Facts.TemplateData()
	buildingRates(d)
	d["合计"] = totals(res)
	d["指标值"], d["指标算式"] = metricValues(res.Metrics)
	d["评分"] = scores(res.Report)
	d["三公经费明细"] = threePublicRows(res)
	d["问题"] = findings(res)
	d["已填写"] = given(res.Facts)
	d["基础数据表"] = formRows(res, d)
	if y, ok := res.Facts.Dec("年度"); ok {
		d["本年"], d["上年"] = y.String(), y.Sub(num.Int(1)).String()
	} else {
		d["本年"], d["上年"] = tmpl.Pending{Need: []string{"年度"}}, tmpl.Pending{Need: []string{"年度"}}
	}
	return d
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
			v = notApplicable(m)
		}
		values[name], calcs[name] = v, v
	}
	return values, calcs
}

// notApplicable is the stand-in of a metric with no value that misses no
// fact: not applicable, or uncomputable with what is 0 and what is not.
func notApplicable(m *metrics.Metric) tmpl.NotApplicable {
	if m.Uncomputable() {
		return tmpl.NotApplicable{Why: m.ZeroCase(), Uncomputable: true}
	}
	return tmpl.NotApplicable{Why: m.Why()}
}

// threePublicRows are the lines of the report's “三公”经费 paragraph, with
// the figures as 附件1-2 prints them (stated first, see totals) and the
// unit's notes on the row and its parts (说明, one text; "" when none).
func threePublicRows(res *evaluate.Result) []any {
	rows := []struct {
		name, ref string
		notes     []string
	}{
		{"因公出国（境）费", "三公经费.因公出国", []string{"因公出国"}},
		{"公务用车购置及运行维护费", "合计.公务用车购置和运行维护费", []string{"公务用车购置和运行维护费", "公车购置", "公车运行维护"}},
		{"公务接待费", "三公经费.公务接待", []string{"公务接待"}},
	}
	out := make([]any, 0, len(rows))
	for _, r := range rows {
		budget, actual := stated(res, r.ref+".本年预算"), stated(res, r.ref+".本年决算")
		row := map[string]any{"名称": r.name, "预算": budget, "决算": actual, "占预算": "", "超预算": false,
			"说明": notes(res, r.notes)}
		b, bok := budget.(num.Dec)
		a, aok := actual.(num.Dec)
		if bok && aok && b.IsPositive() {
			row["占预算"], _ = num.Percent(a, b, 2)
			row["超预算"] = a.GreaterThan(b)
		}
		out = append(out, row)
	}
	return out
}

// notes joins the 说明 of the given rows of 三公经费 that the unit wrote,
// one paragraph per line.
func notes(res *evaluate.Result, rows []string) string {
	var out []string
	for _, r := range rows {
		if s := strings.TrimSpace(res.Facts.Text("三公经费." + r + ".说明")); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, "\n")
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
