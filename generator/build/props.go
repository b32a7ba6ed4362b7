package build

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"jixiao/generator/internal/ooxml"
)

// Properties identify a rendered document in its core properties (Word's
// and Excel's 文件属性): its title, the unit as its author, and the pack that
// made it, so that files collected from many units tell themselves apart.
type Properties struct {
	Title       string // the output name without extension
	Creator     string // the unit
	Description string // the pack's 名称 and 版本
}

const (
	corePart  = "docProps/core.xml"
	coreType  = "application/vnd.openxmlformats-package.core-properties+xml"
	coreRel   = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	coreRelID = "rIdCoreProperties"
)

// fixedTime stamps an entry the archive did not have, so that the same
// input always gives the same bytes.
var fixedTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// stampProperties returns the .docx or .xlsx archive data with its core
// properties replaced by p. It works on the archive, whatever engine made
// it: every other entry is copied raw, in order; an archive without core
// properties gets them, with their content type and relationship.
func stampProperties(data []byte, p Properties) ([]byte, error) {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	hasCore := false
	for _, f := range r.File {
		hasCore = hasCore || f.Name == corePart
	}
	var buf bytes.Buffer
	w := ooxml.NewZipWriter(&buf)
	for _, f := range r.File {
		if err := copyEntry(w, f, p, hasCore); err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
	}
	if !hasCore {
		if err := writeEntry(w, &zip.FileHeader{Name: corePart, Method: zip.Deflate, Modified: fixedTime}, coreXML(p)); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// copyEntry copies f into w: the core properties rewritten, the package's
// content types and relationships completed when core properties are new,
// the extended properties without the program's name (ooxml.CopyNeutral),
// anything else raw; every entry with a valid date.
func copyEntry(w *zip.Writer, f *zip.File, p Properties, hasCore bool) error {
	switch {
	case f.Name == corePart:
		return writeEntry(w, header(f), coreXML(p))
	case !hasCore && f.Name == "[Content_Types].xml":
		return patchEntry(w, f, "</Types>", `<Override PartName="/`+corePart+`" ContentType="`+coreType+`"/>`)
	case !hasCore && f.Name == "_rels/.rels":
		return patchEntry(w, f, "</Relationships>", `<Relationship Id="`+coreRelID+`" Type="`+coreRel+`" Target="`+corePart+`"/>`)
	}
	return ooxml.CopyNeutral(w, f)
}

// patchEntry rewrites f with insert placed before its closing tag end.
func patchEntry(w *zip.Writer, f *zip.File, end, insert string) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return err
	}
	s := string(b)
	i := strings.LastIndex(s, end)
	if i < 0 {
		return fmt.Errorf("没有 %s", end)
	}
	return writeEntry(w, header(f), s[:i]+insert+s[i:])
}

// header is f's header for a rewritten entry: the same name and time,
// compressed; the writer sets the sizes and checksum.
func header(f *zip.File) *zip.FileHeader {
	h := f.FileHeader
	h.Method, h.Extra = zip.Deflate, nil
	if !ooxml.ValidDOSDate(h.ModifiedDate) {
		h.Modified, h.ModifiedDate, h.ModifiedTime = time.Time{}, ooxml.DOSEpoch, 0
	}
	return &h
}

func writeEntry(w *zip.Writer, h *zip.FileHeader, content string) error {
	out, err := w.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = io.WriteString(out, content)
	return err
}

// coreXML is docProps/core.xml holding p, without dates: the same input
// gives the same bytes.
func coreXML(p Properties) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">` +
		`<dc:title>` + escapeXML(p.Title) + `</dc:title>` +
		`<dc:creator>` + escapeXML(p.Creator) + `</dc:creator>` +
		`<cp:lastModifiedBy>` + escapeXML(p.Creator) + `</cp:lastModifiedBy>` +
		`<dc:description>` + escapeXML(p.Description) + `</dc:description>` +
		`</cp:coreProperties>`
}

func escapeXML(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
