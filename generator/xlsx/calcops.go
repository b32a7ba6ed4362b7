package xlsx

import (
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/generator/num"
)

// toNumber converts a value as Excel's arithmetic does: blank is 0, TRUE
// is 1, numeric text is its number; other text is #VALUE!.
func toNumber(v value) (num.Dec, value, bool) {
	switch v.kind {
	case vNum:
		return v.n, value{}, true
	case vEmpty:
		return num.Zero, value{}, true
	case vBool:
		if v.b {
			return num.Int(1), value{}, true
		}
		return num.Zero, value{}, true
	case vStr:
		if d, ok := num.Parse(strings.TrimSpace(v.s)); ok {
			return d, value{}, true
		}
		return num.Zero, errVal("#VALUE!"), false
	}
	return num.Zero, v, false
}

// toText converts a value as Excel's & does.
func toText(v value) (string, value, bool) {
	switch v.kind {
	case vStr:
		return v.s, value{}, true
	case vNum:
		return general(v.n), value{}, true
	case vBool:
		if v.b {
			return "TRUE", value{}, true
		}
		return "FALSE", value{}, true
	case vEmpty:
		return "", value{}, true
	}
	return "", v, false
}

// general writes a number as Excel's General format does for the values
// the engine computes: up to 15 significant digits, no grouping.
func general(d num.Dec) string { return significant(d).String() }

// significant rounds d to 15 significant digits, the precision Excel
// shows and keeps.
func significant(d num.Dec) num.Dec {
	if d.IsZero() {
		return num.Zero
	}
	digits := len(d.Abs().Coefficient().String())
	exp := int(d.Exponent())
	if extra := digits - 15; extra > 0 {
		return d.Round(int32(-exp - extra))
	}
	return d
}

// arith applies + - * / ^.
func arith(op string, a, b value) (value, error) {
	x, bad, ok := toNumber(a)
	if !ok {
		return bad, nil
	}
	y, bad, ok := toNumber(b)
	if !ok {
		return bad, nil
	}
	dx, dy := x, y
	switch op {
	case "+":
		return numVal(dx.Add(dy)), nil
	case "-":
		return numVal(dx.Sub(dy)), nil
	case "*":
		return numVal(dx.Mul(dy)), nil
	case "/":
		if dy.IsZero() {
			return errVal("#DIV/0!"), nil
		}
		return numVal(significant(dx.DivRound(dy, 30))), nil
	case "^":
		if !dy.IsInteger() || dy.Abs().GreaterThan(decimal.NewFromInt(64)) {
			return value{}, errUnsupported
		}
		if dy.IsNegative() {
			if dx.IsZero() {
				return errVal("#DIV/0!"), nil
			}
			return numVal(significant(decimal.NewFromInt(1).DivRound(dx.Pow(dy.Neg()), 30))), nil
		}
		return numVal(dx.Pow(dy)), nil
	}
	return value{}, errUnsupported
}

// concatenate applies &.
func concatenate(_ string, a, b value) (value, error) {
	x, bad, ok := toText(a)
	if !ok {
		return bad, nil
	}
	y, bad, ok := toText(b)
	if !ok {
		return bad, nil
	}
	return strVal(x + y), nil
}

// compare applies = <> < > <= >= as Excel does: numbers below text below
// booleans, text compared without case.
func compare(op string, a, b value) (value, error) {
	if a.kind == vErr {
		return a, nil
	}
	if b.kind == vErr {
		return b, nil
	}
	c := order(a, b)
	r := map[string]bool{"=": c == 0, "<>": c != 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0}[op]
	return value{kind: vBool, b: r}, nil
}

// order compares two values in Excel's order.
func order(a, b value) int {
	if a.kind == vEmpty {
		a = blankLike(b)
	}
	if b.kind == vEmpty {
		b = blankLike(a)
	}
	rank := func(v value) int { return map[vkind]int{vNum: 0, vStr: 1, vBool: 2}[v.kind] }
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra - rb
	}
	switch a.kind {
	case vNum:
		return a.n.Cmp(b.n)
	case vStr:
		return strings.Compare(strings.ToUpper(a.s), strings.ToUpper(b.s))
	case vBool:
		return boolRank(a.b) - boolRank(b.b)
	}
	return 0
}

// blankLike is what a blank cell compares as next to v: 0, "" or FALSE.
func blankLike(v value) value {
	switch v.kind {
	case vStr:
		return strVal("")
	case vBool:
		return value{kind: vBool}
	}
	return numVal(num.Zero)
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
