package xlsx

import (
	"errors"
	"strings"

	"github.com/xuri/efp"

	"jixiao/generator/num"
)

// The engine computes the values of the formulas its output depends on, so
// that a workbook shows numbers where it is previewed without being
// recalculated (mobile and chat-app previews read the cached values). It
// computes with exact decimals, as Excel would show them: the common
// arithmetic, comparison and text operators and the functions in calcFuncs
// over numbers, text, booleans and cell and range references. A formula
// using anything else (other functions, defined names, array formulas,
// references to other workbooks) is left without a cached value and the
// workbook is marked for recalculation when it is opened.

// errUnsupported stops the evaluation of a formula the engine does not
// compute.
var errUnsupported = errors.New("unsupported")

// vkind is the kind of a formula value.
type vkind int

const (
	vEmpty vkind = iota
	vNum
	vStr
	vBool
	vErr
)

// value is a formula value: a number, text, a boolean, an error (#DIV/0!)
// or empty (a blank cell).
type value struct {
	kind vkind
	n    num.Dec
	s    string // text, or the error's name
	b    bool
}

func numVal(d num.Dec) value { return value{kind: vNum, n: d} }
func strVal(s string) value  { return value{kind: vStr, s: s} }
func errVal(s string) value  { return value{kind: vErr, s: s} }

// area is a reference resolved to a sheet and a rectangle.
type area struct {
	sheet string
	rect
}

// cells is how the evaluator reads the workbook: one cell, or the cells
// of an area that hold something.
type cells interface {
	cell(sheet string, p position) (value, error)
	area(a area) ([]value, error)
}

// evaluator computes one formula of sheet host.
type evaluator2 struct {
	toks []efp.Token
	i    int
	host string
	wb   cells
}

// evalFormula computes formula, written in a cell of sheet host.
func evalFormula(formula, host string, wb cells) (v value, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = value{}, errUnsupported // a formula efp cannot tokenize well
		}
	}()
	var toks []efp.Token
	ps := efp.ExcelParser()
	for _, t := range ps.Parse(formula) {
		if t.TType != efp.TokenTypeWhitespace && t.TType != efp.TokenTypeNoop {
			toks = append(toks, cleanToken(t))
		}
	}
	e := &evaluator2{toks: toks, host: host, wb: wb}
	v, err = e.expr()
	if err == nil && e.i != len(e.toks) {
		err = errUnsupported
	}
	return v, err
}

// peek returns the next token, or a zero token at the end.
func (e *evaluator2) peek() efp.Token {
	if e.i < len(e.toks) {
		return e.toks[e.i]
	}
	return efp.Token{}
}

// infix reports whether the next token is the infix operator op.
func (e *evaluator2) infix(ops ...string) (string, bool) {
	t := e.peek()
	if t.TType != efp.TokenTypeOperatorInfix {
		return "", false
	}
	for _, op := range ops {
		if t.TValue == op {
			e.i++
			return op, true
		}
	}
	return "", false
}

// expr := concat (cmp concat)*
func (e *evaluator2) expr() (value, error) {
	return e.binary(e.concat, compare, "=", "<>", "<", ">", "<=", ">=")
}

// concat := additive ("&" additive)*
func (e *evaluator2) concat() (value, error) {
	return e.binary(e.additive, concatenate, "&")
}

// additive := term (("+"|"-") term)*
func (e *evaluator2) additive() (value, error) { return e.binary(e.term, arith, "+", "-") }

// term := power (("*"|"/") power)*
func (e *evaluator2) term() (value, error) { return e.binary(e.power, arith, "*", "/") }

// power := unary ("^" unary)*
func (e *evaluator2) power() (value, error) { return e.binary(e.unary, arith, "^") }

// binary parses operand (op operand)* left to right.
func (e *evaluator2) binary(operand func() (value, error), apply func(op string, a, b value) (value, error), ops ...string) (value, error) {
	a, err := operand()
	if err != nil {
		return a, err
	}
	for {
		op, ok := e.infix(ops...)
		if !ok {
			return a, nil
		}
		b, err := operand()
		if err != nil {
			return b, err
		}
		if a, err = apply(op, a, b); err != nil {
			return a, err
		}
	}
}

// unary := ("-"|"+") unary | postfix
func (e *evaluator2) unary() (value, error) {
	if t := e.peek(); t.TType == efp.TokenTypeOperatorPrefix {
		e.i++
		v, err := e.unary()
		if err != nil || t.TValue != "-" {
			return v, err
		}
		return arith("-", numVal(num.Zero), v)
	}
	return e.postfix()
}

// postfix := primary "%"*
func (e *evaluator2) postfix() (value, error) {
	v, err := e.primary()
	for err == nil && e.peek().TType == efp.TokenTypeOperatorPostfix && e.peek().TValue == "%" {
		e.i++
		v, err = arith("/", v, numVal(num.Int(100)))
	}
	return v, err
}

// primary := number | text | logical | error | reference | function | "(" expr ")"
func (e *evaluator2) primary() (value, error) {
	t := e.peek()
	e.i++
	switch {
	case t.TType == efp.TokenTypeOperand:
		return e.operand(t)
	case t.TType == efp.TokenTypeSubexpression && t.TSubType == efp.TokenSubTypeStart:
		v, err := e.expr()
		if err != nil {
			return v, err
		}
		if s := e.peek(); s.TType != efp.TokenTypeSubexpression || s.TSubType != efp.TokenSubTypeStop {
			return value{}, errUnsupported
		}
		e.i++
		return v, nil
	case t.TType == efp.TokenTypeFunction && t.TSubType == efp.TokenSubTypeStart:
		return e.call(strings.ToUpper(t.TValue))
	}
	return value{}, errUnsupported
}

// operand evaluates a constant or a single-cell reference.
func (e *evaluator2) operand(t efp.Token) (value, error) {
	switch t.TSubType {
	case efp.TokenSubTypeNumber:
		d, ok := num.Parse(t.TValue)
		if !ok {
			return value{}, errUnsupported
		}
		return numVal(d), nil
	case efp.TokenSubTypeText:
		return strVal(t.TValue), nil
	case efp.TokenSubTypeLogical:
		return value{kind: vBool, b: strings.EqualFold(t.TValue, "TRUE")}, nil
	case efp.TokenSubTypeError:
		return errVal(t.TValue), nil
	case efp.TokenSubTypeRange:
		a, err := e.area(t.TValue)
		if err != nil || a.c1 != a.c2 || a.r1 != a.r2 {
			return value{}, errUnsupported // a range outside a function needs implicit intersection
		}
		return e.wb.cell(a.sheet, position{a.r1, a.c1})
	}
	return value{}, errUnsupported
}

// area resolves a reference; names, whole rows and columns are not
// computed.
func (e *evaluator2) area(text string) (area, error) {
	r, ok := parseRef(text)
	if !ok || r.p1.col == "" || r.p1.row == 0 {
		return area{}, errUnsupported
	}
	sheet := r.sheet
	if r.prefix == "" {
		sheet = e.host
	}
	if !r.isRange {
		r.p2 = r.p1
	}
	ra, ok := parseArea(r.p1.String() + ":" + r.p2.String())
	if !ok {
		return area{}, errUnsupported
	}
	return area{sheet: sheet, rect: ra}, nil
}

// arg is one function argument: a value, or a range.
type arg struct {
	v       value
	a       area
	isRange bool
}

// call parses the arguments of function name and applies it.
func (e *evaluator2) call(name string) (value, error) {
	fn, ok := calcFunction(name)
	if !ok {
		return value{}, errUnsupported
	}
	var args []arg
	for {
		t := e.peek()
		if t.TType == efp.TokenTypeFunction && t.TSubType == efp.TokenSubTypeStop {
			e.i++
			return fn(e, args)
		}
		if len(args) > 0 {
			if t.TType != efp.TokenTypeArgument {
				return value{}, errUnsupported
			}
			e.i++
		}
		a, err := e.argument()
		if err != nil {
			return value{}, err
		}
		args = append(args, a)
	}
}

// argument parses one argument: a lone range stays a range.
func (e *evaluator2) argument() (arg, error) {
	t := e.peek()
	if t.TType == efp.TokenTypeOperand && t.TSubType == efp.TokenSubTypeRange && e.i+1 < len(e.toks) {
		next := e.toks[e.i+1]
		if next.TType == efp.TokenTypeArgument || (next.TType == efp.TokenTypeFunction && next.TSubType == efp.TokenSubTypeStop) {
			a, err := e.area(t.TValue)
			if err != nil {
				return arg{}, err
			}
			e.i++
			return arg{a: a, isRange: true}, nil
		}
	}
	v, err := e.expr()
	return arg{v: v}, err
}

// cleanToken trims the line breaks efp leaves around an operand, and
// makes a number it took for a reference a number again.
func cleanToken(t efp.Token) efp.Token {
	if t.TType != efp.TokenTypeOperand || t.TSubType == efp.TokenSubTypeText {
		return t
	}
	t.TValue = strings.TrimSpace(t.TValue)
	if _, ok := num.Parse(t.TValue); ok && t.TSubType == efp.TokenSubTypeRange {
		t.TSubType = efp.TokenSubTypeNumber
	}
	return t
}
