package clienttest

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// minimalDocx writes the smallest .docx Word and LibreOffice accept.
func minimalDocx(t *testing.T, text string) string {
	path := filepath.Join(t.TempDir(), "min.docx")
	f, _ := os.Create(path)
	z := zip.NewWriter(f)
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:body></w:document>`,
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		w, _ := z.Create(name)
		w.Write([]byte(parts[name]))
	}
	z.Close()
	f.Close()
	return path
}

func TestClientsReadAMinimalDocx(t *testing.T) {
	path := minimalDocx(t, "在职人员控制率 92.16%")
	if got := DocxText(t, path); !strings.Contains(got, "在职人员控制率 92.16%") {
		t.Errorf("python-docx read %q", got)
	}
	if got := PDFText(t, path)[path]; !strings.Contains(got, "92.16%") {
		t.Errorf("pdftotext read %q", got)
	}
}
