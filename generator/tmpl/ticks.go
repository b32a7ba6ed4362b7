package tmpl

import "text/template/parse"

// tickVar is the variable a tick's result is assigned to, so that a tick
// prints nothing.
const tickVar = "$_jx_tick"

// callSteps is what one {{template}} call costs: a call does much more
// work than a loop iteration.
const callSteps = 20

// Prepare makes a parsed template charge its work to the budget its
// functions are bound to: every range passes what it iterates over to
// RangeFunc, which charges one step per iteration before the loop starts,
// and every {{template}} call is preceded by a call of TickFunc. Loops
// over data and recursion are thereby bounded even when they print
// nothing and call no other function, at the cost of one function call
// per loop, not per iteration. The inserted calls sit at the position of
// their range or template action, so an error names that tag. Preparing a
// tree twice changes nothing.
func Prepare(tree *parse.Tree) {
	if tree != nil && tree.Root != nil {
		prepareList(tree.Root)
	}
}

// prepareList charges the ranges and template calls of l and the blocks
// below it.
func prepareList(l *parse.ListNode) {
	if l == nil {
		return
	}
	nodes := make([]parse.Node, 0, len(l.Nodes))
	for i, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.RangeNode:
			chargeRange(n.Pipe)
			prepareList(n.List)
			prepareList(n.ElseList)
		case *parse.IfNode:
			prepareList(n.List)
			prepareList(n.ElseList)
		case *parse.WithNode:
			prepareList(n.List)
			prepareList(n.ElseList)
		case *parse.TemplateNode:
			if i == 0 || !isTick(l.Nodes[i-1]) {
				nodes = append(nodes, tickAction(n.Position(), n.Line))
			}
		}
		nodes = append(nodes, n)
	}
	l.Nodes = nodes
}

// chargeRange appends “| _jx_range” to a range's pipeline.
func chargeRange(p *parse.PipeNode) {
	if IsCharge(p.Cmds[len(p.Cmds)-1]) {
		return
	}
	fn := parse.NewIdentifier(RangeFunc).SetPos(p.Position())
	p.Cmds = append(p.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: p.Position(), Args: []parse.Node{fn}})
}

// IsCharge reports whether cmd is the charge Prepare appended to a range.
func IsCharge(cmd *parse.CommandNode) bool {
	id, ok := cmd.Args[0].(*parse.IdentifierNode)
	return ok && len(cmd.Args) == 1 && id.Ident == RangeFunc
}

// tickAction is {{$_jx_tick := _jx_tick}} at pos.
func tickAction(pos parse.Pos, line int) *parse.ActionNode {
	fn := parse.NewIdentifier(TickFunc).SetPos(pos)
	v := &parse.VariableNode{NodeType: parse.NodeVariable, Pos: pos, Ident: []string{tickVar}}
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{fn}}
	pipe := &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Line: line, Decl: []*parse.VariableNode{v}, Cmds: []*parse.CommandNode{cmd}}
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: pos, Line: line, Pipe: pipe}
}

// isTick reports whether n is an action Prepare inserted.
func isTick(n parse.Node) bool {
	a, ok := n.(*parse.ActionNode)
	return ok && len(a.Pipe.Decl) == 1 && a.Pipe.Decl[0].Ident[0] == tickVar
}
