package tmpl

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"text/template"
)

// checkedBinders bind the sprig functions whose result can be far larger
// than their arguments, each checking the size it will build before
// building it. Where sprig's own function is used, the results are the
// same.
func checkedBinders(all map[string]any) map[string]binder {
	split := all["split"].(func(string, string) map[string]string)
	splitn := all["splitn"].(func(string, int, string) map[string]string)
	m := map[string]binder{
		"indent":                 func(b *Budget) any { return b.indent },
		"nindent":                func(b *Budget) any { return b.nindent },
		"replace":                func(b *Budget) any { return b.replace },
		"regexReplaceAll":        func(b *Budget) any { return b.regexReplaceAll },
		"regexReplaceAllLiteral": func(b *Budget) any { return b.regexReplaceAllLiteral },
		"regexFindAll":           func(b *Budget) any { return b.regexFindAll },
		"regexSplit":             func(b *Budget) any { return b.regexSplit },
		"splitList":              func(b *Budget) any { return b.splitList },
		"fromJson":               func(b *Budget) any { return b.fromJSON },
		"split":                  func(b *Budget) any { return b.split(split) },
		"splitn":                 func(b *Budget) any { return b.splitn(splitn) },
		"uniq":                   func(b *Budget) any { return b.quadratic(all["uniq"]) },
		"without":                func(b *Budget) any { return b.quadratic(all["without"]) },
	}
	growth := map[string]func(b *Budget) func(args []reflect.Value) int64{
		"wrap": func(*Budget) func([]reflect.Value) int64 {
			return func(a []reflect.Value) int64 { return 2*int64(a[1].Len()) + 1 }
		},
		"wrapWith": func(*Budget) func([]reflect.Value) int64 {
			return func(a []reflect.Value) int64 { return wrapSize(int(a[0].Int()), a[1].Len(), a[2].Len()) }
		},
		"b64enc": func(*Budget) func([]reflect.Value) int64 {
			return func(a []reflect.Value) int64 { return int64(a[0].Len())/3*4 + 4 }
		},
		"cat":      func(b *Budget) func([]reflect.Value) int64 { return b.argsSize(1, 1) },
		"quote":    func(b *Budget) func([]reflect.Value) int64 { return b.argsSize(1, 4) },
		"squote":   func(b *Budget) func([]reflect.Value) int64 { return b.argsSize(1, 3) },
		"toString": func(b *Budget) func([]reflect.Value) int64 { return b.argsSize(1, 0) },
		"join": func(b *Budget) func([]reflect.Value) int64 {
			return func(a []reflect.Value) int64 { return b.joinSize(a[0].Len(), a[1]) }
		},
		"toJson":       func(b *Budget) func([]reflect.Value) int64 { return b.argsSize(6, 2) },
		"toRawJson":    func(b *Budget) func([]reflect.Value) int64 { return b.argsSize(6, 2) },
		"toPrettyJson": func(b *Budget) func([]reflect.Value) int64 { return b.prettySize },
	}
	for name, est := range growth {
		fn := all[name]
		m[name] = func(b *Budget) any { return b.stringFn(fn, est(b)) }
	}
	return m
}

// builtinBinders replace text/template's printing built-ins by ones that
// check their result's size first.
var builtinBinders = map[string]binder{
	"print":    func(b *Budget) any { return b.stringFn(fmt.Sprint, b.argsSize(1, 1)) },
	"println":  func(b *Budget) any { return b.stringFn(fmt.Sprintln, b.argsSize(1, 1)) },
	"printf":   func(b *Budget) any { return b.stringFn(fmt.Sprintf, b.printfSize) },
	"html":     func(b *Budget) any { return b.stringFn(template.HTMLEscaper, b.argsSize(6, 1)) },
	"js":       func(b *Budget) any { return b.stringFn(template.JSEscaper, b.argsSize(6, 1)) },
	"urlquery": func(b *Budget) any { return b.stringFn(template.URLQueryEscaper, b.argsSize(3, 1)) },
}

// indent is sprig's indent, refusing a negative or oversized indentation.
func (b *Budget) indent(spaces int, s string) (string, error) {
	if spaces < 0 {
		return "", fmt.Errorf("缩进不能为负数（%d）", spaces)
	}
	lines := strings.Count(s, "\n") + 1
	if err := b.Bytes(sum(int64(len(s)), product(spaces, lines))); err != nil {
		return "", err
	}
	pad := strings.Repeat(" ", spaces)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad), nil
}

// nindent is indent after a line break.
func (b *Budget) nindent(spaces int, s string) (string, error) {
	out, err := b.indent(spaces, s)
	return "\n" + out, err
}

// replace is sprig's replace (old, new, src), sized before replacing.
func (b *Budget) replace(old, new, src string) (string, error) {
	n := strings.Count(src, old)
	if grow := len(new) - len(old); grow > 0 {
		if err := b.Bytes(sum(int64(len(src)), product(n, grow))); err != nil {
			return "", err
		}
	}
	return strings.ReplaceAll(src, old, new), nil
}

// regexReplaceAll is sprig's regexReplaceAll ($1 in repl refers to a
// group), built match by match within the budget.
func (b *Budget) regexReplaceAll(regex, s, repl string) (string, error) {
	re, err := compile(regex)
	if err != nil {
		return "", err
	}
	return b.replaceMatches(re, s, func(dst []byte, m []int) []byte { return re.ExpandString(dst, repl, s, m) })
}

// regexReplaceAllLiteral is sprig's regexReplaceAllLiteral.
func (b *Budget) regexReplaceAllLiteral(regex, s, repl string) (string, error) {
	re, err := compile(regex)
	if err != nil {
		return "", err
	}
	return b.replaceMatches(re, s, func(dst []byte, _ []int) []byte { return append(dst, repl...) })
}

// replaceMatches replaces every match of re in s by what expand appends,
// charging each piece as it is built.
func (b *Budget) replaceMatches(re *regexp.Regexp, s string, expand func([]byte, []int) []byte) (string, error) {
	matches, err := b.matches(re.FindAllStringSubmatchIndex(s, MaxItems+1), -1)
	if err != nil {
		return "", err
	}
	out := make([]byte, 0, len(s))
	last := 0
	for _, m := range matches {
		before := len(out)
		out = expand(append(out, s[last:m[0]]...), m)
		if err := b.Bytes(int64(len(out) - before)); err != nil {
			return "", err
		}
		last = m[1]
	}
	return string(append(out, s[last:]...)), b.Bytes(int64(len(s) - last))
}

// matches charges the matches found (at most MaxItems+1 were asked for
// when n < 0 or n > MaxItems) and refuses more than MaxItems.
func (b *Budget) matches(found [][]int, n int) ([][]int, error) {
	if len(found) > MaxItems && (n < 0 || n > MaxItems) {
		return nil, fmt.Errorf("正则表达式匹配超过 %d 处", MaxItems)
	}
	return found, b.Steps(int64(len(found)))
}

// regexFindAll is sprig's regexFindAll, at most MaxItems matches.
func (b *Budget) regexFindAll(regex, s string, n int) ([]string, error) {
	re, err := compile(regex)
	if err != nil {
		return nil, err
	}
	out := re.FindAllString(s, capped(n))
	if len(out) > MaxItems && (n < 0 || n > MaxItems) {
		return nil, fmt.Errorf("正则表达式匹配超过 %d 处", MaxItems)
	}
	return out, b.Steps(int64(len(out)))
}

// regexSplit is sprig's regexSplit, at most MaxItems pieces.
func (b *Budget) regexSplit(regex, s string, n int) ([]string, error) {
	re, err := compile(regex)
	if err != nil {
		return nil, err
	}
	out := re.Split(s, capped(n))
	if len(out) > MaxItems && (n < 0 || n > MaxItems) {
		return nil, fmt.Errorf("拆分结果超过 %d 段", MaxItems)
	}
	return out, b.Steps(int64(len(out)))
}

// capped limits a regexp count argument to MaxItems+1 (all when n < 0).
func capped(n int) int {
	if n < 0 || n > MaxItems+1 {
		return MaxItems + 1
	}
	return n
}

// compile compiles a template's regular expression, explaining errors.
func compile(regex string) (*regexp.Regexp, error) {
	re, err := regexp.Compile(regex)
	if err != nil {
		return nil, fmt.Errorf("正则表达式“%s”有误：%v", regex, err)
	}
	return re, nil
}

// splitList is sprig's splitList, its pieces counted before splitting.
func (b *Budget) splitList(sep, orig string) ([]string, error) {
	b.splitCount(sep, orig)
	return strings.Split(orig, sep), nil
}

// split is sprig's split (a dictionary _0, _1…), its pieces counted
// before splitting.
func (b *Budget) split(f func(string, string) map[string]string) func(string, string) map[string]string {
	return func(sep, orig string) map[string]string {
		b.splitCount(sep, orig)
		return f(sep, orig)
	}
}

// splitn is sprig's splitn, its pieces counted before splitting.
func (b *Budget) splitn(f func(string, int, string) map[string]string) func(string, int, string) map[string]string {
	return func(sep string, n int, orig string) map[string]string {
		b.splitCount(sep, orig)
		return f(sep, n, orig)
	}
}

// splitCount charges the pieces strings.Split(orig, sep) makes.
func (b *Budget) splitCount(sep, orig string) {
	must(b.Steps(int64(strings.Count(orig, sep) + 1)))
}

// fromJSON is sprig's fromJson; the text is charged first, as a JSON
// value can hold about one element per two bytes.
func (b *Budget) fromJSON(s string) (any, error) {
	if err := b.Steps(int64(len(s)/2 + 1)); err != nil {
		return nil, err
	}
	var out any
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return nil, nil // sprig's fromJson ignores errors
	}
	if err := b.container(reflect.ValueOf(out)); err != nil {
		return nil, err
	}
	return out, nil
}

// quadratic wraps uniq and without, whose work grows with the square of
// the list: n² steps are charged first.
func (b *Budget) quadratic(fn any) any {
	c := func(r any) { must(b.container(reflect.ValueOf(r))) }
	switch f := fn.(type) {
	case func(any) []any: // uniq
		return func(x any) []any {
			n := lenOf(reflect.ValueOf(x))
			must(b.Steps(product(n, n)))
			r := f(x)
			c(r)
			return r
		}
	case func(any, ...any) []any: // without
		return func(x any, xs ...any) []any {
			must(b.Steps(product(lenOf(reflect.ValueOf(x)), max(len(xs), 1))))
			r := f(x, xs...)
			c(r)
			return r
		}
	}
	panic("quadratic: unexpected signature")
}

// lenOf is the length of a list argument, 0 for anything else.
func lenOf(v reflect.Value) int {
	for v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map, reflect.String:
		return v.Len()
	}
	return 0
}

// wrapSize bounds the result of wrapWith: a separator at most every width
// bytes.
func wrapSize(width, n, sep int) int64 {
	return sum(int64(n), product(n/max(width, 1)+1, sep))
}

// argsSize returns an estimator: factor × the printed size of every
// argument, plus extra bytes per argument.
func (b *Budget) argsSize(factor, extra int64) func([]reflect.Value) int64 {
	return func(args []reflect.Value) int64 {
		var n int64
		for _, a := range spread(args) {
			n = sum(n, sum(b.sizeOf(a), extra))
		}
		if n > (1<<62)/factor {
			return 1 << 62
		}
		return n * factor
	}
}

// spread flattens the variadic slice MakeFunc hands over.
func spread(args []reflect.Value) []reflect.Value {
	var out []reflect.Value
	for _, a := range args {
		if a.Kind() == reflect.Slice && a.Type().Elem().Kind() == reflect.Interface {
			for i := range a.Len() {
				out = append(out, a.Index(i))
			}
			continue
		}
		out = append(out, a)
	}
	return out
}

// joinSize bounds join sep list: every element printed, separators between.
func (b *Budget) joinSize(sep int, list reflect.Value) int64 {
	n := lenOf(list)
	return sum(b.sizeOf(list), product(n, sep))
}

// prettySize bounds toPrettyJson: the JSON and an indentation per value.
func (b *Budget) prettySize(args []reflect.Value) int64 {
	s := sizer{b: b}
	s.walk(args[0], 0)
	return sum(product(int(min(s.n, 1<<40)), 6), product(int(min(s.nodes, 1<<30)), 2*s.deepest+4))
}

// printfSize bounds printf: the format, every width and precision (fmt
// refuses more than a million), and every argument printed.
func (b *Budget) printfSize(args []reflect.Value) int64 {
	format := args[0].String()
	n := int64(len(format))
	for i := 0; i < len(format); i++ {
		switch c := format[i]; {
		case c == '*':
			n = sum(n, 1e6)
		case c >= '0' && c <= '9':
			j := i
			for j < len(format) && format[j] >= '0' && format[j] <= '9' {
				j++
			}
			v, err := strconv.Atoi(format[i:j])
			if err != nil || v > 1e6 {
				v = 1e6
			}
			n, i = sum(n, int64(v)), j-1
		}
	}
	return sum(n, b.argsSize(1, 32)(args[1:]))
}
