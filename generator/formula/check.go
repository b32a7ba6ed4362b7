package formula

import (
	"fmt"

	"jixiao/generator/facts"
)

// Env tells Check what the names of a formula are.
type Env interface {
	// Lookup describes the value a name reads; ok is false for a name that
	// is neither a fact nor a total.
	Lookup(path string) (v Value, ok bool)
	// Hint suggests the nearest known name to a misspelt one: "，是不是“…”？".
	Hint(path string) string
}

// Value is what a name reads: a fact of the schema (or a recomputed
// total, which is an amount), with the list it sits in, if any.
type Value struct {
	Kind facts.Kind
	Unit string // 万元, 人, 个, % …; "" when none
	List string // the list whose items hold it ("楼堂馆所"), "" when none
	Desc string // what it is, for messages
}

// numeric reports whether a value can take part in arithmetic.
func (v Value) numeric() bool { return v.Kind.IsNumber() }

// Problem is a type error of a formula, at a character of it.
type Problem = Error

// Check reports every name a formula cannot read and every operation its
// values do not allow: unknown names, texts and dates in arithmetic, a
// list's field outside 合计, amounts added to head counts.
func Check(n Node, env Env) []*Problem {
	c := &checker{env: env}
	c.node(n)
	return c.problems
}

type checker struct {
	env      Env
	problems []*Problem
}

func (c *checker) add(at int, format string, args ...any) {
	c.problems = append(c.problems, errAt(at, format, args...))
}

// node checks n and returns its type; ok is false when it is already
// reported, so that one mistake is said once.
func (c *checker) node(n Node) (Value, bool) {
	switch n := n.(type) {
	case *Number:
		return Value{Kind: facts.Decimal}, true
	case *Name:
		return c.name(n)
	case *Group:
		return c.node(n.X)
	case *Negate:
		return c.node(n.X)
	case *Binary:
		return c.binary(n)
	case *Call:
		return c.call(n)
	case *Comparison:
		c.node(n.L)
		c.node(n.R)
		return Value{Kind: facts.Bool}, false
	}
	return Value{}, false
}

func (c *checker) lookup(n *Name) (Value, bool) {
	v, ok := c.env.Lookup(n.Path)
	if !ok {
		c.add(n.At, "不认识的名称“%s”：它既不是事实，也不是合计%s", n.Path, c.env.Hint(n.Path))
	}
	return v, ok
}

// name checks a name read as a value of its own (not inside 合计 or 个数).
func (c *checker) name(n *Name) (Value, bool) {
	v, ok := c.lookup(n)
	switch {
	case !ok:
		return v, false
	case v.Kind == facts.List:
		c.add(n.At, "“%s”是列表：写 个数(%s) 取项数，或 合计(%s.字段) 把某一栏加起来", n.Path, n.Path, n.Path)
	case v.List != "":
		c.add(n.At, "“%s”是列表“%s”中每一项的数，请写 合计(%s)", n.Path, v.List, n.Path)
	case v.Kind == facts.Object:
		c.add(n.At, "“%s”是一组事实（%s），请写到其中具体的一项", n.Path, v.Desc)
	case !v.numeric():
		c.add(n.At, "“%s”是%s，不能参加计算", n.Path, v.Kind)
	default:
		return v, true
	}
	return v, false
}

func (c *checker) binary(n *Binary) (Value, bool) {
	l, lok := c.node(n.L)
	r, rok := c.node(n.R)
	if !lok || !rok {
		return Value{Kind: facts.Decimal}, false
	}
	switch n.Op {
	case Add, Sub:
		return c.same(n.At, string(n.Op), l, r)
	case Mul:
		if l.Unit == "" {
			return r, true
		}
		return l, true
	}
	if nb, ok := Strip(n.R).(*Number); ok && nb.Value.IsZero() {
		c.add(n.At, "不能除以 0")
		return l, false
	}
	if r.Unit == "" {
		return l, true
	}
	return Value{Kind: facts.Decimal}, true
}

// same checks that two values may be added, compared or set side by side:
// the same unit, or a plain number with anything.
func (c *checker) same(at int, op string, l, r Value) (Value, bool) {
	switch {
	case l.Unit == r.Unit || r.Unit == "":
		return l, true
	case l.Unit == "":
		return r, true
	}
	c.add(at, "“%s”两边的单位不同（%s、%s），不能%s", op, unitName(l), unitName(r), opVerb(op))
	return l, false
}

func opVerb(op string) string {
	if op == "+" || op == "−" {
		return "相加减"
	}
	return "放在一起比较"
}

func unitName(v Value) string {
	if v.Kind == facts.Money {
		return "金额，万元"
	}
	return fmt.Sprintf("%s，%s", v.Kind, v.Unit)
}

func (c *checker) call(n *Call) (Value, bool) {
	switch n.Func {
	case Sum:
		return c.sum(n)
	case Count:
		return c.count(n)
	case ZeroIfBlank:
		return c.node(n.Args[0])
	}
	v, ok := c.node(n.Args[0])
	for _, a := range n.Args[1:] {
		w, wok := c.node(a)
		if ok && wok {
			v, ok = c.same(a.Offset(), n.Func, v, w)
		}
	}
	return v, ok
}

// sum checks 合计(列表.字段): one name, a number inside a list.
func (c *checker) sum(n *Call) (Value, bool) {
	arg, isName := n.Args[0].(*Name)
	if !isName {
		c.add(n.At, "合计(…) 里写列表中的一栏，如 合计(楼堂馆所.实际投资)")
		return Value{}, false
	}
	v, ok := c.lookup(arg)
	switch {
	case !ok:
		return v, false
	case v.List == "":
		c.add(arg.At, "“%s”不在列表中，不用 合计(…)；合计(…) 把列表各项的某一栏加起来", arg.Path)
	case !v.numeric():
		c.add(arg.At, "“%s”是%s，不能相加", arg.Path, v.Kind)
	default:
		v.List = ""
		return v, true
	}
	return v, false
}

// count checks 个数(列表).
func (c *checker) count(n *Call) (Value, bool) {
	arg, isName := n.Args[0].(*Name)
	if !isName {
		c.add(n.At, "个数(…) 里写一个列表，如 个数(公共项目)")
		return Value{}, false
	}
	v, ok := c.lookup(arg)
	if ok && v.Kind != facts.List {
		c.add(arg.At, "“%s”不是列表，不能数项数", arg.Path)
		return v, false
	}
	return Value{Kind: facts.Count}, ok
}
