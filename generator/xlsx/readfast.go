package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// The fast reader reads a template's parts directly — the workbook, the
// shared strings, the styles and each worksheet — with the engine's own
// scanner (xmlscan.go), instead of opening the workbook with excelize,
// which decodes every part with encoding/xml and answers each cell's
// questions one call at a time. It answers readSheet exactly as excelize
// does (fastSheet), and declines, so that Parse reads through excelize,
// whatever it does not model: Strict Open XML, a missing, damaged or
// malformed part (checkXML), unusual names or relationships, rows or
// cells without canonical references, overlapping merged ranges, and so
// on. TestFastReaderMatchesExcelize holds the two readers equal on every
// workbook of the repository.

// fastBook is the workbook-wide part of what the fast reader reads.
type fastBook struct {
	wb      fastWorkbook
	paths   []string // each sheet's part, in wb.sheets order
	strings []string
	styles  *fastStyles
	cache   map[int]cachedStyle // what style answered, by id
}

// style is GetStyle for the workbook's styles, once per id.
func (b *fastBook) style(id int) (*excelize.Style, error) {
	c, ok := b.cache[id]
	if !ok {
		c.style, c.err = b.styles.style(id)
		b.cache[id] = c
	}
	return c.style, c.err
}

// readFast reads the template src, whose parts arch indexes, without
// excelize; ok is false when it declines.
func readFast(src []byte, arch *archive) (p *parsed, ok bool) {
	defer func() {
		if recover() != nil {
			p, ok = nil, false
		}
	}()
	_, p, reason := fastRead(src, arch)
	return p, reason == ""
}

// fastRead is readFast that says why it declines (reason, "" when it
// reads the template).
func fastRead(src []byte, arch *archive) (*fastBook, *parsed, string) {
	if arch == nil || arch.strict {
		return nil, nil, "Strict Open XML or no workbook"
	}
	parts, ok := readParts(src)
	if !ok {
		return nil, nil, "parts"
	}
	b, reason := openFastBook(parts, arch)
	if reason != "" {
		return nil, nil, reason
	}
	p := &parsed{date1904: b.wb.date1904, parts: parts}
	for i, ws := range b.wb.sheets {
		data := parts[b.paths[i]]
		if !checkXML(data, xmlShape{root: "worksheet", ns: nsMain, typed: worksheetTyped()}) {
			return nil, nil, "worksheet XML " + b.paths[i]
		}
		fs, ok := readWorksheetXML(data, b)
		if !ok {
			return nil, nil, "worksheet " + b.paths[i]
		}
		s, d := readSheet(fs, ws.name)
		p.add(ws.name, s, d)
	}
	return b, p, ""
}

// openFastBook reads the workbook-wide parts, checking every part
// excelize decodes when it opens a workbook and reads its cells.
func openFastBook(parts fastParts, arch *archive) (*fastBook, string) {
	b := &fastBook{cache: map[int]cachedStyle{}}
	if reason := checkPackage(parts, arch); reason != "" {
		return nil, reason
	}
	if !checkXML(parts[arch.workbook], xmlShape{root: "workbook", ns: nsMain, typed: workbookTyped()}) {
		return nil, "workbook XML"
	}
	var ok bool
	if b.wb, ok = readWorkbookXML(parts[arch.workbook]); !ok || len(b.wb.sheets) == 0 {
		return nil, "workbook"
	}
	if b.paths, ok = sheetPaths(parts, arch, b.wb.sheets); !ok {
		return nil, "sheet relationships"
	}
	if b.styles, ok = readStylesPart(parts); !ok {
		return nil, "styles"
	}
	if b.strings, ok = readStringsPart(parts); !ok {
		return nil, "shared strings"
	}
	return b, ""
}

// checkPackage checks the package-wide parts: the workbook, which must be
// xl/workbook.xml and where excelize looks for it, the content types, the
// calculation chain.
func checkPackage(parts fastParts, arch *archive) string {
	if wb, ok := parts.workbookPath(); !ok || wb != arch.workbook || wb != "xl/workbook.xml" || parts[wb] == nil {
		return "workbook path" // elsewhere excelize resolves paths by the OS's rules
	}
	if ct := parts.folded(contentTypesPart); ct != nil && !checkXML(ct, xmlShape{root: "Types", ns: nsContentTypes}) {
		return "content types"
	}
	if cc, there := parts[calcChainPart]; there && !checkXML(cc, xmlShape{root: "calcChain", ns: nsMain, typed: calcChainTyped()}) {
		return "calculation chain"
	}
	return ""
}

// sheetPaths resolves each sheet's part as excelize does, requiring one
// relationship per sheet, a worksheet part that is there, names unique
// without regard to case, and the part the archive index found.
func sheetPaths(parts fastParts, arch *archive, sheets []wbSheet) ([]string, bool) {
	rels, ok := parts.rels(relsName(arch.workbook))
	if !ok {
		return nil, false
	}
	names := map[string]bool{}
	var out []string
	for _, s := range sheets {
		var found []fastRel
		for _, r := range rels {
			if r.ID == s.rid {
				found = append(found, r)
			}
		}
		folded := strings.ToLower(s.name)
		if len(found) != 1 || strings.Contains(found[0].Target, `\`) || names[folded] {
			return nil, false
		}
		names[folded] = true
		p := worksheetPath(arch.workbook, found[0].Target)
		if parts[p] == nil || !strings.HasPrefix(p, "xl/worksheets/") || arch.sheets[s.name] != p {
			return nil, false
		}
		out = append(out, p)
	}
	return out, true
}

// readStylesPart reads xl/styles.xml; a workbook without it has no cell
// formats.
func readStylesPart(parts fastParts) (*fastStyles, bool) {
	data, there := parts[stylesPart]
	if !there {
		return &fastStyles{}, true
	}
	if !checkXML(data, xmlShape{root: "styleSheet", ns: nsMain, typed: stylesTyped()}) {
		return nil, false
	}
	return readStylesXML(data)
}

// readStringsPart reads the shared strings, which excelize finds by name
// (xl/sharedStrings.xml, any case).
func readStringsPart(parts fastParts) ([]string, bool) {
	data := parts.folded(sharedStringPart)
	if data == nil {
		return nil, true
	}
	if !checkXML(data, xmlShape{root: "sst", ns: nsMain, typed: sstTyped()}) {
		return nil, false
	}
	return readSSTXML(data)
}
