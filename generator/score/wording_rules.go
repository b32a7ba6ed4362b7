package score

import (
	"strings"

	"jixiao/generator/metrics"
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// This file words the reasons of the rules with more than one clause.

// bandWords says which band a value fell in, in the rubric's words:
// “不低于95%”, “低于80%”, “不低于90%且低于95%”, “少于4个”, “为2个”.
func bandWords(iv rubric.Interval, rd reading) string {
	lo, hi := iv.Lo, iv.Hi
	if lo != nil && iv.LoIncl && lo.IsZero() && rd.NonNeg {
		lo = nil // “0以上” holds for every value
	}
	switch {
	case lo != nil && hi != nil && lo.Equal(*hi):
		return "为" + target(rd, *lo)
	case lo != nil && hi != nil && !rd.isRate() && iv.LoIncl && !iv.HiIncl && lo.IsInteger() && hi.Sub(*lo).Equal(num.Int(1)):
		return "为" + target(rd, *lo) // [2, 3) of a count
	case lo == nil && hi == nil:
		return "不论多少"
	case lo == nil:
		return upper(rd, *hi, iv.HiIncl)
	case hi == nil:
		return lower(rd, *lo, iv.LoIncl)
	}
	return lower(rd, *lo, iv.LoIncl) + "且" + upper(rd, *hi, iv.HiIncl)
}

func lower(rd reading, d num.Dec, incl bool) string {
	words := map[bool][2]string{true: {"不低于", "超过"}, false: {"不少于", "多于"}}[rd.isRate()]
	if incl {
		return words[0] + target(rd, d)
	}
	return words[1] + target(rd, d)
}

func upper(rd reading, d num.Dec, incl bool) string {
	words := map[bool][2]string{true: {"不超过", "低于"}, false: {"不多于", "少于"}}[rd.isRate()]
	if incl {
		return words[0] + target(rd, d)
	}
	return words[1] + target(rd, d)
}

// dirVerbs word a deduction's direction: within target, the comparison
// (“比80%低”), per unit (“每低1个百分点”).
var dirVerbs = map[rubric.Direction][3]string{
	rubric.Over:    {"不超过", "高", "超出"},
	rubric.Under:   {"不低于", "低", "低"},
	rubric.Deviate: {"为", "相差", "偏离"},
}

// countVerbs are dirVerbs for amounts and counts (“比批复数多2人”).
var countVerbs = map[rubric.Direction]string{rubric.Over: "多", rubric.Under: "少", rubric.Deviate: "相差"}

// checkWords is one check of a deduction against its target.
func checkWords(cr checkReason, dir rubric.Direction, lead string) string {
	switch cr.outcome {
	case rubric.NotApplicable:
		return cr.in.Label + "不考核（" + zeroCase(cr.in) + "）"
	case rubric.Full:
		return cr.in.Label + "按达到目标计（" + zeroCase(cr.in) + "）"
	case rubric.None:
		return zeroCase(cr.in) + "，按评分规则计0分"
	}
	if cr.off.IsZero() {
		return lead + "，" + dirVerbs[dir][0] + target(cr.in, cr.target)
	}
	return lead + "，" + offWords(cr, dir)
}

// offWords says how far a value is off its target: “比80%低3.9个百分点”,
// “与100%相差1个百分点”, “比10人多2人”; against a target rate of 0 simply
// “高于0” (the distance is the value itself, said just before).
func offWords(cr checkReason, dir rubric.Direction) string {
	t, off := target(cr.in, cr.target), num.Plain(cr.off)+unitWord(cr.in)
	switch {
	case cr.in.isRate() && cr.target.IsZero() && dir == rubric.Over:
		return "高于0"
	case cr.in.isRate() && cr.target.IsZero() && dir == rubric.Under:
		return "低于0"
	case dir == rubric.Deviate:
		return "与" + t + "相差" + off
	case cr.in.isRate():
		return "比" + t + dirVerbs[dir][1] + off
	}
	return "比" + t + countVerbs[dir] + off
}

// unitWord is one unit of distance: percentage points for rates.
func unitWord(rd reading) string {
	if rd.isRate() {
		return "个百分点"
	}
	return rd.Unit
}

func (w wording) deductionFull(p *Part, r deductionReason) string {
	items := make([]string, len(r.checks))
	for i, cr := range r.checks {
		items[i] = checkWords(cr, r.rule.Direction, w.statement(cr.in))
	}
	return strings.Join(items, "；") + deductionTail(p, r)
}

// deductionBrief is the checks in brief and what they cost: “三季度支付序时
// 进度76.1%，比80%低3.9个百分点，扣0.78分” / “计1.22分”.
func deductionBrief(p *Part, r deductionReason) (grounds, tail string) {
	items := make([]string, len(r.checks))
	for i, cr := range r.checks {
		if cr.outcome != "" {
			items[i] = checkWords(cr, r.rule.Direction, "")
			continue
		}
		items[i] = checkWords(cr, r.rule.Direction, valueText(cr.in))
	}
	grounds = strings.Join(items, "；")
	switch {
	case p.Status == NotApplicable:
		return grounds, notApplicableTail(p)
	case r.zeroed || r.off.IsZero():
	case r.deduct.GreaterThanOrEqual(p.Points):
		return grounds + "，扣完为止", "得0分"
	case r.deduct.IsZero():
		return grounds + "，不足扣分", scored(p.Score)
	default:
		grounds += "，扣" + pts(r.deduct) + "分"
	}
	return grounds, scored(p.Score)
}

// notApplicableTail is the score clause of a part not assessed.
func notApplicableTail(p *Part) string {
	return "本项不适用，按满分计" + pts(p.Points) + "分"
}

// deductionTail is the deduction and the score in full: “，每低1个百分点
// 扣0.2分，共扣0.78分，计1.22分”, “…，扣完为止，得0分”, “，计2分”.
func deductionTail(p *Part, r deductionReason) string {
	switch {
	case p.Status == NotApplicable:
		return "，" + notApplicableTail(p)
	case r.zeroed || r.off.IsZero():
		return "，" + scored(p.Score)
	}
	unit := unitWord(r.checks[0].in)
	per := num.Plain(r.rule.Per) + unit
	s := "，每" + dirVerbs[r.rule.Direction][2] + per + "扣" + pts(r.rule.Amount) + "分"
	switch {
	case r.rule.Mode == rubric.WholeUnits && r.units.IsZero():
		return s + "，不足" + per + "不扣分，" + scored(p.Score)
	case r.rule.Mode == rubric.WholeUnits:
		s += "，不足" + per + "的部分不扣"
	case r.rule.Mode == rubric.Started:
		s += "，不足" + per + "的按" + per + "计"
	case r.deduct.IsZero():
		return s + "，折合不足0.01分，不扣分，" + scored(p.Score)
	}
	if r.deduct.GreaterThanOrEqual(p.Points) {
		return s + "，扣完为止，得0分"
	}
	return s + "，共扣" + pts(r.deduct) + "分，" + scored(p.Score)
}

// opWords word a comparison that holds, and one that does not.
var opWords = map[string][2]string{
	"<=": {"不超过", "超过"}, "<": {"少于", "不少于"}, ">=": {"不少于", "少于"}, ">": {"多于", "不多于"}, "=": {"等于", "不等于"},
	"!=": {"不等于", "等于"},
}

// rateOpWords word a comparison of rates: “不低于95%”.
var rateOpWords = map[string][2]string{
	"<=": {"不超过", "超过"}, "<": {"低于", "不低于"}, ">=": {"不低于", "低于"}, ">": {"高于", "不高于"},
	"=": {"等于", "不等于"}, "!=": {"不等于", "等于"},
}

// conditionWords: “聘用人员实际使用数12人，不超过批复数15人”,
// “县本级资金结转额为0”, “项目入库率80%，不低于80%”.
func conditionWords(r conditionReason) string {
	opWords := opWords
	if r.left.isRate() {
		opWords = rateOpWords
	}
	left := valueText(r.left)
	if r.right.Label == "" { // a number written in the rule
		if r.op == "=" && r.holds {
			return r.left.Label + "为" + num.Plain(r.right.Value)
		}
		if r.op == "=" {
			return left + "，不为" + num.Plain(r.right.Value)
		}
		return left + "，" + opWords[r.op][boolIndex(!r.holds)] + show(r.left, r.right.Value)
	}
	right := valueText(r.right)
	if r.right.Row != "" && r.right.Row == r.left.Row {
		right = r.right.Column + show(r.right, r.right.Value)
	}
	return left + "，" + opWords[r.op][boolIndex(!r.holds)] + right
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

func casesFull(p *Part, r casesReason) string {
	switch {
	case r.n.IsZero() && strings.HasPrefix(StripPrefixes(r.basis), "未发现"):
		return StripPrefixes(r.basis) + "，" + scored(p.Score)
	case r.n.IsZero() && r.veto:
		return "未发现" + quoted(r.basis) + "，" + scored(p.Score)
	case r.n.IsZero():
		return "未发现不符合" + quoted(r.basis) + "，" + scored(p.Score)
	case r.veto:
		return "发现" + num.Plain(r.n) + "例" + quoted(r.basis) + "，按评分标准本指标全部扣分"
	}
	s := "发现不符合" + num.Plain(r.n) + "例" + quoted(r.basis) + "，每例扣" + pts(r.each) + "分"
	if r.deduct.GreaterThanOrEqual(p.Points) {
		return s + "，扣完为止，得0分"
	}
	return s + "，共扣" + pts(r.deduct) + "分，" + scored(p.Score)
}

// casesBrief is the cases found and what they cost.
func casesBrief(p *Part, r casesReason) (grounds, tail string) {
	switch {
	case r.n.IsZero() && r.veto:
		return "未发现", scored(p.Score)
	case r.n.IsZero():
		return "未发现不符合", scored(p.Score)
	case r.veto:
		return "发现" + num.Plain(r.n) + "例", "本指标得0分"
	case r.deduct.GreaterThanOrEqual(p.Points):
		return "发现不符合" + num.Plain(r.n) + "例，扣完为止", "得0分"
	}
	return "发现不符合" + num.Plain(r.n) + "例，扣" + pts(r.deduct) + "分", scored(p.Score)
}

func (w wording) proportionalFull(p *Part, r proportionalReason) string {
	t := target(r.in, r.target)
	if r.in.Value.GreaterThanOrEqual(r.target) {
		return w.statement(r.in) + "，达到目标值" + t + "，" + scored(p.Score)
	}
	return w.statement(r.in) + "，未达到目标值" + t + "，按比例计" + pts(p.Points) + "×" + show(r.in, r.in.Value) + "÷" + t + "=" + pts(p.Score) + "分"
}

// proportionalBrief: “实际完成率97.5%，未达到目标值100%” / “按比例计6.83分”.
func proportionalBrief(p *Part, r proportionalReason) (grounds, tail string) {
	t := target(r.in, r.target)
	if r.in.Value.GreaterThanOrEqual(r.target) {
		return valueText(r.in) + "，达到目标值" + t, scored(p.Score)
	}
	return valueText(r.in) + "，未达到目标值" + t, "按比例计" + pts(p.Score) + "分"
}

// zeroCase says what is 0 in a rate whose denominator is 0 (metrics.ZeroCase).
func zeroCase(rd reading) string { return rd.Metric.ZeroCase() }

func zeroFull(p *Part, r zeroReason) string {
	switch r.outcome {
	case rubric.Full:
		return zeroCase(r.in) + "，按评分规则计满分" + pts(p.Points) + "分"
	case rubric.None:
		return zeroCase(r.in) + "，按评分规则计0分"
	}
	return zeroCase(r.in) + "，" + notApplicableTail(p)
}

func zeroBrief(p *Part, r zeroReason) (grounds, tail string) {
	switch r.outcome {
	case rubric.Full:
		return zeroCase(r.in), "按评分规则计满分" + pts(p.Points) + "分"
	case rubric.None:
		return zeroCase(r.in), "按评分规则计0分"
	}
	return zeroCase(r.in), notApplicableTail(p)
}

func pendingFull(r pendingReason) string {
	switch {
	case len(r.where) > 0:
		return "缺少" + strings.Join(r.where, "、") + "，待评"
	case r.in != nil && r.in.zeroDen():
		return r.in.Metric.Why() + "，" + r.cause + "，待评"
	case r.in != nil && r.in.OK:
		return valueText(*r.in) + "，" + r.cause + "，待评"
	}
	return r.cause + "，待评"
}

// names joins the clerk's names of amounts.
func names(as []metrics.Amount) string {
	ns := make([]string, len(as))
	for i, a := range as {
		ns[i] = a.Name
	}
	return strings.Join(ns, "与")
}

func sameRef(ref string, as []metrics.Amount) bool {
	for _, a := range as {
		if a.Ref == ref {
			return true
		}
	}
	return false
}

// pendingGrounds says briefly why a part waits: its facts are not filled
// in, or the cause (a zero denominator the rubric does not decide).
func pendingGrounds(r pendingReason) string {
	switch {
	case len(r.where) > 0:
		return missingWords
	case r.in != nil && r.in.zeroDen():
		return r.in.Metric.Why()
	case r.in != nil && r.in.OK:
		return valueText(*r.in) + "，" + r.cause
	}
	return r.cause
}
