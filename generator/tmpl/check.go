package tmpl

import (
	"fmt"
	"reflect"
	"sort"
	"text/template/parse"

	"jixiao/generator/suggest"
)

// FieldError is a field reference in a template that the data cannot
// satisfy, found before execution so that every one is reported at once.
type FieldError struct {
	Node parse.Node // the field, chain or variable node; Node.Position() is its offset
	Msg  string     // in Chinese
}

// unknown is the dot of a template region whose data cannot be known
// statically (the result of a function, an empty list); nothing below it is
// checked.
type unknown struct{}

// CheckFields walks tree with data as the dot and reports every field
// reference that does not exist in the data: what text/template with
// missingkey=error would fail on, but all of them, not only the first.
// Inside range, the first element stands for all; inside with, the value.
func CheckFields(tree *parse.Tree, data any) []FieldError {
	c := &checker{vars: map[string]any{"$": data}}
	if tree != nil && tree.Root != nil {
		c.list(tree.Root, data)
	}
	return c.errs
}

type checker struct {
	vars map[string]any
	errs []FieldError
}

func (c *checker) list(l *parse.ListNode, dot any) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		c.node(n, dot)
	}
}

func (c *checker) node(n parse.Node, dot any) {
	switch n := n.(type) {
	case *parse.ActionNode:
		c.pipe(n.Pipe, dot)
	case *parse.IfNode:
		c.pipe(n.Pipe, dot)
		c.list(n.List, dot)
		c.list(n.ElseList, dot)
	case *parse.WithNode:
		v := c.pipe(n.Pipe, dot)
		c.list(n.List, v)
		c.list(n.ElseList, dot)
	case *parse.RangeNode:
		c.rangeNode(n, dot)
	}
}

func (c *checker) rangeNode(n *parse.RangeNode, dot any) {
	v := c.pipe(n.Pipe, dot)
	key, elem := firstElem(v)
	if len(n.Pipe.Decl) == 2 {
		c.vars[n.Pipe.Decl[0].Ident[0]] = key
		c.vars[n.Pipe.Decl[1].Ident[0]] = elem
	} else if len(n.Pipe.Decl) == 1 {
		c.vars[n.Pipe.Decl[0].Ident[0]] = elem
	}
	c.list(n.List, elem)
	c.list(n.ElseList, dot)
}

// pipe checks every command of p and returns the pipeline's value when it is
// a plain field reference, else unknown. Declared variables get that value.
func (c *checker) pipe(p *parse.PipeNode, dot any) any {
	if p == nil {
		return unknown{}
	}
	var v any = unknown{}
	cmds := p.Cmds
	if n := len(cmds); n > 1 && IsCharge(cmds[n-1]) {
		cmds = cmds[:n-1]
	}
	for i, cmd := range cmds {
		for _, arg := range cmd.Args {
			r := c.arg(arg, dot)
			if i == 0 && len(cmds) == 1 && len(cmd.Args) == 1 {
				v = r
			}
		}
	}
	for _, d := range p.Decl {
		c.vars[d.Ident[0]] = v
	}
	return v
}

func (c *checker) arg(n parse.Node, dot any) any {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return c.fields(n, dot, n.Ident)
	case *parse.VariableNode:
		base, ok := c.vars[n.Ident[0]]
		if !ok {
			return unknown{}
		}
		return c.fields(n, base, n.Ident[1:])
	case *parse.ChainNode:
		if inner, ok := n.Node.(*parse.PipeNode); ok {
			return c.fields(n, c.pipe(inner, dot), n.Field)
		}
		return c.fields(n, c.arg(n.Node, dot), n.Field)
	case *parse.PipeNode:
		c.pipe(n, dot)
	}
	return unknown{}
}

// fields follows idents from v, reporting the first one that is missing.
func (c *checker) fields(n parse.Node, v any, idents []string) any {
	for _, id := range idents {
		next, err := field(v, id)
		if err != "" {
			c.errs = append(c.errs, FieldError{Node: n, Msg: err})
			return unknown{}
		}
		v = next
	}
	return v
}

// field looks up name in v; err is a Chinese message when it is missing.
func field(v any, name string) (any, string) {
	if _, ok := v.(unknown); ok {
		return unknown{}, ""
	}
	if IsAbsent(v) {
		return unknown{}, ""
	}
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			return unknown{}, ""
		}
		e := rv.MapIndex(reflect.ValueOf(name).Convert(rv.Type().Key()))
		if !e.IsValid() {
			return nil, fmt.Sprintf("数据中没有字段“%s”%s", name, suggest.Hint(name, mapKeys(rv)))
		}
		return e.Interface(), ""
	case reflect.Struct:
		if f := rv.FieldByName(name); f.IsValid() {
			return f.Interface(), ""
		}
		if rv.Addr().IsValid() {
			return unknown{}, "" // may be a method; leave it to execution
		}
	case reflect.Invalid:
		return nil, fmt.Sprintf("字段“%s”所在的值为空", name)
	}
	return nil, fmt.Sprintf("“%s”不能取字段（它的值是 %v）", name, describe(v))
}

func firstElem(v any) (key, elem any) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Len() > 0 {
			return 0, rv.Index(0).Interface()
		}
	case reflect.Map:
		keys := rv.MapKeys()
		if len(keys) > 0 {
			sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
			return keys[0].Interface(), rv.MapIndex(keys[0]).Interface()
		}
	}
	return unknown{}, unknown{}
}

func mapKeys(rv reflect.Value) []string {
	keys := make([]string, 0, rv.Len())
	for _, k := range rv.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	return keys
}

func describe(v any) string {
	s := fmt.Sprint(v)
	if r := []rune(s); len(r) > 20 {
		s = string(r[:20]) + "…"
	}
	return "“" + s + "”"
}
