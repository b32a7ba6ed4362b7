package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
)

// mustParse parses a template that must have no errors.
func mustParse(t testing.TB, src []byte) *Template {
	t.Helper()
	tpl, diags := Parse("t.docx", src)
	if diags.HasErrors() {
		t.Fatalf("Parse: %v", diags)
	}
	return tpl
}

// render parses and executes src, failing the test on any error.
func render(t testing.TB, src []byte, data any) []byte {
	t.Helper()
	var buf bytes.Buffer
	if diags := mustParse(t, src).Execute(&buf, data); diags.HasErrors() {
		t.Fatalf("Execute: %v", diags)
	}
	return buf.Bytes()
}

// renderBody renders a document whose body is body.
func renderBody(t testing.TB, body string, data any) string {
	t.Helper()
	return partOf(t, render(t, docxtest.Doc(body), data), "word/document.xml")
}

// partOf returns the content of part name of a .docx.
func partOf(t testing.TB, docx []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no part %s", name)
	return ""
}

// texts returns the text of each paragraph of a part, a line break shown
// as ⏎ and a tab as →. It fails on XML that is not well formed.
func texts(t testing.TB, part string) []string {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(part))
	var out []string
	cur := &strings.Builder{} // text outside any paragraph is collected too
	inT := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("output is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "p":
				cur = &strings.Builder{}
			case "t":
				inT = true
			case "br":
				cur.WriteString("⏎")
			case "tab":
				cur.WriteString("→")
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "p":
				out = append(out, cur.String())
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				cur.Write(tok)
			}
		}
	}
}

// joined is texts joined with " | ".
func joined(t testing.TB, part string) string { return strings.Join(texts(t, part), " | ") }

// writeZip writes a zip holding empty entries called names.
func writeZip(t testing.TB, w io.Writer, names ...string) {
	t.Helper()
	zw := zip.NewWriter(w)
	for _, n := range names {
		if _, err := zw.Create(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// entry is a zip entry's name and compressed bytes.
type entry struct {
	name string
	raw  []byte
}

func entries(t testing.TB, docx []byte) []entry {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for _, f := range zr.File {
		rc, err := f.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		out = append(out, entry{f.Name, b})
	}
	return out
}
