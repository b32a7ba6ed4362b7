package tmpl

import (
	"fmt"
	"strconv"

	"jixiao/generator/num"
)

// errPending signals that an argument is Pending; callers return the Pending
// value itself so the marker shows in the document.
type pendingArg struct{ p Pending }

func (e pendingArg) Error() string { return e.p.String() }

// ToDec converts a template value to an exact decimal. It accepts decimals,
// Go integers, float64 (by its shortest decimal form), and strings that
// num.Parse accepts. A Pending value is reported through the second result.
func ToDec(v any) (num.Dec, *Pending, error) {
	switch x := v.(type) {
	case num.Dec:
		return x, nil, nil
	case *num.Dec:
		if x == nil {
			return num.Zero, nil, fmt.Errorf("空值不是数字")
		}
		return *x, nil, nil
	case Pending:
		return num.Zero, &x, nil
	case NotApplicable:
		return num.Zero, nil, fmt.Errorf("不适用，没有数值（%s）", x.Why)
	case int:
		return num.Int(int64(x)), nil, nil
	case int64:
		return num.Int(x), nil, nil
	case float64:
		d, _ := num.Parse(strconv.FormatFloat(x, 'f', -1, 64))
		return d, nil, nil
	case string:
		if d, ok := num.Parse(x); ok {
			return d, nil, nil
		}
		return num.Zero, nil, fmt.Errorf("“%s”不是数字", x)
	}
	return num.Zero, nil, fmt.Errorf("%v（%T）不是数字", v, v)
}

// decArgs converts every argument, stopping at the first Pending (returned
// as the second result) or error.
func decArgs(vs ...any) ([]num.Dec, *Pending, error) {
	out := make([]num.Dec, len(vs))
	for i, v := range vs {
		d, p, err := ToDec(v)
		if err != nil || p != nil {
			return nil, p, err
		}
		out[i] = d
	}
	return out, nil, nil
}

// IsPending reports whether v is a Pending value.
func IsPending(v any) bool {
	_, ok := v.(Pending)
	return ok
}

// IsAbsent reports whether v stands for a value the unit does not give: a
// Pending or a NotApplicable.
func IsAbsent(v any) bool {
	switch v.(type) {
	case Pending, NotApplicable:
		return true
	}
	return false
}
