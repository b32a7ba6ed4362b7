package xlsx

import (
	"io"

	"jixiao/generator/diag"
)

// Template is a parsed .xlsx template. (Placeholder until the engine lands.)
type Template struct{}

// Parse parses a .xlsx template.
func Parse(name string, src []byte) (*Template, diag.List) {
	var d diag.List
	d.Errorf(diag.Pos{File: name}, "Excel 模板引擎尚未实现")
	return nil, d
}

// Execute renders the template.
func (t *Template) Execute(w io.Writer, data any) diag.List { return nil }
