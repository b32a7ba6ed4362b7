package tmpl

import "fmt"

// MergeDownFunc is the name of the function that makes a MergeDown.
const MergeDownFunc = "纵向合并"

// MergeDown is a value that asks the table it lands in to merge it with
// the cells above and below holding the same value, as the official forms
// merge 一级指标 and 二级指标 down their rows. Templates make it with
// 纵向合并. Within lists values the neighbours must share as well: with
// {{纵向合并 .二级指标 .一级指标}} a run of equal 二级指标 ends where the
// 一级指标 changes, even if the next 二级指标 has the same name.
//
// Both engines merge runs of two or more cells where the value is all a
// cell of a row loop holds (xlsx merges the range, docx sets w:vMerge);
// everywhere else a MergeDown prints as its value.
type MergeDown struct {
	Value  any
	Within []any
}

// String returns the value's text, so a MergeDown prints like its value.
func (m MergeDown) String() string { return valueText(m.Value) }

// Continues reports whether m, in the row just below prev, belongs to
// prev's run: the same text and the same Within texts. Blanks never
// merge: a blank value says "nothing here", not "same as above", and a
// blank group value is no group (its cells stay apart, so the rows beside
// them must too).
func (m MergeDown) Continues(prev MergeDown) bool {
	if m.String() == "" || m.String() != prev.String() || len(m.Within) != len(prev.Within) {
		return false
	}
	for i := range m.Within {
		w := valueText(m.Within[i])
		if w == "" || w != valueText(prev.Within[i]) {
			return false
		}
	}
	return true
}

// valueText is how a template prints v: nil as nothing, Stringers (exact
// decimals, Pending markers) by their String method.
func valueText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

// mergeDown is the template function 纵向合并. A value that is already a
// MergeDown is not wrapped twice.
func mergeDown(v any, within ...any) MergeDown {
	if m, ok := v.(MergeDown); ok {
		v = m.Value
	}
	return MergeDown{Value: v, Within: within}
}
