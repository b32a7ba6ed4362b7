package docx

import (
	"strconv"
	"text/template"
	"text/template/parse"

	"jixiao/generator/internal/lazyre"
	"jixiao/generator/tmpl"
)

// escFunc is the name of the escaping function the engine appends to an
// output action's pipeline, as html/template does with its escapers;
// escFunc+N is the escaper of context N. Giving each context its own
// function spares execution an argument per call.
const escFunc = "_jixiao_xml"

// escName returns the name of the escaper of context ctx (escFunc for -1).
func escName(ctx int) string {
	if ctx < 0 {
		return escFunc
	}
	return escFunc + strconv.Itoa(ctx)
}

// fusedName returns the name of function fn fused with the escaper of
// context ctx: “_jixiao_xml12_万元”.
func fusedName(ctx int, fn string) string { return escName(ctx) + "_" + fn }

// fusedRE finds fused names in messages, to show the user's function name.
var fusedRE = lazyre.New(escFunc + `\d*_`)

// escaper is an escaping function a template calls: the escaper of
// context ctx, fused with the allow-list's function fn when fn is not "".
// Each executor makes its own (executors.go), bound to its budget.
type escaper struct {
	ctx int
	fn  string
}

// make returns the escaping function for the contexts ctxs, fused with
// the function funcs has for e.fn.
func (e escaper) make(ctxs []*escCtx, funcs template.FuncMap) any {
	if e.fn == "" {
		return ctxs[e.ctx].escape
	}
	return fuse(funcs[e.fn], ctxs[e.ctx])
}

// injector appends the escapers to the printing actions of one part and
// collects the functions they call.
type injector struct {
	tree  *parse.Tree
	src   *source
	ctxs  []*escCtx
	funcs map[string]any     // the template's functions
	add   map[string]any     // escapers to register
	esc   map[string]escaper // what they are
}

// injectEscapers makes every action of tree that prints (has no variable
// declaration) escape its value for the place its tag was in, records the
// escapers in t.escapers. An
// action ending with a formatting function calls that function fused with
// the escaper, which halves the reflective calls of the commonest actions;
// any other gets “| _jixiao_xmlN” appended.
func (t *Template) injectEscapers(tree *parse.Tree, src *source) {
	in := &injector{tree: tree, src: src, ctxs: t.ctxs, funcs: t.funcs, esc: t.escapers}
	in.list(tree.Root)
}

// list walks the actions of list and of the blocks in it.
func (in *injector) list(list *parse.ListNode) {
	if list == nil {
		return
	}
	for _, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			if len(n.Pipe.Decl) == 0 {
				in.action(n)
			}
		case *parse.IfNode:
			in.list(n.List)
			in.list(n.ElseList)
		case *parse.RangeNode:
			in.list(n.List)
			in.list(n.ElseList)
		case *parse.WithNode:
			in.list(n.List)
			in.list(n.ElseList)
		}
	}
}

// action makes one printing action escape its value.
func (in *injector) action(n *parse.ActionNode) {
	ctx := in.ctxOf(n.Pos)
	last := n.Pipe.Cmds[len(n.Pipe.Cmds)-1]
	if id, ok := last.Args[0].(*parse.IdentifierNode); ok && ctx >= 0 {
		if f := fuse(in.funcs[id.Ident], in.ctxs[ctx]); f != nil {
			name := fusedName(ctx, id.Ident)
			in.esc[name] = escaper{ctx: ctx, fn: id.Ident}
			last.Args[0] = parse.NewIdentifier(name).SetTree(in.tree).SetPos(id.Pos)
			return
		}
	}
	ident := parse.NewIdentifier(escName(ctx)).SetTree(in.tree).SetPos(n.Pos)
	n.Pipe.Cmds = append(n.Pipe.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: n.Pos, Args: []parse.Node{ident}})
	if ctx >= 0 {
		in.esc[escName(ctx)] = escaper{ctx: ctx}
	}
}

// ctxOf returns the escaper context of the output tag at source offset
// pos, or -1 (the default escaper) for an action the scanner did not
// classify as printing.
func (in *injector) ctxOf(pos parse.Pos) int {
	if t := in.src.tagAt(int(pos)); t != nil && t.kind == tagOutput {
		return t.ctx
	}
	return -1
}

// fuse returns fn followed by the escaper of c as one function with the
// same parameters, so that text/template converts and counts arguments as
// before; nil when fn has a signature not fused (it then gets the
// escaper appended). The signatures are those of jixiao's formatting
// functions (万元, 数, 百分比, 日期, 一级序号…, 段落) and of sprig's
// string functions.
func fuse(fn any, c *escCtx) any {
	switch f := fn.(type) {
	case func(any) (any, error):
		return func(v any) (string, error) { return c.result(f(v)) }
	case func(any) (string, error):
		return func(v any) (string, error) { return c.result(f(v)) }
	case func(int) (string, error):
		return func(n int) (string, error) { return c.result(f(n)) }
	case func(int) string:
		return func(n int) (string, error) { return c.escape(f(n)) }
	case func(any) tmpl.Paragraphs:
		return func(v any) (string, error) { return c.escape(f(v)) }
	case func(string) string:
		return func(s string) (string, error) { return c.escape(f(s)) }
	}
	return nil
}

// result escapes a function's result unless the function failed.
func (c *escCtx) result(v any, err error) (string, error) {
	if err != nil {
		return "", err
	}
	return c.escape(v)
}
