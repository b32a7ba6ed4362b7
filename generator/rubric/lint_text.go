package rubric

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"jixiao/generator/diag"
	"jixiao/generator/internal/lazyre"
	"jixiao/generator/num"
)

// standardText compares the 评分标准 text, which the form prints, with the
// rule, which scores: when a pack author edits 分值 or bands and forgets the
// text (or the text was wrong to begin with), the form says one thing and
// the score another. Every number the text gives in 分 must be a 分值, a band
// score, a deduction of the rule or 0, and every number in % (or 个百分点) a
// band bound, a target or the step of a deduction. Text split by ①②③ is
// compared sub-item by sub-item; formulas (“×100%”) are left out. A 评定
// rule takes any score up to its 分值, so its text only may not promise
// more. A difference made on purpose is listed in the indicator's
// 评分标准差异 (as written in the text, with or without its ①), with the
// reason in a comment beside it.
func (l *linter) standardText(ind *Indicator) {
	used := map[string]bool{}
	for _, t := range tokensOf(ind.Standard) {
		part := ind.partOf(t.marker)
		a := l.allowedNumbers(ind, part)
		if a.accepts(t) {
			continue
		}
		if ack := ind.acknowledged(t); ack != "" {
			used[ack] = true
			continue
		}
		l.diags.Errorf(ind.standardPos(t.line, t.col), "%s", textMismatch(ind, t, a))
	}
	for _, ack := range ind.StandardDiffs {
		if !used[ack] {
			l.diags.Warnf(ind.Pos, "“%s”的评分标准差异列出了“%s”，但评分标准中没有与规则不符的“%s”，请删除这一项", ind.Name, ack, ack)
		}
	}
}

// markers are the circled numbers that mark sub-items in the texts, as one
// string: ① is the first (see circled).
const markers = "①②③④⑤⑥⑦⑧⑨⑩"

// partOf is the sub-item a text after marker speaks of, or nil for the
// whole indicator (no marker, or more markers than sub-items).
func (ind *Indicator) partOf(marker string) *Sub {
	for i, c := range circled {
		if marker == c && i < len(ind.Subs) {
			return ind.Subs[i]
		}
	}
	return nil
}

// markerBefore is the last circled marker in text, or "".
func markerBefore(text string) string {
	i := strings.LastIndexFunc(text, func(r rune) bool { return strings.ContainsRune(markers, r) })
	if i < 0 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return string(r)
}

// token is a number of the text with its unit: "1.5" "分", "95" "%".
type token struct {
	text    string // as written, "1.5分"
	value   num.Dec
	percent bool
	marker  string // the ① it follows, or ""
	line    int    // 0-based line within the text
	col     int    // 0-based rune column within its line
}

var (
	numberRe = lazyre.New(`(\d+(?:\.\d+)?)(?:\s*[-－—~～至到]\s*(\d+(?:\.\d+)?))?\s*(个百分点|百分点|分|%|％)`)
	// notPoints are words starting with 分 that are not points (分别, 分值 …).
	notPoints = "别值配项类析段钟数期成"
)

// tokensOf finds the numbers in 分 and % of text, leaving out formulas
// (“×100%”) and words such as 分别.
func tokensOf(text string) []token {
	var out []token
	for _, m := range numberRe.FindAllStringSubmatchIndex(text, -1) {
		unit := text[m[6]:m[7]]
		if isFormula(text[:m[0]]) || unit == "分" && startsWord(text[m[1]:]) {
			continue
		}
		percent := unit != "分"
		for _, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
			if g[0] < 0 {
				continue
			}
			d, _ := num.Parse(text[g[0]:g[1]])
			line := strings.Count(text[:g[0]], "\n")
			lineStart := strings.LastIndex(text[:g[0]], "\n") + 1
			out = append(out, token{text: text[g[0]:g[1]] + normalUnit(unit), value: d, percent: percent,
				marker: markerBefore(text[:g[0]]), line: line, col: utf8.RuneCountInString(text[lineStart:g[0]])})
		}
	}
	return out
}

func isFormula(before string) bool {
	before = strings.TrimRight(before, " （(")
	return strings.HasSuffix(before, "×") || strings.HasSuffix(before, "*") || strings.HasSuffix(before, "x") ||
		strings.HasSuffix(before, "÷") || strings.HasSuffix(before, "/")
}

func startsWord(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return r != utf8.RuneError && strings.ContainsRune(notPoints, r)
}

func normalUnit(u string) string {
	if u == "％" {
		return "%"
	}
	return u
}

// allowed are the numbers a rule gives: points (分) and percentages.
type allowed struct {
	points, percents []num.Dec
	judged           *num.Dec // a 评定 rule: any score up to this is fine
}

func (a allowed) accepts(t token) bool {
	if t.percent {
		return containsDec(a.percents, t.value)
	}
	if a.judged != nil && !t.value.GreaterThan(*a.judged) {
		return true
	}
	return containsDec(a.points, t.value)
}

func containsDec(list []num.Dec, d num.Dec) bool {
	for _, x := range list {
		if x.Equal(d) {
			return true
		}
	}
	return false
}

// allowedNumbers collects the numbers of part's rule, or of every part when
// part is nil, with the indicator's 分值 and 0.
func (l *linter) allowedNumbers(ind *Indicator, part *Sub) allowed {
	a := allowed{points: []num.Dec{num.Zero}}
	if ind.Points != nil {
		a.points = append(a.points, *ind.Points)
	}
	parts := ind.Parts()
	if part != nil {
		parts = []*Sub{part}
	}
	for _, p := range parts {
		if p.Points != nil {
			a.points = append(a.points, *p.Points)
		}
		if p.Rule != nil {
			a.addRule(p.Rule, p.Points)
		}
	}
	return a
}

// addRule adds the numbers of rule r of a part worth points.
func (a *allowed) addRule(r *Rule, points *num.Dec) {
	switch r.Kind {
	case Bands:
		for _, b := range r.Bands {
			a.points = append(a.points, b.Score)
			for _, bound := range []*num.Dec{b.Interval.Lo, b.Interval.Hi} {
				if bound != nil {
					a.percents = append(a.percents, *bound)
				}
			}
		}
	case Deduction:
		a.points = append(a.points, r.Amount)
		a.percents = append(a.percents, r.Per)
		for _, c := range r.Checks {
			a.percents = append(a.percents, c.Target)
		}
	case PerCase:
		a.points = append(a.points, r.CaseAmount)
	case Proportional:
		a.percents = append(a.percents, r.Target)
	case Assessed:
		if points != nil && (a.judged == nil || points.GreaterThan(*a.judged)) {
			a.judged = points
		}
	}
	if r.Cond != nil {
		for _, side := range []string{r.Cond.Left, r.Cond.Right} {
			if d, ok := num.Parse(side); ok {
				a.percents = append(a.percents, d)
			}
		}
	}
}

// textMismatch says which number of the text the rule does not have, and
// what the rule has instead.
func textMismatch(ind *Indicator, t token, a allowed) string {
	where := "“" + ind.Name + "”的评分标准" + t.marker
	kind, list := "分值或扣分", a.points
	if t.percent {
		kind, list = "区间端点、目标或扣分单位", a.percents
	}
	return fmt.Sprintf("%s写“%s”，评分规则中没有这个数（规则的%s：%s）；请改正规则或评分标准，"+
		"有意不同时在该三级指标的“评分标准差异”中列出“%s%s”，并在注释中写明理由",
		where, t.text, kind, decList(list), t.marker, t.text)
}

func decList(list []num.Dec) string {
	var parts []string
	seen := map[string]bool{}
	for _, d := range list {
		if s := d.String(); !seen[s] {
			seen[s] = true
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return "无"
	}
	return strings.Join(parts, "、")
}

// acknowledged returns the entry of 评分标准差异 that covers t, or "".
func (ind *Indicator) acknowledged(t token) string {
	for _, ack := range ind.StandardDiffs {
		if ack == t.marker+t.text || ack == t.text {
			return ack
		}
	}
	return ""
}

// standardPos is the position in the rubric file of line/col (0-based) of
// the 评分标准 text; the lines of a block scalar share its indentation.
func (ind *Indicator) standardPos(line, col int) diag.Pos {
	p := ind.StandardAt
	if p.Line == 0 {
		return ind.Pos
	}
	p.Line += line
	if p.Col > 0 {
		p.Col += col
	}
	return p
}
