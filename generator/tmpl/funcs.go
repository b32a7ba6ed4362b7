package tmpl

import (
	"maps"
	"math"
	"sort"
	"sync"
	"text/template"
	"time"
)

// Func is one template function with its documentation and examples. The
// examples are run by a test, so the author's guide cannot drift from the
// code.
type Func struct {
	Name     string
	Fn       any
	Doc      string // one line in Chinese
	Examples []Example
}

// Example is a template and the exact text it renders to with Data.
type Example struct {
	Template string
	Data     any
	Want     string
}

// sprigAllowed lists the sprig functions templates may use. It is an
// allow-list, not sprig's deny-list: anything that reads the environment,
// files, the clock, the network or a random source (env, expandenv, now,
// date*, ago, toDate, rand*, uuidv4, shuffle, bcrypt, htpasswd, gen*,
// encryptAES, getHostByName, os*) is absent, and the functions that could
// build unbounded output are replaced by bounded ones (see limits.go).
var sprigAllowed = []string{
	// strings
	"abbrev", "abbrevboth", "trunc", "trim", "upper", "lower", "title", "untitle",
	"substr", "trimAll", "trimSuffix", "trimPrefix", "nospace", "initials",
	"swapcase", "snakecase", "camelcase", "kebabcase", "wrap", "wrapWith",
	"contains", "hasPrefix", "hasSuffix", "quote", "squote", "cat", "indent",
	"nindent", "replace", "plural", "toString", "split", "splitList", "splitn",
	"toStrings", "join", "sortAlpha",
	// integers and conversions (floats are inexact: use 加/减/乘/除 for money)
	"atoi", "int", "int64", "float64", "add1", "add", "sub", "div", "mod", "mul",
	"max", "min", "biggest", "ceil", "floor", "round",
	// defaults and data structures
	"default", "empty", "coalesce", "all", "any", "compact", "ternary",
	"toJson", "toPrettyJson", "toRawJson", "fromJson",
	"list", "tuple", "dict", "get", "hasKey", "pluck", "keys", "pick", "omit",
	"values", "first", "rest", "last", "initial", "reverse", "uniq", "without",
	"has", "slice", "concat", "dig", "chunk", "append", "prepend",
	"typeOf", "typeIs", "kindOf", "kindIs", "deepEqual",
	// text utilities that depend on their arguments only
	"b64enc", "b64dec", "sha256sum", "regexMatch", "regexFind", "regexFindAll",
	"regexReplaceAll", "regexReplaceAllLiteral", "regexSplit", "fail",
}

// FuncMap returns the complete allow-list, bound to a budget of its own:
// the sprig functions named in sprigAllowed, the bounded replacements for
// sprig's sequence builders, and jixiao's domain functions. Every call
// returns a fresh map. The engines bind the functions to the budget of
// their run instead (Budget.FuncMap).
func FuncMap() template.FuncMap { return NewBudget().FuncMap() }

// Registry returns jixiao's own functions and the bounded sequence builders,
// sorted by name.
func Registry() []Func {
	fs := append(append(domainFuncs(), NewBudget().seqFuncs()...), compareFuncs()...)
	fs = append(append(fs, proseFuncs()...), layoutFuncs()...)
	sort.Slice(fs, func(i, j int) bool { return fs[i].Name < fs[j].Name })
	return fs
}

// Names returns every function name templates may call, sorted, without
// text/template's built-ins (which FuncMap replaces by bounded ones) and
// the engine's own functions.
func Names() []string {
	names := make([]string, 0, len(sprigAllowed)+32)
	for name := range maps.Keys(FuncMap()) {
		if _, ok := builtinBinders[name]; !ok && name != TickFunc && name != RangeFunc {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// ParseFuncs returns the allow-list for parsing templates and for the
// engines' own wrappers of formatting functions: the names of FuncMap,
// bound to a budget without limits. It is one map per process, made on
// first use: callers only read it. Templates are executed with the
// functions bound to their run's budget instead (Budget.Funcs).
func ParseFuncs() template.FuncMap { return parseFuncs() }

// ParseNames returns ParseFuncs and the names of text/template's
// built-ins: what text/template/parse needs to parse a template on its
// own, without the reflection text/template spends on a function map.
// One map per process, only read.
func ParseNames() map[string]any { return parseNames() }

// parseNames is the map ParseNames returns.
var parseNames = sync.OnceValue(func() map[string]any {
	m := maps.Clone(map[string]any(ParseFuncs()))
	for _, name := range []string{"and", "call", "html", "index", "slice", "js", "len", "not", "or",
		"print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne"} {
		if _, ok := m[name]; !ok {
			m[name] = true
		}
	}
	return m
})

// parseFuncs is the map ParseFuncs returns.
var parseFuncs = sync.OnceValue(func() template.FuncMap {
	return NewBudgetWith(math.MaxInt64/2, math.MaxInt64/2, 100*365*24*time.Hour).FuncMap()
})
