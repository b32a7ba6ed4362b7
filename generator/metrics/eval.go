package metrics

import (
	"math/big"

	"jixiao/generator/formula"
	"jixiao/generator/num"
)

// Places is the precision of every metric's displayed value: two decimals
// (of a percent for rates), rounded half-up once from the exact value.
const Places = 2

// evaluation computes one metric: first every value the formula reads
// (what is missing is named), then the exact value in rationals.
type evaluation struct {
	s       *Set
	m       *Metric
	amounts map[formula.Node]Amount // names, 合计 and 个数, resolved
	omitted map[formula.Node]bool   // 未填为0 terms left blank: 0, and not written
	zero    *formula.Binary         // the first division by 0
	zeroNum bool                    // its dividend is 0 too
}

// evaluate computes the metric of d.
func (s *Set) evaluate(d *Def) *Metric {
	ev := &evaluation{s: s, m: &Metric{Def: d}, amounts: map[formula.Node]Amount{}, omitted: map[formula.Node]bool{}}
	m := ev.m
	m.amounts, m.omitted = ev.amounts, ev.omitted
	ev.read(d.Expr.Root, false)
	div := principal(d.Expr)
	switch {
	case div != nil && ev.emptyList(div.R):
		m.NotApplicable = true
	case len(m.Missing) > 0:
		m.MissingWhere = s.WhereAll(m.Missing)
	default:
		ev.compute(div)
	}
	return m
}

// compute evaluates the resolved formula exactly and rounds once.
func (ev *evaluation) compute(div *formula.Binary) {
	m := ev.m
	r := ev.value(m.Def.Expr.Root)
	if ev.zero != nil {
		div = ev.zero
		m.ZeroDen, m.NumZero = true, ev.zeroNum
	}
	if div != nil {
		m.Num, m.Den = ev.leaves(div.L), ev.leaves(div.R)
	} else {
		m.Num = ev.leaves(m.Def.Expr.Body())
	}
	if r != nil {
		m.Value, m.OK = num.FromRat(r, Places), true
	}
}

// principal is the division a rate is “of”: the top division of the formula
// (without its × 100%), or nil.
func principal(e *formula.Expr) *formula.Binary {
	if b, ok := formula.Strip(e.Body()).(*formula.Binary); ok && b.Op == formula.Div {
		return b
	}
	return nil
}

// read resolves every value below n; inside 未填为0 (optional) a value that
// is not filled in is no gap.
func (ev *evaluation) read(n formula.Node, optional bool) {
	switch n := n.(type) {
	case *formula.Name:
		ev.use(n, ev.s.resolve(n.Path), optional)
		return
	case *formula.Call:
		switch n.Func {
		case formula.Sum:
			ev.use(n, ev.s.listSum(n.Args[0].(*formula.Name).Path), optional)
			return
		case formula.Count:
			ev.use(n, ev.s.listCount(n.Args[0].(*formula.Name).Path), optional)
			return
		case formula.ZeroIfBlank:
			ev.read(n.Args[0], true)
			ev.omitted[n] = ev.blank(n.Args[0])
			return
		}
	}
	for _, c := range formula.Children(n) {
		ev.read(c, optional)
	}
}

func (ev *evaluation) use(n formula.Node, a Amount, optional bool) {
	ev.amounts[n] = a
	if !a.OK && !optional {
		ev.m.Missing = append(ev.m.Missing, a.Missing...)
	}
}

// blank reports whether a value below n is not filled in, or sums an empty
// list: an optional term is then 0 and left out of the computation.
func (ev *evaluation) blank(n formula.Node) bool {
	blank := false
	formula.Walk(n, func(c formula.Node) {
		if a, ok := ev.amounts[c]; ok && (!a.OK || a.Empty) {
			blank = true
		}
	})
	return blank
}

// emptyList reports a divisor that sums or counts a list given empty:
// nothing to measure (no 楼堂馆所 completed this year).
func (ev *evaluation) emptyList(n formula.Node) bool {
	a, ok := ev.amounts[formula.Strip(n)]
	return ok && a.Empty
}

// value is the exact value of n, or nil after a division by 0.
func (ev *evaluation) value(n formula.Node) *big.Rat {
	switch n := n.(type) {
	case *formula.Number:
		return n.Value.Rat()
	case *formula.Group:
		return ev.value(n.X)
	case *formula.Negate:
		return neg(ev.value(n.X))
	case *formula.Binary:
		return ev.binary(n)
	case *formula.Call:
		return ev.call(n)
	}
	return ev.amounts[n].Value.Rat()
}

func (ev *evaluation) binary(n *formula.Binary) *big.Rat {
	l := ev.value(n.L)
	r := ev.value(n.R)
	if l == nil || r == nil {
		return nil
	}
	out := new(big.Rat)
	switch n.Op {
	case formula.Add:
		return out.Add(l, r)
	case formula.Sub:
		return out.Sub(l, r)
	case formula.Mul:
		return out.Mul(l, r)
	}
	if r.Sign() == 0 {
		if ev.zero == nil {
			ev.zero, ev.zeroNum = n, l.Sign() == 0
		}
		return nil
	}
	return out.Quo(l, r)
}

func (ev *evaluation) call(n *formula.Call) *big.Rat {
	switch n.Func {
	case formula.ZeroIfBlank:
		if ev.omitted[n] {
			return new(big.Rat)
		}
		return ev.value(n.Args[0])
	case formula.Least, formula.Greatest:
		return ev.extreme(n)
	}
	return ev.amounts[n].Value.Rat()
}

// extreme is 最小 or 最大 of the arguments.
func (ev *evaluation) extreme(n *formula.Call) *big.Rat {
	var best *big.Rat
	for _, a := range n.Args {
		v := ev.value(a)
		if v == nil {
			return nil
		}
		if c := v.Cmp(orSelf(best, v)); best == nil || (n.Func == formula.Least && c < 0) || (n.Func == formula.Greatest && c > 0) {
			best = v
		}
	}
	return best
}

func orSelf(a, b *big.Rat) *big.Rat {
	if a == nil {
		return b
	}
	return a
}

func neg(r *big.Rat) *big.Rat {
	if r == nil {
		return nil
	}
	return new(big.Rat).Neg(r)
}

// leaves lists the values read below n, in order, without the omitted
// optional terms: the operands the reasons name.
func (ev *evaluation) leaves(n formula.Node) []Amount {
	var out []Amount
	var walk func(formula.Node)
	walk = func(c formula.Node) {
		if a, ok := ev.amounts[c]; ok {
			out = append(out, a)
			return
		}
		if ev.omitted[c] {
			return
		}
		for _, k := range formula.Children(c) {
			walk(k)
		}
	}
	walk(n)
	return out
}
