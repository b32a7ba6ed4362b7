package metrics

import (
	"jixiao/generator/diag"
	"jixiao/generator/formula"
)

// Def defines one metric by its formula over facts and totals. Every metric
// is declared the same way: the common ones in base.yaml, shared by every
// pack, and a pack's own in its pack.yaml (指标:).
type Def struct {
	Name    string // the name rules and templates use: 在职人员控制率
	Title   string // the name as the rubric prints it, when it differs: “三公经费”变动率
	Formula string // as written
	Expr    *formula.Expr
	Words   string // the formula in words (公式说明), for the guide; "" when none
	Source  string // where the formula is defined (依据)
	Note    string // the basis (口径) and other remarks; "" when none
	// Unit is the unit of a metric that is not a rate ("个", "万元"); a
	// formula ending in “× 100%” is a rate, in percent.
	Unit string
	// Low and High bound the plausible range (inclusive, in the metric's
	// unit); a value outside is a finding for `check`. "" means unbounded.
	Low, High string
	RangeNote string // why a value outside the range deserves a look
	Pos       diag.Pos
	Common    bool // one of the common metrics (base.yaml), not the pack's

	at func(col int) diag.Pos // where a character of the formula is written
}

// FormulaAt is where the formula's character col (1-based) is written, for
// messages about it; the declaration's position when unknown.
func (d *Def) FormulaAt(col int) diag.Pos {
	if d.at == nil {
		return d.Pos
	}
	return d.at(col)
}

// Label is the metric's name as the rubric prints it.
func (d *Def) Label() string {
	if d.Title != "" {
		return d.Title
	}
	return d.Name
}

// IsRate reports whether the metric is a percentage (its formula ends in
// “× 100%”); its values are in percent units (92.16 for 92.16%).
func (d *Def) IsRate() bool { return d.Expr.IsRate() }

// UnitText is what follows a value of the metric: "%" for rates.
func (d *Def) UnitText() string {
	if d.IsRate() {
		return "%"
	}
	return d.Unit
}

// Refs lists the names the formula reads, in order and without repeats:
// fact paths (a list's field summed by 合计 and a list counted by 个数 by
// their schema paths, "楼堂馆所.实际规模") and totals ("合计.三公经费.本年预算").
func (d *Def) Refs() []string {
	var out []string
	for _, n := range formula.Names(d.Expr.Root) {
		out = append(out, n.Path)
	}
	return dedupe(out)
}

// Divisor is the first divisor of the formula that can be 0 (anything but
// a number written in it), or nil when it has none.
func (d *Def) Divisor() formula.Node {
	for _, b := range formula.Divisions(d.Expr.Root) {
		if n, ok := formula.Strip(b.R).(*formula.Number); !ok || n.Value.IsZero() {
			return b.R
		}
	}
	return nil
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Integer reports whether the metric's values are whole numbers: it counts
// the items of a list.
func (d *Def) Integer() bool {
	c, ok := formula.Strip(d.Expr.Root).(*formula.Call)
	return ok && c.Func == formula.Count
}
