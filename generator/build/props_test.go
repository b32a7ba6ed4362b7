package build

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/internal/clienttest"
)

// bareDocx is a Word document without core properties, as some editors
// write them.
func bareDocx(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, p := range []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>`},
	} {
		f, err := w.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(p.data))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var testProps = Properties{Title: "附件1-1 某局<甲>指标表", Creator: "某局&乙", Description: "某县模板 2023.1"}

// TestPropertiesAreAddedWhereMissing: an archive without core properties
// gets them, with their content type and relationship, and python-docx
// reads them back (escaped names included).
func TestPropertiesAreAddedWhereMissing(t *testing.T) {
	out, err := stampProperties(bareDocx(t), testProps)
	if err != nil {
		t.Fatal(err)
	}
	if ct := zipPart(t, out, "[Content_Types].xml"); !strings.Contains(ct, `PartName="/docProps/core.xml"`) {
		t.Errorf("no content type for the core properties:\n%s", ct)
	}
	clienttest.RequirePythonModule(t, "docx")
	path := filepath.Join(t.TempDir(), "文档.docx")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	got := clienttest.RunPython(t, `
import sys, docx
c = docx.Document(sys.argv[1]).core_properties
print(c.title); print(c.author); print(c.comments)
`, path)
	if want := "附件1-1 某局<甲>指标表\n某局&乙\n某县模板 2023.1\n"; got != want {
		t.Errorf("python-docx reads\n%s\nwant\n%s", got, want)
	}
}

// TestPropertiesReplaceAndCopyTheRest: existing core properties are
// replaced; every other entry is copied byte for byte; stamping twice gives
// the same bytes.
func TestPropertiesReplaceAndCopyTheRest(t *testing.T) {
	docs := renderUnit(t, data.Complete)
	for _, name := range sortedNames(docs) {
		in := docs[name]
		out, err := stampProperties(in, testProps)
		if err != nil {
			t.Fatal(err)
		}
		again, _ := stampProperties(in, testProps)
		if !bytes.Equal(out, again) {
			t.Errorf("%s: two stamps differ", name)
		}
		if core := zipPart(t, out, "docProps/core.xml"); !strings.Contains(core, "<dc:creator>某局&amp;乙</dc:creator>") ||
			strings.Count(core, "<dc:title>") != 1 {
			t.Errorf("%s: core properties:\n%s", name, core)
		}
		r, _ := zip.NewReader(bytes.NewReader(in), int64(len(in)))
		for _, f := range r.File {
			if f.Name != "docProps/core.xml" && zipPart(t, out, f.Name) != zipPart(t, in, f.Name) {
				t.Errorf("%s: %s changed", name, f.Name)
			}
		}
	}
}

// TestDocumentsNameTheUnitAndPack: every document built names the unit in
// its file name and its properties, and the pack in its description.
func TestDocumentsNameTheUnitAndPack(t *testing.T) {
	docs := renderUnit(t, data.Complete)
	for _, name := range sortedNames(docs) {
		if !strings.Contains(name, "示例县农业农村局") {
			t.Errorf("%s does not name the unit", name)
		}
		core := zipPart(t, docs[name], "docProps/core.xml")
		title := strings.TrimSuffix(name, filepath.Ext(name))
		for _, want := range []string{"<dc:title>" + title + "</dc:title>", "<dc:creator>示例县农业农村局</dc:creator>",
			"<dc:description>长沙县部门整体支出绩效自评 2023.1</dc:description>"} {
			if !strings.Contains(core, want) {
				t.Errorf("%s: core properties lack %s:\n%s", name, want, core)
			}
		}
	}
}
