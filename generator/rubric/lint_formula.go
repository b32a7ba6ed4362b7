package rubric

import (
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/formula"
	"jixiao/generator/metrics"
	"jixiao/generator/suggest"
)

// formulas checks every metric's formula against the facts it reads: names
// that are neither facts nor totals, texts and dates in arithmetic, a
// list's field outside 合计, units that do not add up. Each problem is
// placed at its character of the formula.
func (l *linter) formulas() {
	env := &formulaEnv{schema: l.refs.schema, metrics: l.refs.metrics}
	for _, d := range l.r.MetricDefs() {
		for _, p := range formula.Check(d.Expr.Root, env) {
			l.diags.Errorf(d.FormulaAt(p.Col), "指标“%s”的公式：%s", d.Name, p.Msg)
		}
	}
}

// zeroPolicy requires a 分母为0 wherever a rule reads a metric that divides
// by a fact: the rubric must say what a unit with that fact 0 scores.
func (l *linter) zeroPolicy(name string, r *Rule) {
	for _, c := range r.Checks {
		l.needZero(name, r, c.Ref, r.ZeroOf(c))
	}
	refs := []string{r.Ref}
	if r.Cond != nil {
		refs = []string{r.Cond.Left, r.Cond.Right}
	}
	for _, ref := range refs {
		l.needZero(name, r, ref, r.Zero)
	}
}

func (l *linter) needZero(name string, r *Rule, ref string, z *ZeroPolicy) {
	d := l.refs.metrics[ref]
	if d == nil || z.complete() {
		return
	}
	if div := d.Divisor(); div != nil {
		l.diags.Errorf(r.Pos, "“%s”的规则读取指标“%s”，它的公式除以 %s，这个数可能为0：请写明“%s”时怎样计分（满分、0分、不适用 或 待评）",
			name, ref, formula.Source(div), ZeroKey)
	}
}

// complete reports whether a policy decides both cases.
func (z *ZeroPolicy) complete() bool { return z != nil && z.ZeroNum != "" && z.Other != "" }

// formulaEnv describes the names of formulas: the facts of the pack's
// schema and the recomputed totals.
type formulaEnv struct {
	schema  *facts.Field
	metrics map[string]*metrics.Def
}

func (e *formulaEnv) Lookup(path string) (formula.Value, bool) {
	if name, ok := strings.CutPrefix(path, metrics.Prefix); ok {
		for _, t := range metrics.TotalDefs() {
			if t.Name == name {
				return formula.Value{Kind: facts.Money, Unit: "万元"}, true
			}
		}
		return formula.Value{}, false
	}
	f, list := findWithList(e.schema, path)
	if f == nil {
		return formula.Value{}, false
	}
	unit := f.Unit
	if f.Kind == facts.Money {
		unit = "万元"
	}
	return formula.Value{Kind: f.Kind, Unit: unit, List: list, Desc: f.Desc}, true
}

// findWithList follows path from root like Field.Find and also says the
// path of the list it passes through, if any.
func findWithList(root *facts.Field, path string) (*facts.Field, string) {
	cur, list := root, ""
	keys := strings.Split(path, ".")
	for i, key := range keys {
		if cur.Kind == facts.List {
			list = strings.Join(keys[:i], ".")
			cur = cur.Elem
		}
		if cur = cur.Child(key); cur == nil {
			return nil, ""
		}
	}
	return cur, list
}

// Hint suggests the nearest fact or total; a metric's name gets its
// formula instead, since formulas read facts, not other metrics.
func (e *formulaEnv) Hint(path string) string {
	if d := e.metrics[path]; d != nil {
		return "：“" + path + "”是指标，公式不能引用另一个指标，请写出它的公式（" + formula.Source(d.Expr.Root) + "）"
	}
	var names []string
	e.schema.Walk(func(p string, f *facts.Field) {
		if f.Kind.IsNumber() || f.Kind == facts.List {
			names = append(names, p)
		}
	})
	for _, t := range metrics.TotalDefs() {
		names = append(names, metrics.Prefix+t.Name)
	}
	return suggest.Hint(path, sortStrings(names))
}
