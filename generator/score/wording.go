package score

import (
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// wording is the one place where reasons become words: facts by their names
// on the forms, formulas in the form's notation (“（1802−722）÷722×100%=
// 149.58%”), amounts and rates as prose writes them, the unit's own 依据. It
// gives each reason in full (评分说明) and in brief (the report's narrative).
type wording struct {
	set *metrics.Set
}

// full is the whole reason of a part.
func (w wording) full(p *Part) string {
	switch r := p.why.(type) {
	case bandReason:
		return w.statement(r.in) + "，" + bandWords(r.band.Interval, r.in) + "，" + scored(p.Score)
	case deductionReason:
		return w.deductionFull(p, r)
	case passFailReason:
		return verdictWord(r.ok) + quoted(r.basis) + "，" + scored(p.Score)
	case conditionReason:
		return conditionWords(r) + "，" + scored(p.Score)
	case casesReason:
		return casesFull(p, r)
	case assessedReason:
		return "评定" + pts(r.score) + "分" + quoted(r.basis)
	case proportionalReason:
		return w.proportionalFull(p, r)
	case zeroReason:
		return zeroFull(p, r)
	case notApplicableReason:
		return r.in.Metric.Why() + "，按满分计" + pts(p.Points) + "分"
	case pendingReason:
		return pendingFull(r)
	}
	return ""
}

// brief is the short reason of a part: the figure and the verdict.
func (w wording) brief(p *Part) string {
	switch r := p.why.(type) {
	case bandReason:
		return valueText(r.in) + "，" + bandWords(r.band.Interval, r.in) + "，" + scored(p.Score)
	case deductionReason:
		return deductionBrief(p, r)
	case passFailReason:
		return verdictWord(r.ok) + "，" + scored(p.Score)
	case conditionReason:
		return conditionWords(r) + "，" + scored(p.Score)
	case casesReason:
		return casesBrief(p, r)
	case assessedReason:
		return "评定" + pts(r.score) + "分"
	case proportionalReason:
		return valueText(r.in) + "，" + scored(p.Score)
	case zeroReason:
		return zeroBrief(p, r)
	case notApplicableReason:
		return "不适用，按满分计" + pts(p.Points) + "分"
	}
	return "待评"
}

// indicator joins the full reasons of the parts: “①名称：…；②名称：…”.
func (w wording) indicator(res *Result) string {
	if len(res.Indicator.Subs) == 0 {
		return res.Parts[0].Reason
	}
	items := make([]string, len(res.Parts))
	for i, p := range res.Parts {
		items[i] = rubric.Ordinal(i) + p.Name + "：" + p.Reason
	}
	s := strings.Join(items, "；")
	if res.Status == Judged && res.Score.IsZero() && vetoed(res) {
		s += "。发现否决情形，本指标" + pts(res.Points) + "分全部扣除，得0分"
	}
	return s
}

// indicatorBrief says the indicator's result in one clause for the report:
// the parts that lost points (or all is well), and the score.
func (w wording) indicatorBrief(res *Result) string {
	switch {
	case len(res.Indicator.Subs) == 0:
		return res.Parts[0].Brief
	case vetoed(res):
		return "发现否决情形，本指标得0分"
	case res.Status == Pending:
		return "待评"
	}
	var lost []string
	for i, p := range res.Parts {
		if p.Score.LessThan(p.Points) {
			lost = append(lost, rubric.Ordinal(i)+p.Name+"："+p.Brief)
		}
	}
	if len(lost) == 0 {
		return "各项均达到评分标准，" + scored(res.Score)
	}
	s := strings.Join(lost, "；")
	if len(lost) < len(res.Parts) {
		s += "；其余各项计满分"
	}
	return s + "；本指标" + scored(res.Score)
}

func vetoed(res *Result) bool {
	for _, p := range res.Parts {
		if p.Vetoed {
			return true
		}
	}
	return false
}

// statement is a reading with how it was obtained: a metric's computation
// (“在职人员控制率=47÷51×100%=92.16%”), a fact's or a counted metric's name
// and value (“个性指标中量化指标个数6个”).
func (w wording) statement(rd reading) string {
	if rd.Metric != nil && rd.Metric.Compound() {
		return rd.Metric.Formula()
	}
	return valueText(rd)
}

// valueText is a reading's name and value: “在职人员控制率92.16%”.
func valueText(rd reading) string { return rd.Label + show(rd, rd.Value) }

// show prints a value of the reading's kind: “92.16%”, “612.54万元”, “12人”.
func show(rd reading, d num.Dec) string {
	switch {
	case rd.isRate():
		return metrics.Signed(num.ProsePct(d))
	case rd.Kind == facts.Money:
		return num.ProseWan(d)
	}
	return metrics.Signed(num.Plain(d)) + rd.Unit
}

// target prints a target of a rate or count: “100%”, “0”, “3个”.
func target(rd reading, t num.Dec) string {
	if rd.isRate() && t.IsZero() {
		return "0"
	}
	return show(rd, t)
}

// scored is “计2分”.
func scored(d num.Dec) string { return "计" + pts(d) + "分" }

// pts prints points: 2, 1.5, 0.75.
func pts(d num.Dec) string { return num.Plain(d) }

func verdictWord(ok bool) string {
	if ok {
		return "符合"
	}
	return "不符合"
}

// quoted puts the unit's own 依据 in parentheses, without the prefixes
// (“报告：”, “依据：”) a clerk may have copied from elsewhere.
func quoted(basis string) string {
	basis = StripPrefixes(basis)
	if basis == "" {
		return ""
	}
	return "（" + basis + "）"
}

// prefixes are labels a 依据 may start with that the reason must not repeat.
var prefixes = []string{"报告：", "报告:", "依据：", "依据:", "理由：", "理由:"}

// StripPrefixes removes leading labels such as “报告：” from a 依据.
func StripPrefixes(s string) string {
	s = strings.TrimSpace(s)
	for again := true; again; {
		again = false
		for _, p := range prefixes {
			if rest, ok := strings.CutPrefix(s, p); ok {
				s, again = strings.TrimSpace(rest), true
			}
		}
	}
	return s
}
