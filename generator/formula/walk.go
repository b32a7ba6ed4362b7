package formula

// Walk calls fn for n and every node below it, parents first.
func Walk(n Node, fn func(Node)) {
	fn(n)
	for _, c := range Children(n) {
		Walk(c, fn)
	}
}

// Children are the nodes directly below n.
func Children(n Node) []Node {
	switch n := n.(type) {
	case *Call:
		return n.Args
	case *Binary:
		return []Node{n.L, n.R}
	case *Group:
		return []Node{n.X}
	case *Negate:
		return []Node{n.X}
	case *Comparison:
		return []Node{n.L, n.R}
	}
	return nil
}

// Names lists the names a node reads, in order, repeats included; a name
// inside 合计 or 个数 is listed too (it is a list's field or a list).
func Names(n Node) []*Name {
	var out []*Name
	Walk(n, func(c Node) {
		if nm, ok := c.(*Name); ok {
			out = append(out, nm)
		}
	})
	return out
}

// Strip removes the parentheses around n.
func Strip(n Node) Node {
	for {
		g, ok := n.(*Group)
		if !ok {
			return n
		}
		n = g.X
	}
}

// Divisions lists every ÷ of n, outermost first.
func Divisions(n Node) []*Binary {
	var out []*Binary
	Walk(n, func(c Node) {
		if b, ok := c.(*Binary); ok && b.Op == Div {
			out = append(out, b)
		}
	})
	return out
}

// Body is the formula without its final “× 100%”.
func (e *Expr) Body() Node {
	if e.IsRate() {
		return e.Root.(*Binary).L
	}
	return e.Root
}

// Compound reports whether the formula computes something (an operator)
// rather than reading one value (a name, 合计, 个数).
func (e *Expr) Compound() bool {
	switch Strip(e.Root).(type) {
	case *Name, *Number:
		return false
	case *Call:
		c := Strip(e.Root).(*Call)
		return c.Func == Least || c.Func == Greatest
	}
	return true
}
