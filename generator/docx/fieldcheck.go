package docx

import (
	"strings"
	"text/template"
	"text/template/parse"

	"jixiao/generator/tmpl"
)

// fieldSource returns, for a part whose template cannot be built, a
// template source made of its tags alone, repaired just enough to parse:
// tags with syntax or scope errors are left out (an opening one becomes a
// block whose content is not checked), stray else and end tags are
// dropped, and unclosed blocks are closed at the end. Looking up its
// fields lets Execute report missing fields together with the template's
// other errors.
func fieldSource(tags []*tag, bad map[*tag]bool) *source {
	s := &source{}
	var b strings.Builder
	write := func(t *tag, action string) {
		from := b.Len()
		b.WriteString(lDelim + action + rDelim)
		s.locs = append(s.locs, loc{from: from, to: b.Len(), t: t})
	}
	unclosed := 0
	for _, t := range tags {
		switch {
		case t.kind == tagOpen:
			write(t, pick(bad[t], "with dict", t.action))
			if t.block.end().kind != tagEnd {
				unclosed++
			}
		case t.kind == tagElse && t.block != nil:
			write(t, pick(bad[t], neutralElse(t.block.word), t.action))
		case t.kind == tagEnd && t.block != nil:
			write(t, t.action)
		case (t.kind == tagOutput || t.kind == tagDecl) && !bad[t]:
			write(t, t.action)
		}
	}
	b.WriteString(strings.Repeat(lDelim+"end"+rDelim, unclosed))
	s.text = b.String()
	return s
}

// pick returns yes when cond holds, else no.
func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}

// neutralElse stands in for a broken else tag of a block of kind word.
func neutralElse(word string) string {
	switch word {
	case "if":
		return "else if true"
	case "with":
		return "else with dict"
	}
	return "else"
}

// prepareFieldCheck keeps a tag-only template of a broken part, when one
// parses, for Execute's field lookup.
func (t *Template) prepareFieldCheck(p *part, probs []problem) {
	bad := map[*tag]bool{}
	for _, pr := range probs {
		if pr.syntax {
			bad[pr.t] = true
		}
	}
	src := fieldSource(p.tags, bad)
	trees, err := parse.Parse(p.name, src.text, lDelim, rDelim, tmpl.ParseNames(), escFuncs)
	if err != nil {
		return
	}
	tpl, err := template.New(p.name).Delims(lDelim, rDelim).AddParseTree(p.name, trees[p.name])
	if err != nil {
		return
	}
	p.src, p.fieldsOnly = src, tpl
}
