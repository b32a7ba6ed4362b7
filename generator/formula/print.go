package formula

import (
	"strings"

	"jixiao/generator/num"
)

// Leaf prints a name or a function call (合计, 个数) of a formula: its
// value, or its label. For a 未填为0 call it says whether to omit it (an
// unfilled term, left out of the written computation together with its
// operator); when it gives no text, the argument is printed.
type Leaf func(n Node) (text string, omit bool)

// Print writes n in the form's notation: no spaces, + − × ÷, full-width
// parentheses, the leaves as leaf writes them. Parentheses that enclose a
// single value once omitted terms are left out are dropped too:
// “（3537.37−0）” is written “3537.37” when the 0 is an unfilled term.
func Print(n Node, leaf Leaf) string {
	s, _ := printNode(n, leaf)
	return s.text
}

// printed is a printed node: compound when an operator is at its top.
type printed struct {
	text     string
	compound bool
}

func printNode(n Node, leaf Leaf) (printed, bool) {
	switch n := n.(type) {
	case *Number:
		return printed{text: numberText(n)}, false
	case *Binary:
		return printBinary(n, leaf)
	case *Group:
		x, omit := printNode(n.X, leaf)
		if x.compound {
			x.text = "（" + x.text + "）"
		}
		return printed{text: x.text}, omit
	case *Negate:
		x, omit := printNode(n.X, leaf)
		return printed{text: "−" + x.text}, omit
	case *Comparison:
		l, _ := printNode(n.L, leaf)
		r, _ := printNode(n.R, leaf)
		return printed{text: l.text + compareText[n.Op] + r.text, compound: true}, false
	case *Call:
		switch n.Func {
		case Least, Greatest:
			return printCall(n, leaf), false
		case ZeroIfBlank:
			switch text, omit := leaf(n); {
			case omit:
				return printed{}, true
			case text != "":
				return printed{text: text}, false
			}
			return printNode(n.Args[0], leaf)
		}
	}
	text, omit := leaf(n)
	return printed{text: text}, omit
}

func printBinary(n *Binary, leaf Leaf) (printed, bool) {
	l, lo := printNode(n.L, leaf)
	r, ro := printNode(n.R, leaf)
	if n.Op == Mul || n.Op == Div { // an omitted term is 0, and a product shows it
		l, r = zeroIf(l, lo), zeroIf(r, ro)
		return printed{text: l.text + string(n.Op) + r.text, compound: true}, false
	}
	switch {
	case lo && ro:
		return printed{}, true
	case ro:
		return l, false
	case lo && n.Op == Sub:
		return printed{text: "−" + r.text}, false
	case lo:
		return r, false
	}
	return printed{text: l.text + string(n.Op) + r.text, compound: true}, false
}

// zeroIf writes an omitted operand of a product as 0.
func zeroIf(p printed, omitted bool) printed {
	if omitted {
		return printed{text: "0"}
	}
	return p
}

func printCall(n *Call, leaf Leaf) printed {
	args := make([]string, len(n.Args))
	for i, a := range n.Args {
		args[i] = Print(a, leaf)
	}
	return printed{text: n.Func + "（" + strings.Join(args, "，") + "）"}
}

func numberText(n *Number) string {
	s := num.Plain(n.Value)
	if n.Percent {
		s += "%"
	}
	return s
}

// compareText writes a comparison as the forms do.
var compareText = map[string]string{"<": "<", "<=": "≤", ">": ">", ">=": "≥", "=": "=", "!=": "≠"}

// Source writes n back as a formula with the names as paths, in the
// form's notation: what lint and the guide quote.
func Source(n Node) string {
	return Print(n, func(n Node) (string, bool) {
		switch n := n.(type) {
		case *Name:
			return n.Path, false
		case *Call:
			return n.Func + "(" + Source(n.Args[0]) + ")", false
		}
		return "", false
	})
}
