package formula

import "jixiao/generator/num"

// Node is a node of a parsed formula. Offset is the rune offset where the
// node starts in the formula text, for messages; the At of an operator
// node is its operator's.
type Node interface{ Offset() int }

// Number is a number as written: 100, 0.5, or 100% (Percent).
type Number struct {
	Value   num.Dec
	Percent bool
	At      int
}

// Name reads a value: a fact path (人员.编制数), a recomputed total
// (合计.三公经费.本年预算) or, in a condition, a metric.
type Name struct {
	Path string
	At   int
}

// Call applies one of the functions (合计, 个数, 最小, 最大, 未填为0).
type Call struct {
	Func string
	Args []Node
	At   int
}

// Op is an arithmetic operator, as the forms print it.
type Op rune

// The operators.
const (
	Add Op = '+'
	Sub Op = '−'
	Mul Op = '×'
	Div Op = '÷'
)

// Binary is L Op R.
type Binary struct {
	Op   Op
	L, R Node
	At   int
}

// Group is a parenthesized expression, kept so that printing writes the
// parentheses the author wrote.
type Group struct {
	X  Node
	At int
}

// Negate is −X.
type Negate struct {
	X  Node
	At int
}

// Comparison is L Op R, the whole of a condition. Op is one of <, <=, >,
// >=, =, !=.
type Comparison struct {
	Op   string
	L, R Node
	At   int
}

func (n *Number) Offset() int     { return n.At }
func (n *Name) Offset() int       { return n.At }
func (n *Call) Offset() int       { return n.At }
func (n *Binary) Offset() int     { return n.L.Offset() }
func (n *Group) Offset() int      { return n.At }
func (n *Negate) Offset() int     { return n.At }
func (n *Comparison) Offset() int { return n.L.Offset() }

// The functions.
const (
	Sum         = "合计"   // 合计(列表.字段): the field added over the items of a list
	Count       = "个数"   // 个数(列表): the number of items
	Least       = "最小"   // 最小(a, b, …)
	Greatest    = "最大"   // 最大(a, b, …)
	ZeroIfBlank = "未填为0" // 未填为0(x): x, or 0 when x is not filled in (and left out of the written computation)
)

// arity gives each function's least and most arguments (0 = any).
var arity = map[string][2]int{Sum: {1, 1}, Count: {1, 1}, Least: {2, 0}, Greatest: {2, 0}, ZeroIfBlank: {1, 1}}

// Funcs lists the function names, for messages and the guide.
var Funcs = []string{Sum, Count, Least, Greatest, ZeroIfBlank}
