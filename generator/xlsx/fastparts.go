package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"path"
	"path/filepath"
	"strings"
)

// Namespaces of the parts the fast reader checks (checkXML).
const (
	nsMain          = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRels          = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsContentTypes  = "http://schemas.openxmlformats.org/package/2006/content-types"
	nsOfficeDocRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	relOfficeDoc    = nsOfficeDocRels + "/officeDocument"
)

// The parts excelize reads from fixed names when it opens a workbook or
// reads its cells.
const (
	stylesPart       = "xl/styles.xml"
	calcChainPart    = "xl/calcChain.xml"
	sharedStringPart = "xl/sharedstrings.xml" // matched without case, as excelize does
	contentTypesPart = "[content_types].xml"  // matched without case
	rootRelsPart     = "_rels/.rels"
)

// fastParts is the template's zip as the fast reader reads it: every part
// inflated (so that a damaged one is found, as excelize finds it), by name.
// The theme is left out, as excelize opens the template without it
// (forOpening).
type fastParts map[string][]byte

// readParts inflates every part of src. ok is false for what excelize
// would read differently or refuse: a damaged part, one larger in total
// than maxUnzipped, two parts of one name, a name with a backslash, or
// two names that excelize takes for the shared strings or content types.
func readParts(src []byte) (fastParts, bool) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil || unzippedSize(zr) > maxUnzipped {
		return nil, false
	}
	parts := make(fastParts, len(zr.File))
	folded := map[string]bool{}
	for _, f := range zr.File {
		lower := strings.ToLower(f.Name)
		special := lower == sharedStringPart || lower == contentTypesPart
		if parts[f.Name] != nil || strings.Contains(f.Name, `\`) || special && folded[lower] {
			return nil, false
		}
		folded[lower] = true
		if f.Name == themePart {
			parts[f.Name] = []byte{}
			continue
		}
		data, err := inflate(f)
		if err != nil {
			return nil, false
		}
		parts[f.Name] = data
	}
	return parts, true
}

// inflate reads one entry, checking its checksum.
func inflate(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if data == nil {
		data = []byte{}
	}
	return data, err
}

// folded returns the part whose name is name without regard to case
// (readParts made sure there is at most one), or nil.
func (p fastParts) folded(name string) []byte {
	for n, data := range p {
		if strings.ToLower(n) == name {
			return data
		}
	}
	return nil
}

// fastRel is one relationship as excelize reads it.
type fastRel struct{ ID, Type, Target string }

// rels reads the relationships part name; ok is false when it is there
// but not what excelize reads without error.
func (p fastParts) rels(name string) ([]fastRel, bool) {
	data, there := p[name]
	if !there {
		return nil, true
	}
	if !checkXML(data, xmlShape{root: "Relationships", ns: nsRels}) {
		return nil, false
	}
	var out []fastRel
	w := newWalker(data)
	for w.next() {
		if w.start("Relationships", "Relationship") {
			var r fastRel
			r.ID, _ = w.attr("Id")
			r.Type, _ = w.attr("Type")
			r.Target, _ = w.attr("Target")
			out = append(out, r)
		}
	}
	return out, w.ok
}

// workbookPath is where excelize finds the workbook: the target of the
// package's first officeDocument relationship.
func (p fastParts) workbookPath() (string, bool) {
	rels, ok := p.rels(rootRelsPart)
	if !ok {
		return "", false
	}
	for _, r := range rels {
		if r.Type == relOfficeDoc {
			return strings.TrimPrefix(r.Target, "/"), true
		}
	}
	return "", false
}

// worksheetPath resolves a worksheet relationship's target as excelize
// does (getWorksheetPath).
func worksheetPath(workbook, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(filepath.ToSlash(target)), "/")
	}
	return strings.TrimPrefix(path.Clean(path.Dir(workbook)+"/"+filepath.ToSlash(target)), "/")
}
