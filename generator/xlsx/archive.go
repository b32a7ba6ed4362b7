package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
)

// archive is a template's zip as the engine copies it: its entries in
// order, so that parts the engine does not change are copied raw, and
// where the workbook, each worksheet and the shared strings are.
type archive struct {
	files    []*zip.File
	mem      *captured         // the parts, when they are held in memory instead
	workbook string            // "xl/workbook.xml"
	sheets   map[string]string // sheet name → its part ("xl/worksheets/sheet1.xml")
	strings  string            // the shared strings part, "" when there is none
	strict   bool              // Strict Open XML (ISO/IEC 29500 strict namespaces)
}

// readArchive indexes src's parts. A package it cannot follow (no
// workbook relationship) gives an error; excelize, which opens the
// template first, explains such files.
func readArchive(src []byte) (*archive, error) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, err
	}
	return indexArchive(&archive{files: zr.File})
}

// capturedArchive indexes the parts excelize wrote (captured.go).
func capturedArchive(c *captured) (*archive, error) {
	return indexArchive(&archive{mem: c})
}

// indexArchive finds a's workbook, worksheets and shared strings.
func indexArchive(a *archive) (*archive, error) {
	a.sheets = map[string]string{}
	a.workbook = a.target("", "_rels/.rels", "officeDocument")
	if a.workbook == "" {
		return nil, fmt.Errorf("找不到工作簿（xl/workbook.xml）")
	}
	wb, err := a.read(a.workbook)
	if err != nil {
		return nil, err
	}
	a.strict = bytes.Contains(wb, []byte("http://purl.oclc.org/ooxml/spreadsheetml/main"))
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
			IDS  string `xml:"http://purl.oclc.org/ooxml/officeDocument/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(wb, &book); err != nil {
		return nil, err
	}
	rels := a.rels(a.workbook)
	for _, s := range book.Sheets {
		id := s.ID + s.IDS
		if r, ok := rels[id]; ok {
			a.sheets[s.Name] = r.target
		}
	}
	for _, r := range rels {
		if path.Base(r.typ) == "sharedStrings" {
			a.strings = r.target
		}
	}
	return a, nil
}

// rel is one relationship: its type and its target as a part name.
type rel struct{ typ, target string }

// relsName returns the relationships part of part name.
func relsName(name string) string {
	dir, base := path.Split(name)
	return dir + "_rels/" + base + ".rels"
}

// rels reads the relationships of part name by id; targets are resolved
// to part names.
func (a *archive) rels(name string) map[string]rel {
	out := map[string]rel{}
	data, err := a.read(relsName(name))
	if err != nil {
		return out
	}
	var doc struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(data, &doc) != nil {
		return out
	}
	for _, r := range doc.Rel {
		if r.Mode == "External" {
			continue
		}
		target := r.Target
		if strings.HasPrefix(target, "/") {
			target = strings.TrimLeft(target, "/")
		} else {
			target = path.Join(path.Dir(name), target)
		}
		out[r.ID] = rel{typ: r.Type, target: path.Clean(target)}
	}
	return out
}

// target returns the target of the first relationship of part name (""
// for the package) whose type ends with kind.
func (a *archive) target(name, relsPart, kind string) string {
	if relsPart == "" {
		relsPart = relsName(name)
	}
	data, err := a.read(relsPart)
	if err != nil {
		return ""
	}
	var doc struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(data, &doc) != nil {
		return ""
	}
	for _, r := range doc.Rel {
		if path.Base(r.Type) == kind {
			return path.Clean(strings.TrimLeft(r.Target, "/"))
		}
	}
	return ""
}

// file returns the entry called name, or nil.
func (a *archive) file(name string) *zip.File {
	for _, f := range a.files {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// read returns the uncompressed content of part name.
func (a *archive) read(name string) ([]byte, error) {
	if a.mem != nil {
		if data, ok := a.mem.part(name); ok {
			return data, nil
		}
		return nil, fmt.Errorf("缺少 %s", name)
	}
	f := a.file(name)
	if f == nil {
		return nil, fmt.Errorf("缺少 %s", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}
