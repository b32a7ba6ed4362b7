package tmpl

import (
	"reflect"
	"sync"
	"sync/atomic"
	"text/template"

	"github.com/Masterminds/sprig/v3"
)

// The functions Prepare inserts: TickFunc before every {{template}} call,
// RangeFunc at the end of every range's pipeline.
const (
	TickFunc  = "_jx_tick"
	RangeFunc = "_jx_range"
)

// FuncMap returns the allow-list bound to b: every function that builds
// text, lists or dictionaries charges what it builds to b, the functions
// that could build much from little (repeat, indent, replace, join, printf,
// regexReplaceAll…) check their result's size before building it, and the
// sequence builders count their items without overflow. Every call returns
// a fresh map.
func (b *Budget) FuncMap() template.FuncMap {
	m := template.FuncMap{}
	for name, fn := range b.bound() {
		m[name] = fn
	}
	return m
}

// Funcs returns the functions of the allow-list named in names, bound to
// b; names that are not in it (text/template's built-ins such as len or
// eq, an engine's own functions) are left out. An engine binds only the
// functions its templates call (UsedFuncs), which costs a fraction of
// binding them all.
func (b *Budget) Funcs(names []string) template.FuncMap {
	m := template.FuncMap{}
	binders := binders()
	for _, name := range names {
		if bind, ok := binders[name]; ok {
			m[name] = bind(b)
		}
	}
	return m
}

// bound returns the allow-list bound to b, made on first use.
func (b *Budget) bound() map[string]any {
	b.once.Do(func() { b.funcs = b.bind() })
	return b.funcs
}

// sprigFuncs is sprig's hermetic map, made once.
var sprigFuncs = sync.OnceValue(sprig.HermeticTxtFuncMap)

// bind makes the allow-list bound to b.
func (b *Budget) bind() map[string]any {
	m := map[string]any{}
	for name, bind := range binders() {
		m[name] = bind(b)
	}
	return m
}

// binder makes one function of the allow-list bound to a budget.
type binder func(*Budget) any

// binders are the binders of every function of the allow-list, made once
// per process and only read afterwards.
var binders = sync.OnceValue(func() map[string]binder {
	all := sprigFuncs()
	checked := checkedBinders(all)
	m := map[string]binder{}
	for _, name := range sprigAllowed {
		m[name] = sprigBinder(name, all[name], checked)
	}
	for _, f := range ownFuncs() {
		fn := f.Fn
		m[f.Name] = func(*Budget) any { return fn }
	}
	for name, bind := range seqBinders {
		m[name] = bind
	}
	for name, bind := range builtinBinders {
		m[name] = bind
	}
	m[TickFunc] = func(b *Budget) any { return b.tick }
	m[RangeFunc] = func(b *Budget) any { return b.rangeOver }
	return m
})

// ownFuncs are jixiao's functions that need no budget of their own: their
// output is bounded by their input.
func ownFuncs() []Func {
	fs := append(domainFuncs(), compareFuncs()...)
	return append(append(fs, proseFuncs()...), layoutFuncs()...)
}

// tick is TickFunc.
func (b *Budget) tick() (string, error) { return "", b.Steps(callSteps) }

// rangeOver is RangeFunc: it charges the iterations of a range over v
// and returns v.
func (b *Budget) rangeOver(v any) (any, error) {
	rv := reflect.ValueOf(v)
	n := int64(lenOf(rv))
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n = max(rv.Int(), 0)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n = int64(min(rv.Uint(), 1<<62))
	}
	return v, b.Steps(n)
}

// sprigBinder binds sprig function fn, called name: its checked version,
// or a wrapper that charges what it builds.
func sprigBinder(name string, fn any, checked map[string]binder) binder {
	if bind, ok := checked[name]; ok {
		return bind
	}
	if containers[name] {
		return func(b *Budget) any { return b.containerFn(fn) }
	}
	if t := reflect.TypeOf(fn); t.NumOut() > 0 && t.Out(0).Kind() == reflect.String {
		return func(b *Budget) any { return b.stringFn(fn, nil) }
	}
	return func(*Budget) any { return fn }
}

// containers are the sprig functions that build a list or a dictionary.
var containers = map[string]bool{
	"list": true, "tuple": true, "dict": true, "append": true, "prepend": true,
	"concat": true, "chunk": true, "slice": true, "rest": true, "initial": true,
	"reverse": true, "compact": true, "pick": true, "omit": true, "values": true,
	"pluck": true, "keys": true, "sortAlpha": true, "toStrings": true,
}

// call calls fn with args as a reflect.MakeFunc function receives them.
func call(fn reflect.Value, args []reflect.Value) []reflect.Value {
	if fn.Type().IsVariadic() {
		return fn.CallSlice(args)
	}
	return fn.Call(args)
}

// stringFn wraps a function returning a string: estimate (when not nil)
// gives an upper bound of the result's size from the arguments, checked
// before the call; the result's size is charged after it. The wrapper has
// the function's own signature, made without reflection for the
// signatures sprig uses, so that binding the allow-list costs little.
func (b *Budget) stringFn(fn any, estimate func(args []reflect.Value) int64) any {
	pre := func(args ...any) {
		if estimate != nil {
			vs := make([]reflect.Value, len(args))
			for i, a := range args {
				vs[i] = reflect.ValueOf(a)
			}
			must(b.room(estimate(vs)))
		}
	}
	post := func(s string) string {
		must(b.Bytes(int64(len(s))))
		return s
	}
	switch f := fn.(type) {
	case func(string) string:
		return func(x string) string { pre(x); return post(f(x)) }
	case func(string, string) string:
		return func(x, y string) string { pre(x, y); return post(f(x, y)) }
	case func(string, string, string) string:
		return func(x, y, z string) string { pre(x, y, z); return post(f(x, y, z)) }
	case func(int, string) string:
		return func(n int, x string) string { pre(n, x); return post(f(n, x)) }
	case func(int, string, string) string:
		return func(n int, x, y string) string { pre(n, x, y); return post(f(n, x, y)) }
	case func(int, int, string) string:
		return func(n, m int, x string) string { pre(n, m, x); return post(f(n, m, x)) }
	case func(string, string, int) string:
		return func(x, y string, n int) string { pre(x, y, n); return post(f(x, y, n)) }
	case func(...any) string:
		return func(xs ...any) string { pre(xs); return post(f(xs...)) }
	case func(string, ...any) string:
		return func(x string, xs ...any) string { pre(x, xs); return post(f(x, xs...)) }
	case func(any) string:
		return func(x any) string { pre(x); return post(f(x)) }
	case func(string, any) string:
		return func(x string, y any) string { pre(x, y); return post(f(x, y)) }
	case func(string) (string, error):
		return func(x string) (string, error) { pre(x); s, err := f(x); return post(s), err }
	}
	reflected.Add(1)
	v := reflect.ValueOf(fn)
	return reflect.MakeFunc(v.Type(), func(args []reflect.Value) []reflect.Value {
		if estimate != nil {
			must(b.room(estimate(args)))
		}
		out := call(v, args)
		must(b.Bytes(int64(out[0].Len())))
		return out
	}).Interface()
}

// reflected counts the wrappers made by reflection, which the tests keep
// at zero.
var reflected atomic.Int64

// containerFn wraps a function returning a list or dictionary: its
// elements are charged as steps, and its nesting is bounded by MaxDepth.
func (b *Budget) containerFn(fn any) any {
	c := func(r any) { must(b.container(reflect.ValueOf(r))) }
	switch f := fn.(type) {
	case func(...any) []any:
		return func(xs ...any) []any { r := f(xs...); c(r); return r }
	case func(...any) map[string]any:
		return func(xs ...any) map[string]any { r := f(xs...); c(r); return r }
	case func(any, any) []any:
		return func(x, y any) []any { r := f(x, y); c(r); return r }
	case func(...any) any:
		return func(xs ...any) any { r := f(xs...); c(r); return r }
	case func(int, any) [][]any:
		return func(n int, x any) [][]any { r := f(n, x); c(r); return r }
	case func(any, ...any) any:
		return func(x any, xs ...any) any { r := f(x, xs...); c(r); return r }
	case func(any) []any:
		return func(x any) []any { r := f(x); c(r); return r }
	case func(map[string]any, ...string) map[string]any:
		return func(m map[string]any, ks ...string) map[string]any { r := f(m, ks...); c(r); return r }
	case func(map[string]any) []any:
		return func(m map[string]any) []any { r := f(m); c(r); return r }
	case func(string, ...map[string]any) []any:
		return func(k string, ms ...map[string]any) []any { r := f(k, ms...); c(r); return r }
	case func(...map[string]any) []string:
		return func(ms ...map[string]any) []string { r := f(ms...); c(r); return r }
	case func(any) []string:
		return func(x any) []string { r := f(x); c(r); return r }
	}
	reflected.Add(1)
	v := reflect.ValueOf(fn)
	return reflect.MakeFunc(v.Type(), func(args []reflect.Value) []reflect.Value {
		out := call(v, args)
		must(b.container(out[0]))
		return out
	}).Interface()
}

// Room checks, without charging, that n more bytes fit in the budget: an
// engine that is about to write n bytes reports the limit where the bytes
// come from, before the write fails.
func (b *Budget) Room(n int64) error { return b.room(n) }

// room is Room.
func (b *Budget) room(n int64) error {
	a := b.acc()
	if e := a.failed.Load(); e != nil {
		return e
	}
	if n > a.maxBytes-a.bytes.Load() {
		return a.bytes1(n) // fails, with the message
	}
	return nil
}
