package doctext

import (
	"archive/zip"
	"bytes"
	"io"
	"path"
	"strings"
)

// Archive returns the texts of the document data, an .xlsx when name says
// so, else a .docx.
func Archive(name string, data []byte) ([]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(strings.ToLower(name), ".xlsx") {
		return workbookCells(zr)
	}
	return wordParagraphs(zr)
}

// wordParagraphs is the text of every paragraph of the body, headers,
// footers and notes.
func wordParagraphs(zr *zip.Reader) ([]string, error) {
	var out []string
	for _, f := range zr.File {
		if !IsWordPart(f.Name) {
			continue
		}
		data, err := ReadPart(f)
		if err != nil {
			return nil, err
		}
		paras, err := WordPart(data)
		if err != nil {
			return nil, err
		}
		out = append(out, paras...)
	}
	return out, nil
}

// workbookCells is the text of every cell that holds text.
func workbookCells(zr *zip.Reader) ([]string, error) {
	var shared []string
	for _, f := range zr.File {
		if f.Name == "xl/sharedStrings.xml" {
			data, err := ReadPart(f)
			if err != nil {
				return nil, err
			}
			if shared, err = SharedStrings(data); err != nil {
				return nil, err
			}
		}
	}
	var out []string
	for _, f := range zr.File {
		if !IsSheetPart(f.Name) {
			continue
		}
		data, err := ReadPart(f)
		if err != nil {
			return nil, err
		}
		if !MayHoldMarker(data) && !anyHoldsMarker(shared) {
			continue
		}
		cells, err := SheetCells(data, shared)
		if err != nil {
			return nil, err
		}
		out = append(out, cells...)
	}
	return out, nil
}

// IsWordPart reports whether the part called name may hold paragraphs a
// reader sees: an XML part under word/ that is not a relationships part.
func IsWordPart(name string) bool {
	return strings.HasPrefix(name, "word/") && path.Ext(name) == ".xml" && !strings.Contains(name, "/_rels/")
}

// IsSheetPart reports whether the part called name is a worksheet.
func IsSheetPart(name string) bool {
	return strings.HasPrefix(name, "xl/worksheets/") && path.Ext(name) == ".xml"
}

// ReadPart returns the uncompressed bytes of one part.
func ReadPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// Result is the texts of a document, or the error that kept them from
// being read (the gate then counts nothing in it).
type Result struct {
	Texts []string
	Err   error
}

// Of returns the Result of reading the document data named name.
func Of(name string, data []byte) Result {
	texts, err := Archive(name, data)
	return Result{Texts: texts, Err: err}
}
