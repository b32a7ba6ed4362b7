package metrics

import (
	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/formula"
	"jixiao/generator/num"
	"jixiao/generator/yamlsrc"
)

// DefKeys are the keys of a metric declaration.
var DefKeys = []string{"名称", "标题", "公式", "公式说明", "依据", "口径", "单位", "下限", "上限", "超出说明"}

// LoadDefs reads a list of metric declarations (pack.yaml's 指标, or
// base.yaml), every problem at once: missing names and formulas, formulas
// that do not parse (at the character at fault), names declared twice.
// Whether the names a formula reads exist is the rubric lint's business,
// since it knows the pack's facts.
func LoadDefs(file string, items []*yaml.Node, diags *diag.List) []*Def {
	var out []*Def
	seen := map[string]diag.Pos{}
	for _, n := range items {
		d := loadDef(file, n, diags)
		if d == nil {
			continue
		}
		if at, dup := seen[d.Name]; dup {
			diags.Errorf(d.Pos, "指标“%s”重复定义（第一次在 %s）", d.Name, at)
			continue
		}
		seen[d.Name] = d.Pos
		out = append(out, d)
	}
	return out
}

func loadDef(file string, n *yaml.Node, diags *diag.List) *Def {
	m := yamlsrc.NewMap(file, n, diags, "指标")
	m.Known(DefKeys...)
	d := &Def{Name: m.Str("名称", true), Title: m.Str("标题", false), Formula: m.Str("公式", true),
		Words: m.Str("公式说明", false), Source: m.Str("依据", false), Note: m.Str("口径", false),
		Unit: m.Str("单位", false), Low: bound(m, "下限"), High: bound(m, "上限"), RangeNote: m.Str("超出说明", false),
		Pos: m.Pos()}
	if d.Name == "" || d.Formula == "" {
		return nil
	}
	fn := m.Value("公式")
	d.at = func(col int) diag.Pos { return FormulaPos(file, fn, &formula.Error{Col: col}) }
	e, err := formula.Parse(d.Formula)
	if err != nil {
		diags.Errorf(FormulaPos(file, fn, err), "指标“%s”的公式：%s", d.Name, err.(*formula.Error).Msg)
		return nil
	}
	d.Expr = e
	return d
}

// bound reads 下限 or 上限 as a number's text ("" when absent).
func bound(m *yamlsrc.Map, key string) string {
	if d := m.Dec(key, false); d != nil {
		return num.Plain(*d)
	}
	return ""
}

// FormulaPos places an error of a formula written at n: at the character
// at fault when the formula is on one line as written, else at n.
func FormulaPos(file string, n *yaml.Node, err error) diag.Pos {
	pos := yamlsrc.Pos(file, n)
	fe, ok := err.(*formula.Error)
	if !ok || n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 || containsNewline(n.Value) {
		return pos
	}
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		pos.Col++
	}
	pos.Col += fe.Col - 1
	return pos
}

func containsNewline(s string) bool {
	for _, r := range s {
		if r == '\n' {
			return true
		}
	}
	return false
}
