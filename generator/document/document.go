// Package document parses a .docx or .xlsx template with the engine its
// extension calls for, so that `render` and `build` treat both alike.
package document

import (
	"bytes"
	"io"
	"path"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/docx"
	"jixiao/generator/internal/doctext"
	"jixiao/generator/tmpl"
	"jixiao/generator/xlsx"
)

// Template is a parsed template of either kind.
type Template interface {
	Execute(w io.Writer, data any) diag.List
	ExecuteBudget(w io.Writer, data any, b *tmpl.Budget) diag.List
	// TextsBudget executes as ExecuteBudget does and returns what a
	// reader would see instead of the document (see TextsBudget).
	TextsBudget(data any, b *tmpl.Budget) (doctext.Result, diag.List)
}

// Supported reports whether name has a template extension.
func Supported(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".docx" || ext == ".xlsx"
}

// Parse parses src, named name in messages, by its extension.
func Parse(name string, src []byte) (Template, diag.List) {
	switch strings.ToLower(path.Ext(name)) {
	case ".docx":
		t, d := docx.Parse(name, src)
		if t == nil {
			return nil, d
		}
		return t, d
	case ".xlsx":
		t, d := xlsx.Parse(name, src)
		if t == nil {
			return nil, d
		}
		return t, d
	}
	var d diag.List
	d.Errorf(diag.Pos{File: name}, "只支持 .docx 和 .xlsx 模板")
	return nil, d
}

// Render parses src and executes it with data, returning the document or
// every problem at once: when the template itself has errors but an engine
// can still check the tags that parsed (the Word engine can), the missing
// fields are reported in the same run.
func Render(name string, src []byte, data any) ([]byte, diag.List) {
	return RenderBudget(name, src, data, tmpl.NewBudget())
}

// RenderBudget is Render within the budget b of a larger run.
func RenderBudget(name string, src []byte, data any, b *tmpl.Budget) ([]byte, diag.List) {
	t, diags := Parse(name, src)
	return Execute(t, diags, data, b)
}

// Execute executes t, which Parse returned with diags, with data within b.
// When the template has errors nothing is rendered: its problems are
// returned, with the fields data lacks when the engine could still check
// them (t is not nil). Otherwise it returns the document and the parse's
// warnings, or the execution's errors.
func Execute(t Template, diags diag.List, data any, b *tmpl.Budget) ([]byte, diag.List) {
	if diags.HasErrors() {
		if t != nil {
			return nil, t.ExecuteBudget(io.Discard, data, b)
		}
		return nil, diags
	}
	var buf bytes.Buffer
	if d := t.ExecuteBudget(&buf, data, b); d.HasErrors() {
		return nil, d
	}
	return buf.Bytes(), diags
}
