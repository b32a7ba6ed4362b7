package xlsx

import (
	"fmt"
	"strings"
	"text/template"
	"text/template/parse"

	"jixiao/generator/diag"
	"jixiao/generator/internal/lazyre"
	"jixiao/generator/tmpl"
)

// Names of the two functions the engine adds to every cell template. The
// real ones are bound per execution (see state.go); these stand-ins let the
// cells parse.
const (
	fnValue = "_jx_value" // keeps the typed value of a whole-cell tag
	fnItem  = "_jx_item"  // marks the start of one item of a row loop
)

// span maps a piece of an executed cell text back to the tag as typed.
type span struct {
	start, end int
	tag        string
}

// newNamespace returns the name space of a template's cells. It has no
// functions: cells are parsed with the allow-list's names (parseCell) and
// each executor binds the functions the cells call (executors.go).
func newNamespace(name string) *template.Template {
	return template.New(name).Option("missingkey=error")
}

// parseCell parses the text of a cell (or of a row's count template) into
// the name space, as text/template would with the allow-list and the
// engine's own functions, without making a function map.
func (t *Template) parseCell(name, text string) error {
	trees, err := parse.Parse(name, text, "", "", tmpl.ParseNames(), standIns)
	if err != nil {
		return err
	}
	for n, tree := range trees {
		if _, err := t.ns.AddParseTree(n, tree); err != nil {
			return err
		}
	}
	return nil
}

// standIns let the engine's own functions parse.
var standIns = template.FuncMap{
	fnValue: func(any) string { return "" },
	fnItem:  func() string { return "" },
}

// compile parses every template cell into the name space and records the
// tags. Every cell is compiled even after an error, to report them all.
func (t *Template) compile() diag.List {
	var diags diag.List
	for si, s := range t.sheets {
		for _, r := range s.rows {
			diags.Append(t.located(s.name, t.compileRow(si, r)))
			for _, c := range r.cells {
				t.addTags(s.name, c)
			}
		}
	}
	var trees []*parse.Tree
	for _, x := range t.ns.Templates() {
		tmpl.Prepare(x.Tree)
		trees = append(trees, x.Tree)
	}
	t.used = tmpl.UsedFuncs(trees...)
	return diags
}

func (t *Template) addTags(sheet string, c *tcell) {
	for _, a := range c.acts {
		t.tags = append(t.tags, Tag{Pos: t.pos(sheet, c.ref), Text: tagText(c, a)})
	}
}

// compileRow compiles the cells of r; a row directive's opening tag is
// compiled once on its own first, as the template that counts the items.
func (t *Template) compileRow(si int, r *row) diag.List {
	var diags diag.List
	if r.dir != nil {
		first := r.cells[0]
		count := header(r.dir) + "{{" + fnItem + "}}{{end}}"
		name := fmt.Sprintf("s%d!row%d", si, r.num)
		if err := t.parseCell(name, count); err != nil {
			diags.Errorf(pos(first), "标签 %s：%s", tagText(first, r.dir.open), tmpl.Explain(err))
			return diags
		}
		r.dir.count = name
	}
	for _, c := range r.cells {
		diags.Append(t.compileCell(si, r, c))
	}
	return diags
}

// compileCell builds the text that is executed for c and parses it.
func (t *Template) compileCell(si int, r *row, c *tcell) diag.List {
	if c.broken {
		return nil
	}
	var b textBuilder
	from, to := 0, len(c.text)
	if r.dir != nil {
		if c == r.cells[0] {
			from = r.dir.open.end
		}
		if c == r.cells[len(r.cells)-1] {
			to = r.dir.close.start
		}
		b.tag(header(r.dir), tagText(r.cells[0], r.dir.open))
		b.raw("{{" + fnItem + "}}")
	}
	c.typed = b.body(c, from, to)
	if r.dir != nil {
		b.tag("{{end}}", tagText(r.cells[len(r.cells)-1], r.dir.close))
	}
	name := fmt.Sprintf("s%d!%s", si, c.ref)
	if err := t.parseCell(name, b.String()); err != nil {
		return diagnoseParse(r, c, from, to, err)
	}
	c.name, c.spans, c.src = name, b.spans, b.String()
	return nil
}

// header returns the row directive's opening tag, normalized.
func header(d *directive) string {
	return "{{" + tmpl.NormalizeAction(d.open.inner) + "}}"
}

// textBuilder assembles the executed text of a cell and remembers where
// each tag went.
type textBuilder struct {
	strings.Builder
	spans []span
}

func (b *textBuilder) raw(s string) { b.WriteString(s) }

func (b *textBuilder) tag(s, orig string) {
	start := b.Len()
	b.WriteString(s)
	b.spans = append(b.spans, span{start, b.Len(), orig})
}

// body writes c.text[from:to] with every tag normalized (smart quotes and
// no-break spaces inside tags only). When that part of the cell is exactly
// one value tag, the tag pipes its value to fnValue and body reports true.
func (b *textBuilder) body(c *tcell, from, to int) bool {
	acts := actionsIn(c.acts, from, to)
	if len(acts) == 1 && strings.TrimSpace(c.text[from:acts[0].start]) == "" &&
		strings.TrimSpace(c.text[acts[0].end:to]) == "" && closed(c.text, acts[0]) && isValueAction(acts[0]) {
		b.tag("{{"+tmpl.NormalizeAction(acts[0].inner)+" | "+fnValue+"}}", tagText(c, acts[0]))
		return true
	}
	at := from
	for _, a := range acts {
		b.raw(c.text[at:a.start])
		b.tag(normalizeTag(c.text[a.start:a.end]), tagText(c, a))
		at = a.end
	}
	b.raw(c.text[at:to])
	return false
}

// closed reports whether tag a of text ends with its “}}”: a tag left open
// runs to the end of the text (scanActions) and must fail to parse, not be
// closed by the value wrapper.
func closed(text string, a action) bool { return strings.HasSuffix(text[a.start:a.end], "}}") }

// normalizeTag normalizes the inside of a complete {{…}} tag.
func normalizeTag(tag string) string {
	if !strings.HasSuffix(tag, "}}") || len(tag) < 4 {
		return tag
	}
	return "{{" + tmpl.NormalizeAction(tag[2:len(tag)-2]) + "}}"
}

// actionsIn returns the actions lying within [from, to).
func actionsIn(acts []action, from, to int) []action {
	var out []action
	for _, a := range acts {
		if a.start >= from && a.end <= to {
			out = append(out, a)
		}
	}
	return out
}

// isValueAction reports whether a is a single pipeline that produces a
// value: no control keyword, no variable declaration, not a comment. A
// plain field ({{.项目.名称}}, {{.}}) is one without being parsed.
func isValueAction(a action) bool {
	if a.keyword != "" {
		return false
	}
	if plainField.MatchString(strings.TrimSpace(tmpl.NormalizeAction(a.inner))) {
		return true
	}
	tree, err := parseAlone(a.inner, variable.FindAllString(a.inner, -1))
	if err != nil || len(tree.Root.Nodes) == 0 {
		return false
	}
	n, ok := tree.Root.Nodes[len(tree.Root.Nodes)-1].(*parse.ActionNode)
	return ok && len(n.Pipe.Decl) == 0 && !strings.HasPrefix(strings.TrimSpace(a.inner), "/*")
}

// plainField matches a tag that is the dot or a chain of field names.
var plainField = lazyre.New(`^(\.|(\.[\p{L}_][\p{L}\p{Nd}_]*)+)$`)

// variable matches the template variables a tag may use.
var variable = lazyre.New(`\$[\p{L}_][\p{L}\p{N}_]*`)

// parseAlone parses one tag's inside on its own, after declaring vars (the
// variables of the row's {{range $i, $p := …}} and of the cell). The tag is
// the last node of the tree.
func parseAlone(inner string, vars []string) (*parse.Tree, error) {
	var b strings.Builder
	for _, v := range vars {
		b.WriteString("{{" + v + " := 0}}")
	}
	b.WriteString("{{" + tmpl.NormalizeAction(inner) + "}}")
	trees, err := parse.Parse("tag", b.String(), "", "", tmpl.ParseNames(), standIns)
	if err != nil {
		return nil, err
	}
	return trees["tag"], nil
}

// diagnoseParse reports a cell that does not parse: each tag that fails on
// its own is named, else the cell's text as a whole.
func diagnoseParse(r *row, c *tcell, from, to int, err error) diag.List {
	var diags diag.List
	vars := declaredVars(c.acts)
	if r.dir != nil {
		vars = append(vars, declaredVars([]action{r.dir.open})...)
	}
	for _, a := range actionsIn(c.acts, from, to) {
		if a.keyword != "" {
			continue
		}
		if _, e := parseAlone(a.inner, vars); e != nil || !strings.HasSuffix(tagText(c, a), "}}") {
			if e == nil {
				e = fmt.Errorf("unclosed action")
			}
			diags.Errorf(pos(c), "标签 %s：%s", tagText(c, a), tmpl.Explain(e))
		}
	}
	if len(diags) == 0 {
		diags.Errorf(pos(c), "单元格内容“%s”有误：%s", c.text, tmpl.Explain(err))
	}
	return diags
}

// declaredVars returns the variables that acts declare with := or =.
func declaredVars(acts []action) []string {
	var out []string
	for _, a := range acts {
		if lhs, _, ok := strings.Cut(a.inner, "="); ok {
			out = append(out, variable.FindAllString(lhs, -1)...)
		}
	}
	return out
}
