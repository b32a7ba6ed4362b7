package xlsx

import (
	"io"
	"strings"
	"sync"
)

// Strict Open XML (ISO/IEC 29500 strict) names the same elements with
// other namespaces. Patching works on either, namespaces untouched; but
// excelize writes the transitional namespaces into the parts it rebuilds
// and so makes a strict workbook unreadable. For a rebuild the engine
// therefore converts a strict workbook to transitional first: every
// namespace, relationship type and the conformance attribute. The result
// is the same workbook in the form Excel saves by default.

// strictNames maps strict namespaces to transitional ones, longest first
// so that a prefix never hides a longer name.
var strictNames = strings.NewReplacer(
	"http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
	"http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
	"http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
	"http://purl.oclc.org/ooxml/officeDocument/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
	"http://purl.oclc.org/ooxml/officeDocument/customProperties", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
	"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
	"http://purl.oclc.org/ooxml/officeDocument/sharedTypes", "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
	"http://purl.oclc.org/ooxml/officeDocument/math", "http://schemas.openxmlformats.org/officeDocument/2006/math",
	"http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
	"http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
	"http://purl.oclc.org/ooxml/drawingml/chartDrawing", "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing",
	"http://purl.oclc.org/ooxml/drawingml/chart", "http://schemas.openxmlformats.org/drawingml/2006/chart",
	"http://purl.oclc.org/ooxml/drawingml/picture", "http://schemas.openxmlformats.org/drawingml/2006/picture",
	"http://purl.oclc.org/ooxml/drawingml/diagram", "http://schemas.openxmlformats.org/drawingml/2006/diagram",
	"http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main",
	"http://purl.oclc.org/ooxml/schemaLibrary/main", "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
	` conformance="strict"`, "",
)

// transitional is the template as excelize rebuilds it, made once.
type transitional struct {
	once sync.Once
	src  []byte
	arch *archive
}

// rebuildSource returns the template excelize rebuilds: the template
// itself, or a copy converted for excelize (forExcelize) when it is strict
// or names its note shapes otherwise than Excel does.
func (t *Template) rebuildSource() ([]byte, *archive) {
	if t.arch == nil {
		return t.src, t.arch
	}
	t.trans.once.Do(func() {
		t.trans.src, t.trans.arch = t.src, t.arch
		src, changed, err := forExcelize(t.arch)
		if err != nil || !changed {
			return
		}
		t.trans.src = src
		t.trans.arch, _ = readArchive(src)
	})
	return t.trans.src, t.trans.arch
}

// forExcelize rewrites the XML parts of a strict workbook to transitional,
// and the note drawings whose shapes are not named the Excel way
// (vmlids.go); it reports whether it changed anything.
func forExcelize(a *archive) ([]byte, bool, error) {
	var parts []outPart
	changed := a.strict
	for _, f := range a.files {
		if !isXMLPart(f.Name) || !a.strict && !strings.HasSuffix(f.Name, ".vml") {
			parts = append(parts, outPart{name: f.Name, raw: f})
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, false, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, false, err
		}
		if a.strict {
			data = []byte(strictNames.Replace(string(data)))
		}
		if strings.HasSuffix(f.Name, ".vml") {
			var renamed bool
			data, renamed = excelShapeIDs(data)
			changed = changed || renamed
		}
		parts = append(parts, outPart{name: f.Name, data: data})
	}
	if !changed {
		return nil, false, nil
	}
	out, err := writeParts(parts)
	return out, true, err
}

// isXMLPart reports whether a part is XML.
func isXMLPart(name string) bool {
	return strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") || strings.HasSuffix(name, ".vml")
}
