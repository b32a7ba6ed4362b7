package xlsx

import (
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
	open []byte // what excelize opens (rebuildOpening)
}

// rebuildSource returns the template excelize rebuilds: the template
// itself, or a copy converted for excelize (forExcelize) when it is strict
// or written in ways excelize does not read (note shapes, absolute targets).
func (t *Template) rebuildSource() ([]byte, *archive) {
	if t.arch == nil {
		return t.src, t.arch
	}
	t.trans.once.Do(func() {
		t.trans.src, t.trans.arch = t.src, t.arch
		if src, changed, err := forExcelize(t.arch); err == nil && changed {
			t.trans.src = src
			t.trans.arch, _ = readArchive(src)
		}
		t.trans.open = t.trans.src
		if t.trans.arch != nil {
			t.trans.open = forOpening(t.trans.src)
		}
	})
	return t.trans.src, t.trans.arch
}

// rebuildOpening returns what excelize opens for a rebuild: the rebuild
// source without its theme (forOpening) when the engine can follow its
// parts and so put the template's theme back (keepUnchanged), else the
// source itself.
func (t *Template) rebuildOpening() []byte {
	src, arch := t.rebuildSource()
	if arch == nil {
		return src
	}
	return t.trans.open
}

// forExcelize rewrites the XML parts of a strict workbook to transitional,
// the note drawings whose shapes are not named the Excel way (vmlids.go)
// and the absolute targets of relationships (reltargets.go); it reports
// whether it changed anything.
func forExcelize(a *archive) ([]byte, bool, error) {
	renames := noteRenames(a)
	changed := a.strict || len(renames) > 0
	var parts []outPart
	for _, f := range a.files {
		name, renamed := renames[f.Name]
		if !renamed {
			name = f.Name
		}
		if !renamed && !needsRewrite(a, f.Name, renames) {
			parts = append(parts, outPart{name: f.Name, raw: f})
			continue
		}
		data, err := a.read(f.Name)
		if err != nil {
			return nil, false, err
		}
		data, fixed := rewriteForExcelize(a, f.Name, data, renames)
		changed = changed || fixed
		parts = append(parts, outPart{name: name, data: data})
	}
	if !changed {
		return nil, false, nil
	}
	out, err := writeParts(parts)
	return out, true, err
}

// needsRewrite reports whether forExcelize may have to change a part.
func needsRewrite(a *archive, name string, renames map[string]string) bool {
	switch {
	case !isXMLPart(name):
		return false
	case a.strict, strings.HasSuffix(name, ".vml"), strings.HasSuffix(name, ".rels"):
		return true
	}
	return name == "[Content_Types].xml" && len(renames) > 0
}

// rewriteForExcelize is one part as forExcelize rewrites it, and whether
// that changed it.
func rewriteForExcelize(a *archive, name string, data []byte, renames map[string]string) ([]byte, bool) {
	if a.strict {
		data = []byte(strictNames.Replace(string(data)))
	}
	var fixed, moved bool
	switch {
	case strings.HasSuffix(name, ".vml"):
		data, fixed = excelShapeIDs(data)
	case strings.HasSuffix(name, ".rels"):
		data, fixed = relativeTargets(name, data)
		data, moved = renameTargets(name, data, renames)
	case name == "[Content_Types].xml" && len(renames) > 0:
		data, moved = renameContentTypes(data, renames), true
	}
	return data, fixed || moved
}

// isXMLPart reports whether a part is XML.
func isXMLPart(name string) bool {
	return strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") || strings.HasSuffix(name, ".vml")
}
