package docx

import (
	"strings"
	"text/template/parse"
	"unicode"
	"unicode/utf8"

	"jixiao/generator/tmpl"
)

// checkTags parses every tag on its own, wrapped so that a control tag
// parses alone, and reports each syntax error and unknown function. Every
// variable of the part is declared first, so that only scope errors are
// left to checkScopes. A tag classified as printing or declaring is
// corrected by what the parser found.
func checkTags(tags []*tag) []problem {
	funcs := tmpl.ParseNames()
	prefix, declared := declareAll(tags)
	if checkTogether(tags, prefix, declared, funcs) {
		return nil
	}
	return checkEach(tags, prefix, funcs)
}

// checkEach parses every tag alone after the declarations prefix, reporting
// each problem, and refines the tags that parse.
func checkEach(tags []*tag, prefix string, funcs map[string]any) []problem {
	var probs []problem
	for _, t := range tags {
		if t.kind == tagUnsupported {
			probs = append(probs, problem{t: t, msg: "不支持 {{" + t.word + "}}：Word 模板中请直接写出要重复的内容", syntax: true})
			continue
		}
		trees, err := parse.Parse("tag", prefix+wrap(t), lDelim, rDelim, funcs)
		if err != nil {
			probs = append(probs, problem{t: t, msg: tmpl.Explain(err), syntax: true})
			continue
		}
		refine(t, lastNode(trees["tag"]))
	}
	return probs
}

// checkTogether parses every tag, each wrapped as it is alone, in one
// source after the declarations: when that parses, every tag parses alone
// too (each wrap is balanced, and every variable is declared first), and
// the root holds one node per tag after the declarations. It refines the
// tags and reports true then; false (a problem, a tag the parser drops,
// such as a comment) leaves the tags to be parsed one by one, which finds
// each problem.
func checkTogether(tags []*tag, prefix string, declared int, funcs map[string]any) bool {
	var b strings.Builder
	b.WriteString(prefix)
	for _, t := range tags {
		if t.kind == tagUnsupported {
			return false
		}
		b.WriteString(wrap(t))
	}
	trees, err := parse.Parse("tags", b.String(), lDelim, rDelim, funcs)
	if err != nil || trees["tags"] == nil {
		return false
	}
	nodes := trees["tags"].Root.Nodes
	if len(nodes) != declared+len(tags) {
		return false
	}
	for i, t := range tags {
		refine(t, nodes[declared+i])
	}
	return true
}

// wrap returns the source that parses t alone: a control tag gets the
// block around it that it needs.
func wrap(t *tag) string {
	a := func(s string) string { return lDelim + s + rDelim }
	switch t.kind {
	case tagOpen:
		return a(t.action) + a("end")
	case tagElse:
		opener := "if 1"
		if t.word == "else with" {
			opener = "with 1"
		}
		return a(opener) + a(t.action) + a("end")
	case tagEnd:
		return a("if 1") + a(t.action)
	case tagLoopCtl:
		return a("range .") + a(t.action) + a("end")
	}
	return a(t.action)
}

// refine sets the kind of a printing or declaring tag from the node its
// action parsed to.
func refine(t *tag, n parse.Node) {
	if t.kind != tagOutput && t.kind != tagDecl || n == nil {
		return
	}
	if act, ok := n.(*parse.ActionNode); ok {
		t.kind = tagOutput
		if len(act.Pipe.Decl) > 0 {
			t.kind = tagDecl
		}
	}
}

// lastNode is the last node of a parsed tree's root, nil when there is none.
func lastNode(tree *parse.Tree) parse.Node {
	if tree == nil || len(tree.Root.Nodes) == 0 {
		return nil
	}
	return tree.Root.Nodes[len(tree.Root.Nodes)-1]
}

// declareAll returns actions declaring every variable the tags mention,
// and how many there are.
func declareAll(tags []*tag) (string, int) {
	seen := map[string]bool{"$": true}
	var b strings.Builder
	n := 0
	for _, t := range tags {
		for _, v := range variables(t.action) {
			if !seen[v] {
				seen[v] = true
				n++
				b.WriteString(lDelim + v + " := 0" + rDelim)
			}
		}
	}
	return b.String(), n
}

// variables returns the $names in an action, outside quoted text.
func variables(action string) []string {
	var vars []string
	for k := 0; k < len(action); {
		if action[k] != '$' {
			next, ok := skipQuoted(action, k)
			if !ok {
				break
			}
			k = next
			continue
		}
		end := k + 1
		for end < len(action) {
			r, size := utf8.DecodeRuneInString(action[end:])
			if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			end += size
		}
		vars = append(vars, action[k:end])
		k = end
	}
	return vars
}
