package formula

import (
	"strings"
	"unicode/utf8"

	"jixiao/generator/num"
)

// Expr is a parsed formula.
type Expr struct {
	Src  string
	Root Node
}

// Parse reads a metric formula. “%” may appear only in the final “× 100%”
// that makes the formula a rate.
func Parse(src string) (*Expr, error) {
	p, err := newParser(src)
	if err != nil {
		return nil, err
	}
	root, err := p.whole(p.expr)
	if err != nil {
		return nil, err
	}
	e := &Expr{Src: src, Root: root}
	if err := e.checkPercents(); err != nil {
		return nil, err
	}
	return e, nil
}

// ParseComparison reads a condition: two values compared, each a name or
// a number (a rate may be written 95%). Arithmetic belongs in a metric,
// which the condition then names.
func ParseComparison(src string) (*Comparison, error) {
	p, err := newParser(src)
	if err != nil {
		return nil, err
	}
	root, err := p.whole(p.comparison)
	if err != nil {
		return nil, err
	}
	c, ok := root.(*Comparison)
	if !ok {
		return nil, errAt(0, "条件要比较两个值，如“人员.聘用人员.实际 <= 人员.聘用人员.批复”，缺少 <、<=、>、>=、= 或 ≠")
	}
	for _, side := range []Node{c.L, c.R} {
		switch side.(type) {
		case *Name, *Number:
		default:
			return nil, errAt(side.Offset(), "条件的两边只能是指标、事实或数字；要比较算式，请先在 pack.yaml 的“指标”中定义它，再在条件中写它的名称")
		}
	}
	return c, nil
}

type parser struct {
	toks []token
	i    int
}

// MaxLength is the longest formula read, in characters: a formula of the
// forms is one line; this bounds the parser's work and depth.
const MaxLength = 1000

func newParser(src string) (*parser, error) {
	if strings.TrimSpace(src) == "" {
		return nil, errAt(0, "公式是空的")
	}
	if n := utf8.RuneCountInString(src); n > MaxLength {
		return nil, errAt(MaxLength, "公式有%d个字，超过%d个字；请把它分成几个指标", n, MaxLength)
	}
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	return &parser{toks: toks}, nil
}

func (p *parser) peek() token { return p.toks[p.i] }

func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}

// whole parses with rule and requires the end of the text after it.
func (p *parser) whole(rule func() (Node, error)) (Node, error) {
	n, err := rule()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tEOF {
		return nil, errAt(t.at, "多出的“%s”%s", show(t), extraHint(t))
	}
	return n, nil
}

func (p *parser) comparison() (Node, error) {
	l, err := p.expr()
	if err != nil || p.peek().kind != tCompare {
		return l, err
	}
	op := p.next()
	r, err := p.expr()
	if err != nil {
		return nil, err
	}
	return &Comparison{Op: op.text, L: l, R: r, At: op.at}, nil
}

// expr is a sum: terms joined by + and −.
func (p *parser) expr() (Node, error) {
	return p.chain(p.term, "+", "−")
}

// term is a product: factors joined by × and ÷.
func (p *parser) term() (Node, error) {
	return p.chain(p.factor, "×", "÷")
}

// chain parses operands joined left to right by the given operators.
func (p *parser) chain(operand func() (Node, error), ops ...string) (Node, error) {
	l, err := operand()
	if err != nil {
		return nil, err
	}
	for t := p.peek(); t.kind == tOp && (t.text == ops[0] || t.text == ops[1]); t = p.peek() {
		p.next()
		r, err := operand()
		if err != nil {
			return nil, err
		}
		l = &Binary{Op: Op([]rune(t.text)[0]), L: l, R: r, At: t.at}
	}
	return l, nil
}

func (p *parser) factor() (Node, error) {
	t := p.next()
	switch t.kind {
	case tOp:
		if t.text != "−" {
			break
		}
		x, err := p.factor()
		if err != nil {
			return nil, err
		}
		return &Negate{X: x, At: t.at}, nil
	case tNumber:
		return number(t)
	case tName:
		if p.peek().kind == tLParen {
			return p.call(t)
		}
		return &Name{Path: strings.Trim(t.text, "."), At: t.at}, nil
	case tLParen:
		return p.group(t)
	}
	return nil, errAt(t.at, "这里应是一个数、名称或“（”，实际是%s", describe(t))
}

func (p *parser) group(open token) (Node, error) {
	x, err := p.expr()
	if err != nil {
		return nil, err
	}
	if t := p.next(); t.kind != tRParen {
		return nil, errAt(open.at, "“（”没有对应的“）”")
	}
	return &Group{X: x, At: open.at}, nil
}

func (p *parser) call(name token) (Node, error) {
	ar, ok := arity[name.text]
	if !ok {
		return nil, errAt(name.at, "不认识的函数“%s”（可用：%s）", name.text, strings.Join(Funcs, "、"))
	}
	p.next() // (
	c := &Call{Func: name.text, At: name.at}
	for {
		arg, err := p.expr()
		if err != nil {
			return nil, err
		}
		c.Args = append(c.Args, arg)
		if t := p.next(); t.kind == tRParen {
			break
		} else if t.kind != tComma {
			return nil, errAt(t.at, "函数“%s”的参数之间用逗号分隔，并以“）”结束", name.text)
		}
	}
	if len(c.Args) < ar[0] || (ar[1] > 0 && len(c.Args) > ar[1]) {
		return nil, errAt(name.at, "函数“%s”%s", name.text, arityText(ar))
	}
	return c, nil
}

func arityText(ar [2]int) string {
	if ar[0] == ar[1] {
		return "只有一个参数"
	}
	return "至少要有两个参数"
}

func number(t token) (Node, error) {
	text, pct := strings.CutSuffix(t.text, "%")
	d, ok := num.Parse(text)
	if !ok {
		return nil, errAt(t.at, "“%s”不是数字", t.text)
	}
	return &Number{Value: d, Percent: pct, At: t.at}, nil
}

func show(t token) string {
	switch t.kind {
	case tLParen:
		return "（"
	case tRParen:
		return "）"
	case tComma:
		return "，"
	}
	return t.text
}

func describe(t token) string {
	if t.kind == tEOF {
		return "公式的结尾（公式没写完）"
	}
	return "“" + show(t) + "”"
}

func extraHint(t token) string {
	switch t.kind {
	case tRParen:
		return "：“）”没有对应的“（”"
	case tName, tNumber:
		return "：两个值之间缺少运算符（+ − × ÷）"
	case tCompare:
		return "：指标的公式不能有比较，比较写在规则的“条件”中"
	}
	return ""
}

// checkPercents allows “%” only in the final “× 100%”.
func (e *Expr) checkPercents() error {
	var bad *Number
	Walk(e.Root, func(n Node) {
		if nb, ok := n.(*Number); ok && nb.Percent && nb != e.rateMark() && bad == nil {
			bad = nb
		}
	})
	if bad != nil {
		return errAt(bad.At, "“%%”只能用在公式末尾的“× 100%%”，表示结果是百分比")
	}
	return nil
}

// rateMark is the “100%” of a formula ending in “× 100%”, or nil.
func (e *Expr) rateMark() *Number {
	b, ok := e.Root.(*Binary)
	if !ok || b.Op != Mul {
		return nil
	}
	n, ok := b.R.(*Number)
	if !ok || !n.Percent || !n.Value.Equal(num.Hundred) {
		return nil
	}
	return n
}

// IsRate reports whether the formula ends in “× 100%”: its value is a
// percentage, held in percent units (82 for 82%).
func (e *Expr) IsRate() bool { return e.rateMark() != nil }
