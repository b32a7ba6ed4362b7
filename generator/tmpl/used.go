package tmpl

import (
	"slices"
	"text/template/parse"
)

// UsedFuncs returns the names of the functions trees call, sorted and
// without repeats: the functions an engine binds to a run's budget
// (Budget.Funcs). A function a tree does not name is never called.
func UsedFuncs(trees ...*parse.Tree) []string {
	seen := map[string]bool{}
	for _, t := range trees {
		if t != nil && t.Root != nil {
			usedIn(t.Root, seen)
		}
	}
	names := make([]string, 0, len(seen))
	for name := range seen {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// usedIn adds the identifiers below n to seen.
func usedIn(n parse.Node, seen map[string]bool) {
	switch n := n.(type) {
	case *parse.IdentifierNode:
		seen[n.Ident] = true
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				usedIn(c, seen)
			}
		}
	case *parse.ActionNode:
		usedIn(n.Pipe, seen)
	case *parse.PipeNode:
		if n != nil {
			for _, c := range n.Cmds {
				usedIn(c, seen)
			}
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			usedIn(a, seen)
		}
	case *parse.ChainNode:
		usedIn(n.Node, seen)
	case *parse.IfNode:
		usedBranch(&n.BranchNode, seen)
	case *parse.RangeNode:
		usedBranch(&n.BranchNode, seen)
	case *parse.WithNode:
		usedBranch(&n.BranchNode, seen)
	case *parse.TemplateNode:
		usedIn(n.Pipe, seen)
	}
}

func usedBranch(b *parse.BranchNode, seen map[string]bool) {
	usedIn(b.Pipe, seen)
	usedIn(b.List, seen)
	if b.ElseList != nil {
		usedIn(b.ElseList, seen)
	}
}
