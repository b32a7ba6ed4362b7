package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Severity says whether a diagnostic stops the work (Error) or only informs.
type Severity int

const (
	// Error means the input is wrong: the command exits non-zero and writes
	// nothing.
	Error Severity = iota
	// Warning means the input is usable but something looks wrong or is
	// missing; the command still succeeds.
	Warning
)

// String returns the Chinese label printed before the message.
func (s Severity) String() string {
	if s == Error {
		return "错误"
	}
	return "提示"
}

// Diagnostic is one problem: where, how bad, what.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Msg      string
}

// String formats d as "pos: 错误: msg".
func (d Diagnostic) String() string {
	if d.Pos.IsZero() {
		return fmt.Sprintf("%s: %s", d.Severity, d.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Msg)
}

// List collects diagnostics. The zero List is ready to use.
type List []Diagnostic

// Errorf adds an error at pos.
func (l *List) Errorf(pos Pos, format string, args ...any) {
	*l = append(*l, Diagnostic{Pos: pos, Severity: Error, Msg: fmt.Sprintf(format, args...)})
}

// Warnf adds a warning at pos.
func (l *List) Warnf(pos Pos, format string, args ...any) {
	*l = append(*l, Diagnostic{Pos: pos, Severity: Warning, Msg: fmt.Sprintf(format, args...)})
}

// Append adds every diagnostic of other.
func (l *List) Append(other List) { *l = append(*l, other...) }

// HasErrors reports whether any diagnostic is an Error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns only the errors, in order.
func (l List) Errors() List { return l.filter(Error) }

// Warnings returns only the warnings, in order.
func (l List) Warnings() List { return l.filter(Warning) }

func (l List) filter(s Severity) List {
	var out List
	for _, d := range l {
		if d.Severity == s {
			out = append(out, d)
		}
	}
	return out
}

// Sort orders the list by position, keeping the order of equal positions.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool { return l[i].Pos.Less(l[j].Pos) })
}

// Error makes a List usable as an error: one diagnostic per line.
func (l List) Error() string {
	lines := make([]string, len(l))
	for i, d := range l {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// Err returns l as an error when it holds at least one Error, else nil.
func (l List) Err() error {
	if l.HasErrors() {
		return l
	}
	return nil
}
