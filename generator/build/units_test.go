package build

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/data"
	"jixiao/generator/docx/docxtest"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
)

// evaluateUnit evaluates facts (a facts file's YAML) with the default pack.
func evaluateUnit(t testing.TB, facts []byte) *evaluate.Result {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	res, diags := evaluate.Run(p, "unit.yaml", facts)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return res
}

// renderUnit renders every document of the default pack for facts and
// returns them by output name.
func renderUnit(t testing.TB, facts []byte) map[string][]byte {
	t.Helper()
	outs, diags := Render(evaluateUnit(t, facts))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	docs := map[string][]byte{}
	for _, o := range outs {
		docs[o.Name] = o.Data
	}
	return docs
}

// completeFacts is the complete example with every occurrence of old
// replaced by new, in order (pairs).
func completeFacts(replace ...string) []byte {
	return []byte(strings.NewReplacer(replace...).Replace(string(data.Complete)))
}

// documentText returns what a reader sees of a rendered document: a .docx
// one paragraph per line (body and footers), an .xlsx one cell per line,
// each sheet's text cells as they are and its number cells as the numbers
// they hold (a number format such as #,##0.00 is the table's, not prose).
func documentText(t testing.TB, name string, doc []byte) string {
	t.Helper()
	if strings.HasSuffix(name, ".docx") {
		text, err := docxtest.Text(doc, "word/document.xml")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return text
	}
	f, err := excelize.OpenReader(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("%s %s: %v", name, sheet, err)
		}
		for _, row := range rows {
			for _, cell := range row {
				if cell != "" {
					b.WriteString(cell + "\n")
				}
			}
		}
	}
	return b.String()
}

// sortedNames returns the keys of docs in order, for stable messages.
func sortedNames(docs map[string][]byte) []string {
	names := make([]string, 0, len(docs))
	for n := range docs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// writeDocs writes the documents named into a temporary folder and returns
// their paths by name.
func writeDocs(t *testing.T, docs map[string][]byte, names ...string) map[string]string {
	t.Helper()
	dir, paths := t.TempDir(), map[string]string{}
	for _, n := range names {
		data, ok := docs[n]
		if !ok {
			t.Fatalf("no document %s among %v", n, sortedNames(docs))
		}
		paths[n] = filepath.Join(dir, n)
		if err := os.WriteFile(paths[n], data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// zipPart returns the content of one part of a .docx or .xlsx archive.
func zipPart(t testing.TB, doc []byte, name string) string {
	t.Helper()
	r, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
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
