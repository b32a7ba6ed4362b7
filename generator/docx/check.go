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
	prefix := declareAll(tags)
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
		refine(t, trees["tag"])
	}
	return probs
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

// refine sets the kind of a printing or declaring tag from its parse tree.
func refine(t *tag, tree *parse.Tree) {
	if t.kind != tagOutput && t.kind != tagDecl || tree == nil || len(tree.Root.Nodes) == 0 {
		return
	}
	if act, ok := tree.Root.Nodes[len(tree.Root.Nodes)-1].(*parse.ActionNode); ok {
		t.kind = tagOutput
		if len(act.Pipe.Decl) > 0 {
			t.kind = tagDecl
		}
	}
}

// declareAll returns actions declaring every variable the tags mention.
func declareAll(tags []*tag) string {
	seen := map[string]bool{"$": true}
	var b strings.Builder
	for _, t := range tags {
		for _, v := range variables(t.action) {
			if !seen[v] {
				seen[v] = true
				b.WriteString(lDelim + v + " := 0" + rDelim)
			}
		}
	}
	return b.String()
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
