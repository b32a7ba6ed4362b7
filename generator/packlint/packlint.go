// Package packlint checks a template pack before anyone uses it: pack.yaml
// names templates that exist and output names that render; every template
// parses (tags, blocks and their placement, functions), and renders with a
// sample unit whose every fact is filled, so that every field a template
// names must exist in the facts schema, the metrics or the scores; the
// rubric passes its own lint. Every problem is reported with its file and
// paragraph or cell, all at once. A fact or a metric pack.yaml declares
// that nothing reads is a warning, once, at its declaration.
package packlint

import (
	"io/fs"

	"jixiao/generator/build"
	"jixiao/generator/diag"
	"jixiao/generator/document"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
	"jixiao/generator/rubric"
	"jixiao/generator/tmpl"
	"jixiao/generator/view"
)

// SampleName is the name of the sample unit in messages.
const SampleName = "（lint 示例数据）"

// Lint checks pack p.
func Lint(p *pack.Pack) diag.List {
	diags := rubric.Lint(p.Rubric)
	if len(p.Meta.Documents) == 0 {
		diags.Warnf(diag.Pos{File: p.Name("pack.yaml")}, "pack.yaml 没有列出任何文档（文档:）")
	}
	res, d := evaluate.Run(p, SampleName, Sample(p.Rubric.FactsSchema()))
	if d.HasErrors() {
		diags.Append(d) // a bug in Sample: report it rather than hide it
		return diags
	}
	data := view.Data(res)
	b := tmpl.NewBudget()
	_, d = build.Names(p, data, b)
	diags.Append(d)
	for _, doc := range p.Meta.Documents {
		if b.Err() != nil {
			break // reported once
		}
		diags.Append(lintDocument(p, doc, data, b))
	}
	diags.Append(unusedDeclarations(p))
	return diags
}

// lintDocument parses and renders one document with the sample data.
func lintDocument(p *pack.Pack, doc pack.Document, data map[string]any, b *tmpl.Budget) diag.List {
	var diags diag.List
	src, err := fs.ReadFile(p.FS, doc.Template)
	if err != nil {
		diags.Errorf(doc.Pos, "模板包中找不到模板“%s”", doc.Template)
		return diags
	}
	_, d := document.RenderBudget(p.Name(doc.Template), src, data, b)
	diags.Append(d)
	return diags
}
