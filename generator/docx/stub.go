package docx

import (
	"io"

	"jixiao/generator/diag"
)

// Template is a parsed .docx template. (Placeholder until the engine lands.)
type Template struct{}

// Parse parses a .docx template.
func Parse(name string, src []byte) (*Template, diag.List) {
	var d diag.List
	d.Errorf(diag.Pos{File: name}, "Word 模板引擎尚未实现")
	return nil, d
}

// Execute renders the template.
func (t *Template) Execute(w io.Writer, data any) diag.List { return nil }
