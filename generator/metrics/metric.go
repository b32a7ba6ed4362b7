package metrics

import (
	"fmt"
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/formula"
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
	MissingWhere  []string // the same, named as the forms do (facts.Where)
	ZeroDen       bool     // the denominator is 0
	NumZero       bool     // the numerator is 0 too (with ZeroDen: 0 ÷ 0)
	NotApplicable bool     // nothing to measure (no 楼堂馆所 completed this year)

	amounts map[formula.Node]Amount // the values the formula read, for Calc
	omitted map[formula.Node]bool   // 未填为0 terms left blank
}

// IsRate reports whether m is a percentage.
func (m *Metric) IsRate() bool { return m.Def.IsRate() }

// Compound reports whether m computes something from several values (its
// reasons show the computation) rather than reading one (绩效目标个数).
func (m *Metric) Compound() bool { return m.Def.Expr.Compound() }

// Display prints the value as tables show it: "92.16%" or "5".
func (m *Metric) Display() string {
	switch {
	case !m.OK:
		return ""
	case m.IsRate():
		return num.Pct(m.Value)
	}
	return num.Plain(m.Value)
}

// Prose prints the value as a sentence writes it: "92.16%", "61%", "5",
// "820万元".
func (m *Metric) Prose() string {
	switch {
	case !m.OK:
		return ""
	case m.IsRate():
		return Signed(num.ProsePct(m.Value))
	case m.Def.Unit == "万元":
		return Signed(num.ProseWan(m.Value))
	}
	return Signed(num.Plain(m.Value))
}

// Fixed2 prints the value with exactly two decimals and no unit ("92.16"),
// the machine form of `score --json`.
func (m *Metric) Fixed2() string { return num.Fixed(m.Value, 2) }

// Label is the metric's name as the rubric prints it: "“三公经费”变动率".
func (m *Metric) Label() string { return m.Def.Label() }

// Calc shows the computation in the form's own notation with the unit's
// numbers: "47÷51×100%=92.16%", "（1802−722）÷722×100%=149.58%"; a metric
// that reads one value shows it ("5"). A value not filled in prints “?”;
// an unfilled 未填为0 term is left out.
func (m *Metric) Calc() string {
	if !m.Compound() {
		return m.Prose()
	}
	s := formula.Print(m.Def.Expr.Root, m.leaf)
	if m.OK {
		s += "=" + m.Prose()
	}
	return s
}

// leaf prints a value the formula read, for Calc.
func (m *Metric) leaf(n formula.Node) (string, bool) {
	if m.omitted[n] {
		return "", true
	}
	if c, ok := n.(*formula.Call); ok && c.Func == formula.ZeroIfBlank {
		return "", false // filled in: its argument prints
	}
	if a, ok := m.amounts[n]; ok {
		return a.Text(), false
	}
	return "?", false
}

// Formula is the metric's name and its computation:
// "在职人员控制率=47÷51×100%=92.16%".
func (m *Metric) Formula() string { return m.Label() + "=" + m.Calc() }

// Why explains a metric that has no value, in Chinese, naming facts as the
// forms do.
func (m *Metric) Why() string {
	switch {
	case m.OK:
		return ""
	case m.NotApplicable:
		return "本年没有需要计算的项目，不适用"
	case len(m.MissingWhere) > 0:
		return "缺少" + strings.Join(m.MissingWhere, "、")
	case m.ZeroDen:
		return fmt.Sprintf("%s为0，无法计算%s", names(m.Den), m.Label())
	}
	return "无法计算"
}

// Uncomputable reports a rate whose denominator is 0 while what it divides
// is not (bought without a budget): no value, and not “not applicable”
// either; the rubric says how it scores.
func (m *Metric) Uncomputable() bool {
	return !m.OK && m.ZeroDen && !m.NumZero && !m.NotApplicable && len(m.stated()) > 0
}

// ZeroCase says what is 0 in a rate whose denominator is 0, and what is
// not: “政府采购金额2023年预算数为0”, “…为0，政府采购金额2023年决算数也为0”,
// “…为0，而政府采购金额2023年决算数为50万元”.
func (m *Metric) ZeroCase() string {
	den := names(m.Den)
	others := m.stated()
	switch {
	case len(others) == 0:
		return den + "为0"
	case m.NumZero:
		var ns []string
		for _, a := range others {
			ns = append(ns, a.Name)
		}
		return den + "为0，" + strings.Join(ns, "、") + "也为0"
	}
	var vs []string
	for _, a := range others {
		vs = append(vs, a.Name+"为"+a.Prose())
	}
	return den + "为0，而" + strings.Join(vs, "、")
}

// stated is the numerator's amounts that are not the denominator's.
func (m *Metric) stated() []Amount {
	var out []Amount
	for _, a := range m.Num {
		if !refIn(a.Ref, m.Den) {
			out = append(out, a)
		}
	}
	return out
}

func refIn(ref string, as []Amount) bool {
	for _, a := range as {
		if a.Ref == ref {
			return true
		}
	}
	return false
}

// Prose prints an amount with its unit as prose does: “50万元”, “0元”,
// “56人”.
func (a Amount) Prose() string {
	if a.OK && a.Kind == facts.Money {
		return Signed(num.ProseWan(a.Value))
	}
	if a.OK {
		return a.Text() + a.Unit
	}
	return a.Text()
}

// names joins the names of amounts: "编制数", "甲与乙".
func names(as []Amount) string {
	ns := make([]string, len(as))
	for i, a := range as {
		ns[i] = a.Name
	}
	return strings.Join(ns, "与")
}

// Text prints an amount as prose does: "1802", "12819.6", "51"; a negative
// one with the minus sign "−".
func (a Amount) Text() string {
	if !a.OK {
		return "?"
	}
	if a.Kind == facts.Money {
		return Signed(num.Short(a.Value, 2))
	}
	return Signed(num.Plain(a.Value))
}

// Signed writes a leading minus as the typographic “−”.
func Signed(s string) string {
	if strings.HasPrefix(s, "-") {
		return "−" + s[1:]
	}
	return s
}
