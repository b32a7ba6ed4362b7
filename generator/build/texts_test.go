package build

import (
	"archive/zip"
	"bytes"
	"os"
	"testing"
)

// zipParts builds an archive of name, content pairs, in order.
func zipParts(t *testing.T, parts ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for i := 0; i < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestStampableAsStamping: stampable says whether stampProperties
// succeeds, without stamping: on a pack's template, on archives with and
// without core properties whose content types and relationships do or do
// not close, and on what is no archive.
func TestStampableAsStamping(t *testing.T) {
	report, err := os.ReadFile("../../templates/changsha-2022/附件1-3 自评报告.docx")
	if err != nil {
		t.Fatal(err)
	}
	types, rels := "[Content_Types].xml", "_rels/.rels"
	cases := map[string][]byte{
		"template":        report,
		"core":            zipParts(t, types, "<Types>", rels, "<Relationships>", corePart, "<x/>"),
		"no core, closed": zipParts(t, types, "<Types></Types>", rels, "<Relationships></Relationships>", "docProps/app.xml", "<Properties/>"),
		"no core, types":  zipParts(t, types, "<Types>", rels, "<Relationships></Relationships>"),
		"no core, rels":   zipParts(t, types, "<Types></Types>", rels, "<Relationships>"),
		"not a zip":       []byte("PK no zip"),
	}
	for name, src := range cases {
		_, err := stampProperties(src, Properties{Title: "t"})
		if got := stampable(src); got != (err == nil) {
			t.Errorf("%s: stampable %v; stamping: %v", name, got, err)
		}
	}
}
