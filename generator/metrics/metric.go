package metrics

import (
	"fmt"
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/num"
)

// Metric is a computed metric with everything needed to explain it.
type Metric struct {
	Def *Def
	// Value is the displayed value: a percentage rounded half-up to two
	// decimals for ratios, an exact count otherwise. Valid only when OK.
	Value         num.Dec
	OK            bool
	Num, Den      []Amount // the resolved operands, for explanations
	Missing       []string // fact paths that are not given
	ZeroDen       bool     // the denominator is 0
	NotApplicable bool     // nothing to measure (no 楼堂馆所 completed this year)
}

// IsRate reports whether m is a percentage.
func (m *Metric) IsRate() bool { return m.Def.ListCount == "" }

// Display prints the value as documents show it: "92.16%" or "5".
func (m *Metric) Display() string {
	if !m.OK {
		return ""
	}
	if m.IsRate() {
		return num.Pct(m.Value)
	}
	return num.Plain(m.Value)
}

// Fixed2 prints the value with exactly two decimals and no unit ("92.16"),
// the machine form of `score --json`.
func (m *Metric) Fixed2() string { return num.Fixed(m.Value, 2) }

// Calc shows the computation with the unit's own numbers:
// "47 ÷ 51 = 92.16%", "(1,802.00 − 722.00) ÷ 722.00 = 149.58%"; a count
// shows its value ("5").
func (m *Metric) Calc() string {
	if !m.IsRate() {
		return m.Display()
	}
	s := fmt.Sprintf("%s ÷ %s", sumText(m.Num), sumText(m.Den))
	if m.OK {
		s += " = " + m.Display()
	}
	return s
}

// Why explains a metric that has no value, in Chinese.
func (m *Metric) Why() string {
	switch {
	case m.OK:
		return ""
	case m.NotApplicable:
		return "本年没有需要计算的项目，不适用"
	case len(m.Missing) > 0:
		return "缺少 " + strings.Join(m.Missing, "、")
	case m.ZeroDen:
		return fmt.Sprintf("分母（%s）为 0，无法计算", refNames(m.Den))
	}
	return "无法计算"
}

// refNames joins the refs of amounts: "人员.编制数".
func refNames(as []Amount) string {
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Ref
	}
	return strings.Join(names, " + ")
}

// sumText prints a signed sum, parenthesised when it has several terms.
func sumText(as []Amount) string {
	var b strings.Builder
	for i, a := range as {
		if i > 0 {
			b.WriteString(" + ")
		}
		b.WriteString(a.Text())
	}
	s := strings.ReplaceAll(b.String(), "+ -", "− ")
	if len(as) > 1 {
		return "(" + s + ")"
	}
	return s
}

// Text prints an amount in its kind's form: money "1,802.00", counts "51".
func (a Amount) Text() string {
	if !a.OK {
		return "?"
	}
	if a.Kind == facts.Money {
		return num.Wan(a.Value)
	}
	return num.Plain(a.Value)
}
