package docxbuild

import (
	"archive/zip"
	"bytes"
	"time"
)

// fixedTime is the modification time of every entry, so that the same
// content always gives the same bytes.
var fixedTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Bytes returns the .docx. The last section is landscape or portrait and
// numbered or not as given.
func (d *Doc) Bytes(landscape, numbered, restart bool) ([]byte, error) {
	parts := []struct{ name, data string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"word/document.xml", d.documentXML(sectPr(landscape, numbered, restart))},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/styles.xml", stylesXML()},
		{"word/settings.xml", settingsXML},
		{"word/fontTable.xml", fontTableXML()},
		{"word/footer1.xml", oddFooter},
		{"word/footer2.xml", evenFooter},
		{"docProps/core.xml", coreXML(d.title)},
		{"docProps/app.xml", appXML},
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(p.data)); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
