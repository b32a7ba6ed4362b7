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

// brief is the short reason of a part: its grounds and its score clause.
func (w wording) brief(p *Part) string { return joinClauses(w.briefClauses(p)) }

// briefClauses splits a part's short reason into its grounds (the figure and
// the verdict: “三公经费”变动率−6.82%，不超过0) and its score clause (计3分),
// so the report can say the score once in its own words.
func (w wording) briefClauses(p *Part) (grounds, tail string) {
	switch r := p.why.(type) {
	case bandReason:
		return valueText(r.in) + "，" + bandWords(r.band.Interval, r.in), scored(p.Score)
	case deductionReason:
		return deductionBrief(p, r)
	case passFailReason:
		return verdictWord(r.ok), scored(p.Score)
	case conditionReason:
		return conditionWords(r), scored(p.Score)
	case casesReason:
		return casesBrief(p, r)
	case assessedReason:
		return StripPrefixes(oneLine(r.basis)), "评定" + pts(r.score) + "分"
	case proportionalReason:
		return proportionalBrief(p, r)
	case zeroReason:
		return zeroBrief(p, r)
	case notApplicableReason:
		return r.in.Metric.Why(), notApplicableTail(p)
	case pendingReason:
		return pendingGrounds(r), "待评"
	}
	return "", "待评"
}

// joinClauses joins grounds and a score clause with a comma.
func joinClauses(grounds, tail string) string {
	if grounds == "" {
		return tail
	}
	return grounds + "，" + tail
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
	g := w.indicatorGrounds(res)
	switch {
	case len(res.Indicator.Subs) == 0:
		return res.Parts[0].Brief
	case vetoed(res):
		return g + "，本指标得0分"
	case res.Status == Pending && allPending(res):
		return g + "，待评"
	case res.Status == Pending:
		return g + "；本指标待评"
	case allFull(res):
		return g + "，" + scored(res.Score)
	}
	return g + "；本指标" + scored(res.Score)
}

// indicatorGrounds is what justifies an indicator's score, without the
// score: a single part's grounds; for parts, those that lost points or
// wait, and whether the others scored in full.
func (w wording) indicatorGrounds(res *Result) string {
	switch {
	case len(res.Indicator.Subs) == 0:
		g, _ := w.briefClauses(res.Parts[0])
		return g
	case vetoed(res):
		return "发现否决情形"
	case allPending(res) && allMissing(res):
		return missingWords
	case allFull(res):
		return "各项均达到评分标准"
	}
	var items, waiting []string
	for i, p := range res.Parts {
		r, pending := p.why.(pendingReason)
		switch {
		case pending && len(r.where) > 0:
			waiting = append(waiting, rubric.Ordinal(i)+p.Name)
		case p.Status == Pending:
			items = append(items, rubric.Ordinal(i)+p.Name+"："+pendingGrounds(p.why.(pendingReason)))
		case p.Score.LessThan(p.Points):
			items = append(items, rubric.Ordinal(i)+named(p.Name, p.Brief))
		}
	}
	if len(waiting) > 0 {
		items = append(items, strings.Join(waiting, "、")+missingWords)
	}
	if len(items)+len(waiting)-min(len(waiting), 1) < len(res.Parts) {
		items = append(items, "其余各项计满分")
	}
	return strings.Join(items, "；")
}

// verdict is the report's sentence on an indicator: what justifies the
// score, then the score, said once (“按评分标准，“三公经费”变动率−6.82%，
// 不超过0，本项得3分”); what was scored and what waits while it is 待评.
func (w wording) verdict(res *Result) string {
	g := w.indicatorGrounds(res)
	single := len(res.Indicator.Subs) == 0
	switch {
	case res.Status == Pending && (single || allPending(res)):
		return g + "，本项待评"
	case res.Status == Pending:
		return "按评分标准，" + g + "；本项待评"
	case vetoed(res):
		return g + "，本项得0分"
	case single:
		return singleVerdict(res, g, "按评分标准，", "本项")
	case allFull(res):
		return g + "，本项得" + pts(res.Score) + "分"
	}
	return "按评分标准，" + g + "；本项得" + pts(res.Score) + "分"
}

// line is an indicator's result under its name, for the report's lists
// (“资产管理安全性：各项均达到评分标准，得3分”); the name is not repeated
// where the grounds begin with it (“实际完成率97.5%，…，得6.83分”).
func (w wording) line(res *Result) string {
	name, g := res.Indicator.Name, w.indicatorGrounds(res)
	lead := strings.TrimSuffix(named(name, g), g)
	single := len(res.Indicator.Subs) == 0
	switch {
	case res.Status == Pending && (single || allPending(res)):
		return lead + g + "，待评"
	case res.Status == Pending:
		return lead + g + "；本项待评"
	case vetoed(res):
		return lead + g + "，得0分"
	case single:
		return singleVerdict(res, g, lead, "")
	case allFull(res):
		return lead + g + "，得" + pts(res.Score) + "分"
	}
	return lead + g + "；本项得" + pts(res.Score) + "分"
}

// singleVerdict words the score of a one-part indicator after its grounds:
// a judgement is 评定, a not-applicable part says so.
func singleVerdict(res *Result, grounds, lead, subject string) string {
	p := res.Parts[0]
	tail := subject + "得" + pts(res.Score) + "分"
	switch p.why.(type) {
	case assessedReason:
		lead, tail = strings.TrimPrefix(lead, "按评分标准，"), subject+"评定得"+pts(res.Score)+"分"
		if grounds == "" {
			return lead + "经评定，" + subject + "得" + pts(res.Score) + "分"
		}
	}
	if p.Status == NotApplicable {
		tail = notApplicableTail(p)
	}
	return lead + joinClauses(grounds, tail)
}

// named leads a clause with its name unless it begins with it already:
// “聘用人员控制：聘用人员实际使用数12人…”, “在职人员控制率106.67%…”.
func named(name, clause string) string {
	if strings.HasPrefix(clause, name) {
		return clause
	}
	return name + "：" + clause
}

// missingWords says a part waits for facts the clerk has not filled in.
const missingWords = "所需数据尚未填写"

func allPending(res *Result) bool {
	for _, p := range res.Parts {
		if p.Status != Pending {
			return false
		}
	}
	return true
}

func allMissing(res *Result) bool {
	for _, p := range res.Parts {
		if r, ok := p.why.(pendingReason); !ok || len(r.where) == 0 {
			return false
		}
	}
	return true
}

func allFull(res *Result) bool {
	for _, p := range res.Parts {
		if p.Status == Pending || p.Score.LessThan(p.Points) {
			return false
		}
	}
	return true
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
