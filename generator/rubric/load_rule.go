package rubric

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/formula"
	"jixiao/generator/metrics"
	"jixiao/generator/num"
	"jixiao/generator/yamlsrc"
)

// ruleKeys lists the keys each kind accepts besides 类型.
var ruleKeys = map[Kind][]string{
	Bands:        {"取值", "分段", ZeroKey},
	Deduction:    {"取值", "目标", "项", "方向", "每", "扣", "方式", ZeroKey},
	PassFail:     {"取值", "条件", ZeroKey},
	PerCase:      {"取值", "每例扣"},
	Veto:         {"取值"},
	Proportional: {"取值", "目标", ZeroKey},
	Assessed:     {"取值"},
}

// loadRule reads a rule; judged kinds read defaultRef (评定.<三级>.<细项>)
// unless 取值 says otherwise.
func loadRule(file string, n *yaml.Node, defaultRef string, diags *diag.List) *Rule {
	m := yamlsrc.NewMap(file, n, diags, "规则")
	r := &Rule{Kind: Kind(m.Str("类型", true)), Pos: m.Pos(), Ref: m.Str("取值", false)}
	keys, ok := ruleKeys[r.Kind]
	if !ok {
		if r.Kind != "" {
			diags.Errorf(m.KeyPos("类型"), "不认识的规则类型“%s”（可用：%s）", r.Kind, kindList())
		}
		return r
	}
	m.Known(append([]string{"类型"}, keys...)...)
	r.Zero = loadZero(m)
	switch r.Kind {
	case Bands:
		loadBands(m, r)
	case Deduction:
		loadDeduction(m, r)
	case PassFail:
		loadPassFail(m, r)
	case PerCase:
		if d := m.Dec("每例扣", true); d != nil {
			r.CaseAmount = *d
		}
	case Proportional:
		r.Target = mustDec("100")
		if d := m.Dec("目标", false); d != nil {
			r.Target = *d
		}
	}
	if r.Ref == "" && r.Cond == nil && len(r.Checks) == 0 {
		r.Ref = defaultRef
	}
	return r
}

func kindList() string {
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, "、")
}

func loadBands(m *yamlsrc.Map, r *Rule) {
	if r.Ref == "" {
		m.Diags.Errorf(m.Pos(), "分段规则缺少“取值”（按哪个指标值分段）")
	}
	for _, b := range m.List("分段", true) {
		bm := yamlsrc.NewMap(m.File, b, m.Diags, "分段")
		bm.Known("区间", "得分")
		text, score := bm.Str("区间", true), bm.Dec("得分", true)
		if text == "" || score == nil {
			continue
		}
		iv, err := ParseInterval(text)
		if err != nil {
			m.Diags.Errorf(bm.KeyPos("区间"), "%v", err)
			continue
		}
		r.Bands = append(r.Bands, Band{Interval: iv, Text: text, Score: *score, Pos: bm.Pos()})
	}
}

func loadDeduction(m *yamlsrc.Map, r *Rule) {
	r.Direction, r.Mode, r.Per = Direction(m.Str("方向", false)), Mode(m.Str("方式", false)), mustDec("1")
	if r.Direction == "" {
		r.Direction = Over
	}
	if r.Direction != Over && r.Direction != Under && r.Direction != Deviate {
		m.Diags.Errorf(m.KeyPos("方向"), "“方向”应为 超出、不足 或 偏离，实际为“%s”", r.Direction)
	}
	if r.Mode != "" && r.Mode != ProRata && r.Mode != WholeUnits && r.Mode != Started {
		m.Diags.Errorf(m.KeyPos("方式"), "“方式”应为 按比例、按整点 或 按起点，实际为“%s”", r.Mode)
	}
	if d := m.Dec("每", false); d != nil {
		r.Per = *d
	}
	if d := m.Dec("扣", true); d != nil {
		r.Amount = *d
	}
	loadChecks(m, r)
}

// loadChecks reads 取值 + 目标, or a list 项 of them.
func loadChecks(m *yamlsrc.Map, r *Rule) {
	if items := m.List("项", false); items != nil {
		for _, it := range items {
			cm := yamlsrc.NewMap(m.File, it, m.Diags, "项")
			cm.Known("取值", "目标", ZeroKey)
			if t := cm.Dec("目标", true); t != nil {
				r.Checks = append(r.Checks, Check{Ref: cm.Str("取值", true), Target: *t, Pos: cm.Pos(), Zero: loadZero(cm)})
			}
		}
		return
	}
	if t := m.Dec("目标", true); t != nil {
		r.Checks = []Check{{Ref: r.Ref, Target: *t, Pos: m.Pos()}}
	}
	r.Ref = ""
}

// loadPassFail reads 条件: two values compared (formula.ParseComparison),
// each a metric, a numeric fact or a number; a rate may be written 95%.
func loadPassFail(m *yamlsrc.Map, r *Rule) {
	text := m.Str("条件", false)
	if text == "" {
		return
	}
	c, err := formula.ParseComparison(text)
	if err != nil {
		m.Diags.Errorf(metrics.FormulaPos(m.File, m.Value("条件"), err), "看不懂的条件“%s”：%s", text, err.(*formula.Error).Msg)
		return
	}
	r.Cond = &Condition{Left: operandText(c.L), Op: c.Op, Right: operandText(c.R), Text: text}
}

// operandText is a side of a condition as the scorer reads it: a name, or
// a number (95% as 95, the percent units of rates).
func operandText(n formula.Node) string {
	if nb, ok := n.(*formula.Number); ok {
		return num.Plain(nb.Value)
	}
	return n.(*formula.Name).Path
}
