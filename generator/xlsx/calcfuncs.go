package xlsx

import (
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"jixiao/generator/num"
)

// calcFunc computes a function from its arguments.
type calcFunc func(e *evaluator2, args []arg) (value, error)

// calcFuncs are the functions the engine computes, made on first use
// (calcFunction), not at start-up.
var (
	calcFuncs     map[string]calcFunc
	calcFuncsOnce sync.Once
)

// calcFunction returns the function called name, if the engine computes it.
func calcFunction(name string) (calcFunc, bool) {
	calcFuncsOnce.Do(makeCalcFuncs)
	fn, ok := calcFuncs[name]
	return fn, ok
}

func makeCalcFuncs() {
	calcFuncs = map[string]calcFunc{
		"SUM":         aggregate(sumOf),
		"AVERAGE":     aggregate(averageOf),
		"MIN":         aggregate(extremeOf(-1)),
		"MAX":         aggregate(extremeOf(1)),
		"COUNT":       countOf(func(v value) bool { return v.kind == vNum }),
		"COUNTA":      countOf(func(v value) bool { return v.kind != vEmpty }),
		"ROUND":       rounding(func(d decimal.Decimal, p int32) decimal.Decimal { return d.Round(p) }),
		"ROUNDUP":     rounding(func(d decimal.Decimal, p int32) decimal.Decimal { return awayFromZero(d, p) }),
		"ROUNDDOWN":   rounding(func(d decimal.Decimal, p int32) decimal.Decimal { return d.Truncate(p) }),
		"ABS":         oneNumber(func(d num.Dec) num.Dec { return d.Abs() }),
		"INT":         oneNumber(func(d num.Dec) num.Dec { return d.Floor() }),
		"IF":          ifFunc,
		"AND":         logical(true),
		"OR":          logical(false),
		"NOT":         notFunc,
		"TEXT":        textFunc,
		"CONCATENATE": concatFunc,
	}
}

// values lists the values of args for aggregate functions: the numbers
// of ranges (text, booleans and blanks in ranges are skipped, as Excel
// does) and the direct arguments converted to numbers.
func (e *evaluator2) values(args []arg) ([]num.Dec, value, error) {
	var out []num.Dec
	for _, a := range args {
		if !a.isRange {
			d, bad, ok := toNumber(a.v)
			if !ok {
				return nil, bad, nil
			}
			out = append(out, d)
			continue
		}
		vs, err := e.wb.area(a.a)
		if err != nil {
			return nil, value{}, err
		}
		for _, v := range vs {
			switch v.kind {
			case vNum:
				out = append(out, v.n)
			case vErr:
				return nil, v, nil
			}
		}
	}
	return out, value{}, nil
}

// aggregate makes a function of all numbers of its arguments.
func aggregate(f func([]num.Dec) value) calcFunc {
	return func(e *evaluator2, args []arg) (value, error) {
		ds, bad, err := e.values(args)
		if err != nil || bad.kind == vErr {
			return bad, err
		}
		return f(ds), nil
	}
}

func sumOf(ds []num.Dec) value {
	s := num.Zero
	for _, d := range ds {
		s = s.Add(d)
	}
	return numVal(s)
}

func averageOf(ds []num.Dec) value {
	if len(ds) == 0 {
		return errVal("#DIV/0!")
	}
	return numVal(significant(sumOf(ds).n.DivRound(num.Int(int64(len(ds))), 30)))
}

func extremeOf(sign int) func([]num.Dec) value {
	return func(ds []num.Dec) value {
		if len(ds) == 0 {
			return numVal(num.Zero)
		}
		m := ds[0]
		for _, d := range ds[1:] {
			if d.Cmp(m) == sign {
				m = d
			}
		}
		return numVal(m)
	}
}

// countOf counts the values of ranges and arguments that keep.
func countOf(keep func(value) bool) calcFunc {
	return func(e *evaluator2, args []arg) (value, error) {
		n := 0
		for _, a := range args {
			vs := []value{a.v}
			if a.isRange {
				var err error
				if vs, err = e.wb.area(a.a); err != nil {
					return value{}, err
				}
			}
			for _, v := range vs {
				if keep(v) {
					n++
				}
			}
		}
		return numVal(num.Int(int64(n))), nil
	}
}

// scalars returns the arguments as values; a range argument must be one
// cell.
func (e *evaluator2) scalars(args []arg, n int) ([]value, error) {
	if n >= 0 && len(args) != n {
		return nil, errUnsupported
	}
	out := make([]value, len(args))
	for i, a := range args {
		if !a.isRange {
			out[i] = a.v
			continue
		}
		if a.a.c1 != a.a.c2 || a.a.r1 != a.a.r2 {
			return nil, errUnsupported
		}
		v, err := e.wb.cell(a.a.sheet, position{a.a.r1, a.a.c1})
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// rounding makes ROUND, ROUNDUP and ROUNDDOWN.
func rounding(f func(decimal.Decimal, int32) decimal.Decimal) calcFunc {
	return func(e *evaluator2, args []arg) (value, error) {
		vs, err := e.scalars(args, 2)
		if err != nil {
			return value{}, err
		}
		x, bad, ok := toNumber(vs[0])
		if !ok {
			return bad, nil
		}
		p, bad, ok := toNumber(vs[1])
		if !ok {
			return bad, nil
		}
		if p.Abs().GreaterThan(num.Int(30)) {
			return value{}, errUnsupported
		}
		return numVal(f(x, int32(p.IntPart()))), nil
	}
}

// awayFromZero rounds d up in magnitude to places.
func awayFromZero(d decimal.Decimal, places int32) decimal.Decimal {
	t := d.Truncate(places)
	if t.Equal(d) {
		return t
	}
	step := decimal.New(1, -places)
	if d.IsNegative() {
		return t.Sub(step)
	}
	return t.Add(step)
}

// oneNumber makes a function of one number.
func oneNumber(f func(num.Dec) num.Dec) calcFunc {
	return func(e *evaluator2, args []arg) (value, error) {
		vs, err := e.scalars(args, 1)
		if err != nil {
			return value{}, err
		}
		x, bad, ok := toNumber(vs[0])
		if !ok {
			return bad, nil
		}
		return numVal(f(x)), nil
	}
}

// truth converts a value to a condition.
func truth(v value) (bool, value, bool) {
	switch v.kind {
	case vBool:
		return v.b, value{}, true
	case vNum:
		return !v.n.IsZero(), value{}, true
	case vEmpty:
		return false, value{}, true
	case vErr:
		return false, v, false
	}
	return false, errVal("#VALUE!"), false
}

// ifFunc is IF(condition, then[, else]).
func ifFunc(e *evaluator2, args []arg) (value, error) {
	if len(args) < 2 || len(args) > 3 {
		return value{}, errUnsupported
	}
	vs, err := e.scalars(args, -1)
	if err != nil {
		return value{}, err
	}
	c, bad, ok := truth(vs[0])
	switch {
	case !ok:
		return bad, nil
	case c:
		return vs[1], nil
	case len(vs) == 3:
		return vs[2], nil
	}
	return value{kind: vBool}, nil
}

// logical makes AND (all) and OR (any).
func logical(all bool) calcFunc {
	return func(e *evaluator2, args []arg) (value, error) {
		vs, err := e.scalars(args, -1)
		if err != nil || len(vs) == 0 {
			return value{}, errUnsupported
		}
		result := all
		for _, v := range vs {
			c, bad, ok := truth(v)
			if !ok {
				return bad, nil
			}
			if c != all {
				result = !all
			}
		}
		return value{kind: vBool, b: result}, nil
	}
}

func notFunc(e *evaluator2, args []arg) (value, error) {
	vs, err := e.scalars(args, 1)
	if err != nil {
		return value{}, err
	}
	c, bad, ok := truth(vs[0])
	if !ok {
		return bad, nil
	}
	return value{kind: vBool, b: !c}, nil
}

func concatFunc(e *evaluator2, args []arg) (value, error) {
	vs, err := e.scalars(args, -1)
	if err != nil {
		return value{}, err
	}
	out := strVal("")
	for _, v := range vs {
		if out, err = concatenate("&", out, v); err != nil || out.kind == vErr {
			return out, err
		}
	}
	return out, nil
}

// textFunc is TEXT(value, format) for the plain number formats: 0, 0.00,
// #,##0, #,##0.00, 0%, 0.00% and the like.
func textFunc(e *evaluator2, args []arg) (value, error) {
	vs, err := e.scalars(args, 2)
	if err != nil {
		return value{}, err
	}
	if vs[1].kind != vStr {
		return value{}, errUnsupported
	}
	x, bad, ok := toNumber(vs[0])
	if !ok {
		return bad, nil
	}
	s, ok := formatNumber(x, vs[1].s)
	if !ok {
		return value{}, errUnsupported
	}
	return strVal(s), nil
}

// formatNumber applies a plain number format; ok is false for others.
func formatNumber(x num.Dec, format string) (string, bool) {
	pct := strings.HasSuffix(format, "%")
	body := strings.TrimSuffix(format, "%")
	group := strings.HasPrefix(body, "#,##")
	body = strings.TrimPrefix(body, "#,##")
	intPart, frac, _ := strings.Cut(body, ".")
	if intPart != "0" || strings.Trim(frac, "0") != "" {
		return "", false
	}
	if pct {
		x = x.Shift(2)
	}
	s := x.Round(int32(len(frac))).StringFixed(int32(len(frac)))
	if group {
		s = groupDigits(s)
	}
	if pct {
		s += "%"
	}
	return s, true
}

// groupDigits puts thousands separators into a fixed-point number.
func groupDigits(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		return sign + b.String() + "." + frac
	}
	return sign + b.String()
}
