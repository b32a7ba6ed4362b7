package build

import (
	"strings"
	"text/template/parse"
)

// writtenSeparator returns the first path separator (“/” or “\”) that a
// name pattern writes itself, in its text or in a quoted string, or "".
// A name is one file in the output folder, never a path: the pack's
// separators are refused rather than replaced, while those a value of the
// unit brings (a unit named “某局/办公室”) are made safe by OutputNameBudget,
// since there they are part of a name.
func writtenSeparator(n parse.Node) string {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return ""
		}
		for _, c := range n.Nodes {
			if s := writtenSeparator(c); s != "" {
				return s
			}
		}
	case *parse.TextNode:
		return separatorIn(string(n.Text))
	case *parse.StringNode:
		return separatorIn(n.Text)
	case *parse.ActionNode:
		return writtenSeparator(n.Pipe)
	case *parse.PipeNode:
		return separatorInCommands(n)
	case *parse.CommandNode:
		return firstSeparator(n.Args)
	case *parse.ChainNode:
		return writtenSeparator(n.Node)
	case *parse.IfNode:
		return separatorInBranch(&n.BranchNode)
	case *parse.RangeNode:
		return separatorInBranch(&n.BranchNode)
	case *parse.WithNode:
		return separatorInBranch(&n.BranchNode)
	case *parse.TemplateNode:
		return writtenSeparator(n.Pipe)
	}
	return ""
}

func separatorInCommands(p *parse.PipeNode) string {
	if p == nil {
		return ""
	}
	for _, c := range p.Cmds {
		if s := writtenSeparator(c); s != "" {
			return s
		}
	}
	return ""
}

func separatorInBranch(b *parse.BranchNode) string {
	return firstSeparator([]parse.Node{b.Pipe, b.List, b.ElseList})
}

func firstSeparator(nodes []parse.Node) string {
	for _, n := range nodes {
		if s := writtenSeparator(n); s != "" {
			return s
		}
	}
	return ""
}

func separatorIn(s string) string {
	switch {
	case strings.Contains(s, "/"):
		return "/"
	case strings.Contains(s, `\`):
		return `\`
	}
	return ""
}
