package document

import (
	"io"

	"jixiao/generator/diag"
	"jixiao/generator/internal/doctext"
	"jixiao/generator/tmpl"
)

// TextsBudget is RenderBudget for a caller that needs only what a reader
// of the document would see where a placeholder can be (doctext): the
// same parsing, checks, budget and problems, the texts instead of the
// file.
func TextsBudget(name string, src []byte, data any, b *tmpl.Budget) (doctext.Result, diag.List) {
	t, diags := Parse(name, src)
	return Texts(t, diags, data, b)
}

// Texts is Execute for the texts: t, which Parse returned with diags, is
// executed with data within b, with the same problems as Execute.
func Texts(t Template, diags diag.List, data any, b *tmpl.Budget) (doctext.Result, diag.List) {
	if diags.HasErrors() {
		if t != nil {
			return doctext.Result{}, t.ExecuteBudget(io.Discard, data, b)
		}
		return doctext.Result{}, diags
	}
	res, d := t.TextsBudget(data, b)
	if d.HasErrors() {
		return doctext.Result{}, d
	}
	return res, diags
}
