package tmpl

import (
	"reflect"
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

// bound returns the allow-list bound to b, made on first use.
func (b *Budget) bound() map[string]any {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.funcs != nil {
		return b.funcs
	}
	all := sprig.HermeticTxtFuncMap()
	m := map[string]any{}
	for _, name := range sprigAllowed {
		m[name] = b.guard(name, all[name])
	}
	for _, f := range append(domainFuncs(), compareFuncs()...) {
		m[f.Name] = f.Fn
	}
	for _, f := range b.seqFuncs() {
		m[f.Name] = f.Fn
	}
	for name, fn := range b.builtins() {
		m[name] = fn
	}
	m[TickFunc] = b.tick
	m[RangeFunc] = b.rangeOver
	b.funcs = m
	return m
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

// guard returns sprig function fn, called name, bound to b.
func (b *Budget) guard(name string, fn any) any {
	if f, ok := b.checked()[name]; ok {
		return f
	}
	if containers[name] {
		return b.containerFn(fn)
	}
	if t := reflect.TypeOf(fn); t.NumOut() > 0 && t.Out(0).Kind() == reflect.String {
		return b.stringFn(fn, nil)
	}
	return fn
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
// before the call; the result's size is charged after it.
func (b *Budget) stringFn(fn any, estimate func(args []reflect.Value) int64) any {
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

// containerFn wraps a function returning a list or dictionary: its
// elements are charged as steps, and its nesting is bounded by MaxDepth.
func (b *Budget) containerFn(fn any) any {
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
	if e := b.failed.Load(); e != nil {
		return e
	}
	if n > b.maxBytes-b.bytes.Load() {
		return b.Bytes(n) // fails, with the message
	}
	return nil
}
