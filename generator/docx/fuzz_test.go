package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
)

// FuzzParseExecute feeds arbitrary body XML to the engine: it may report
// errors but must never panic, and whatever it renders must be XML that
// parses.
func FuzzParseExecute(f *testing.F) {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	for _, seed := range []string{
		P("{{.a}}") + P("{{range .l}}") + P("{{.}}") + P("{{end}}"),
		Table(Row("{{range .l}}{{.}}", "{{end}}")),
		`<w:p><w:r><w:t>{{.</w:t></w:r><w:proofErr/><w:r><w:t>a}}</w:t></w:r></w:p>`,
		`<w:p><w:hyperlink><w:r><w:t>{{if .a}}</w:t></w:r></w:hyperlink><w:r><w:t>{{end}}</w:t></w:r></w:p>`,
		P("{{段落 .s}}{{if .a}}x{{else}}y{{end}}"),
		Table(Row("{{range .l}}{{纵向合并 .}}", "{{纵向合并 $.a .}}{{end}}"), Row("{{纵向合并 .a}}")),
	} {
		f.Add(seed)
	}
	data := map[string]any{"a": "<&>", "l": []any{"1", "1", "2"}, "s": "甲\n乙"}
	f.Fuzz(func(t *testing.T, body string) {
		src := docxtest.Doc(body)
		if !wellFormed(partOf(t, src, "word/document.xml")) {
			return // a broken template part is copied as it is
		}
		tpl, diags := Parse("f.docx", src)
		var buf bytes.Buffer
		if d := tpl.Execute(&buf, data); diags.HasErrors() || d.HasErrors() {
			return
		}
		texts(t, partOf(t, buf.Bytes(), "word/document.xml"))
	})
}

func wellFormed(s string) bool {
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return false
		}
	}
}
