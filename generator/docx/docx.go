package docx

import (
	"bytes"
	"io"
	"text/template"
	"text/template/parse"

	"jixiao/generator/diag"
	"jixiao/generator/internal/ooxml"
	"jixiao/generator/tmpl"
)

// Template is a parsed .docx template, ready to render any number of times,
// also from several goroutines at once (executors.go). It is never nil
// after Parse: a template with errors still lists its tags, and Execute
// returns its errors again.
type Template struct {
	name     string
	arch     *archive
	parts    []*part
	diags    diag.List
	set      *template.Template // the parts' parse trees, without functions: executors bind them
	funcs    template.FuncMap   // the functions the parts were parsed with (read only)
	ctxs     []*escCtx
	escapers map[string]escaper // the escaping functions the parts call, by name
	used     []string           // the functions of the allow-list the parts call
	maxID    int                // the largest drawing or bookmark id of the template
	size     int                // bytes of the template archive, to size the output

	pool tmpl.Pool[*executor]
}

// Tag is one {{…}} of a template and where it is: Pos.File is the template,
// Pos.Part the archive part ("word/document.xml", "word/header1.xml") and
// Pos.Place the paragraph or table cell ("第12段", "表1 第3行 第2列").
// Text is the tag as typed, delimiters included.
type Tag struct {
	Pos  diag.Pos
	Text string
}

// Parse reads a .docx template named name (the name diagnostics use) and
// checks everything that does not depend on data: the archive, that
// every XML part is well-formed (a broken part would be copied into the
// output as it is, and Word would refuse it), the XML of each part, every tag's syntax and functions, block balance, and whether
// each block's placement can give a valid document. It reports all
// problems at once, each with its part and paragraph or cell.
func Parse(name string, src []byte) (*Template, diag.List) {
	t := &Template{name: name, size: len(src)}
	a, err := openArchive(src)
	if err != nil {
		t.diags.Errorf(diag.Pos{File: name}, "%s", err)
		return t, t.diags
	}
	t.arch = a
	t.funcs = tmpl.ParseFuncs()
	t.escapers = map[string]escaper{}
	t.set = template.New(name).Delims(lDelim, rDelim).Option("missingkey=error")
	types := a.contentTypes()
	for _, f := range a.files {
		switch {
		case a.isTemplated(f.Name):
			t.parsePart(f, t.funcs)
		case types.holdsXML(f.Name):
			t.checkPart(f)
		}
	}
	t.used = t.usedFuncs()
	return t, t.diags
}

// usedFuncs lists the functions of the allow-list the parts call, also
// those fused with an escaper.
func (t *Template) usedFuncs() []string {
	var trees []*parse.Tree
	for _, p := range t.parts {
		if p.tpl != nil {
			trees = append(trees, p.tpl.Tree)
		}
	}
	used := tmpl.UsedFuncs(trees...)
	for _, e := range t.escapers {
		if e.fn != "" {
			used = append(used, e.fn)
		}
	}
	return used
}

// Tags lists every tag of the template in archive and document order.
func (t *Template) Tags() []Tag {
	var out []Tag
	for _, p := range t.parts {
		for _, tg := range p.tags {
			out = append(out, Tag{Pos: tg.pos(t.name), Text: tg.span.text})
		}
	}
	return out
}

// Execute renders the template with data and writes a complete .docx to w.
// Before anything runs, every field the template reads is looked up in
// data, and all missing ones are reported at once. Parts without tags are
// copied raw; rendered parts are deflated with a fixed time, so the same
// template and data give the same bytes. On error nothing is written.
//
// On a template with errors, Execute returns them together with the
// fields missing from data, as far as the sound tags tell.
//
// Execute runs with a budget of its own; ExecuteBudget draws on the
// budget of a larger run.
func (t *Template) Execute(w io.Writer, data any) diag.List {
	return t.ExecuteBudget(w, data, tmpl.NewBudget())
}

// ExecuteBudget is Execute within budget b: the loops, the text the
// functions build and the bytes written all count against it, and
// hitting a limit is an error at the tag (or part) where it happened.
func (t *Template) ExecuteBudget(w io.Writer, data any, b *tmpl.Budget) diag.List {
	ex, diags := t.begin(data, b)
	if ex == nil {
		return diags
	}
	defer t.release(ex)
	var out bytes.Buffer
	out.Grow(t.size)
	if diags := t.write(&out, data, &run{set: ex.set, budget: b}); diags.HasErrors() {
		return diags
	}
	if _, err := w.Write(out.Bytes()); err != nil {
		diags.Errorf(diag.Pos{File: t.name}, "无法写出文档：%v", err)
	}
	return diags
}

// begin makes the checks an execution starts with (the template's own
// errors, then every field data lacks) and takes an executor drawing on
// budget b; the executor is nil, and the problems are returned, when the
// template cannot be executed.
func (t *Template) begin(data any, b *tmpl.Budget) (*executor, diag.List) {
	if t == nil || t.arch == nil {
		return nil, t.failed()
	}
	if t.diags.HasErrors() {
		diags := t.diags.Errors()
		diags.Append(t.checkFields(data))
		return nil, diags
	}
	if diags := t.checkFields(data); diags.HasErrors() {
		return nil, diags
	}
	ex, err := t.acquire()
	if err != nil {
		return nil, t.writeError(err)
	}
	ex.budget.Join(b)
	return ex, nil
}

// run is one execution: the template set and the budget it draws on.
type run struct {
	set    *template.Template
	budget *tmpl.Budget
}

// tpl returns part p's template in the run's set.
func (r *run) tpl(p *part) *template.Template { return r.set.Lookup(p.name) }

// write renders the archive into out: the entries in the template's order,
// untouched ones copied raw, templated ones rendered and deflated.
func (t *Template) write(out io.Writer, data any, r *run) diag.List {
	zw := ooxml.NewZipWriter(out)
	fixer := newIDFixer(t.maxID)
	rendered := map[string]*part{}
	for _, p := range t.parts {
		rendered[p.name] = p
	}
	for _, f := range t.arch.files {
		p := rendered[f.Name]
		if p == nil || p.tpl == nil {
			if err := copyRaw(zw, f); err != nil {
				return t.writeError(err)
			}
			continue
		}
		fw, err := zw.CreateHeader(partHeader(f.Name))
		if err != nil {
			return t.writeError(err)
		}
		if diags := t.renderPart(fw, p, data, fixer, r); diags.HasErrors() {
			return diags
		}
	}
	if err := zw.Close(); err != nil {
		return t.writeError(err)
	}
	return nil
}

// writeError reports a failure to assemble the archive.
func (t *Template) writeError(err error) diag.List {
	var diags diag.List
	diags.Errorf(diag.Pos{File: t.name}, "无法生成文档：%v", err)
	return diags
}

// renderPart executes part p into w, within the run's budget. A part whose
// cells may merge down or whose ids may repeat is rendered into memory and
// fixed first; any other streams through a pipe, so that compression
// overlaps execution.
func (t *Template) renderPart(w io.Writer, p *part, data any, fixer *idFixer, r *run) diag.List {
	if p.merges || p.fixIDs {
		out, diags := t.renderFixed(p, data, fixer, r)
		if diags.HasErrors() {
			return diags
		}
		if _, err := w.Write(out); err != nil {
			return t.writeError(err)
		}
		return nil
	}
	pw := newPipe(w)
	err := r.tpl(p).Execute(r.budget.Writer(pw), data)
	if cerr := pw.Close(); err == nil && cerr != nil {
		return t.writeError(cerr)
	}
	if err != nil {
		return t.execError(p, err)
	}
	return nil
}

// failed returns the errors that keep t from rendering.
func (t *Template) failed() diag.List {
	if t != nil && t.diags.HasErrors() {
		return t.diags.Errors()
	}
	var diags diag.List
	diags.Errorf(diag.Pos{}, "模板没有成功读取，无法生成文档")
	return diags
}

// checkFields reports every field of every part missing from data.
func (t *Template) checkFields(data any) diag.List {
	var diags diag.List
	for _, p := range t.parts {
		tpl := p.tpl
		if tpl == nil {
			tpl = p.fieldsOnly
		}
		if tpl == nil {
			continue
		}
		for _, fe := range tmpl.CheckFields(tpl.Tree, data) {
			t.report(&diags, p, p.src.tagAt(int(fe.Node.Position())), fe.Msg)
		}
	}
	return diags
}

// renderFixed renders part p into memory, merges its 纵向合并 cells and
// makes its ids unique.
func (t *Template) renderFixed(p *part, data any, fixer *idFixer, r *run) ([]byte, diag.List) {
	out, diags := t.render(p, data, r)
	if diags.HasErrors() {
		return nil, diags
	}
	if p.merges {
		var err error
		if out, err = mergeDownCells(out); err != nil {
			return nil, t.writeError(err)
		}
	}
	if p.fixIDs {
		out = fixer.fix(out, p.tree.wp, p.tree.mainPrefix())
	}
	return out, nil
}

// render executes one part into memory, within the run's budget.
func (t *Template) render(p *part, data any, r *run) ([]byte, diag.List) {
	var buf bytes.Buffer
	buf.Grow(len(p.tree.src) + len(p.tree.src)/2)
	if err := r.tpl(p).Execute(r.budget.Writer(&buf), data); err != nil {
		return nil, t.execError(p, err)
	}
	return buf.Bytes(), nil
}
