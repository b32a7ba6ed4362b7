// Package docxtest builds small but complete .docx packages for tests:
// content types, relationships, a style part, an optional header and
// footer, and a body written as WordprocessingML. Word, LibreOffice and
// python-docx open what it builds.
package docxtest

import (
	"archive/zip"
	"bytes"
	"sort"
	"strings"
)

// Namespaces are the declarations Word puts on a part's root element,
// for the prefixes the engine and its tests use.
const Namespaces = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ` +
	`xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14"`

// Package describes a document. Body is the content of w:body before its
// final w:sectPr; Header and Footer, when set, are the content of the
// default header and footer; Parts adds or replaces parts by name.
type Package struct {
	Body   string
	Header string
	Footer string
	Parts  map[string]string
}

// Doc returns a document whose body is body.
func Doc(body string) []byte { return Package{Body: body}.Bytes() }

const xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n"

// Bytes returns the .docx package. Entries are written in a fixed order
// with a fixed time.
func (p Package) Bytes() []byte {
	parts := map[string]string{
		"[Content_Types].xml":          p.contentTypes(),
		"_rels/.rels":                  rootRels,
		"word/_rels/document.xml.rels": p.documentRels(),
		"word/styles.xml":              styles,
		"word/document.xml":            p.document(),
	}
	if p.Header != "" {
		parts["word/header1.xml"] = xmlDecl + `<w:hdr ` + Namespaces + `>` + p.Header + `</w:hdr>`
	}
	if p.Footer != "" {
		parts["word/footer1.xml"] = xmlDecl + `<w:ftr ` + Namespaces + `>` + p.Footer + `</w:ftr>`
	}
	for name, content := range p.Parts {
		parts[name] = content
	}
	return zipParts(parts)
}

func (p Package) document() string {
	var refs string
	if p.Header != "" {
		refs += `<w:headerReference w:type="default" r:id="rIdHeader1"/>`
	}
	if p.Footer != "" {
		refs += `<w:footerReference w:type="default" r:id="rIdFooter1"/>`
	}
	return xmlDecl + `<w:document ` + Namespaces + `><w:body>` + p.Body +
		`<w:sectPr>` + refs + `<w:pgSz w:w="11906" w:h="16838"/>` +
		`<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>` +
		`</w:sectPr></w:body></w:document>`
}

func (p Package) contentTypes() string {
	var b strings.Builder
	b.WriteString(xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Default Extension="png" ContentType="image/png"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`)
	if p.Header != "" {
		b.WriteString(`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`)
	}
	if p.Footer != "" {
		b.WriteString(`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`)
	}
	b.WriteString(`</Types>`)
	return b.String()
}

const rootRels = xmlDecl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`</Relationships>`

func (p Package) documentRels() string {
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	var b strings.Builder
	b.WriteString(xmlDecl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rIdStyles" Type="` + rel + `styles" Target="styles.xml"/>`)
	if p.Header != "" {
		b.WriteString(`<Relationship Id="rIdHeader1" Type="` + rel + `header" Target="header1.xml"/>`)
	}
	if p.Footer != "" {
		b.WriteString(`<Relationship Id="rIdFooter1" Type="` + rel + `footer" Target="footer1.xml"/>`)
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

// styles gives the document a CJK-capable default font.
const styles = xmlDecl + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans CJK SC" w:eastAsia="Noto Sans CJK SC" w:hAnsi="Noto Sans CJK SC"/>` +
	`<w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>` +
	`<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`</w:tblBorders></w:tblPr></w:style></w:styles>`

// partOrder puts the package parts first, as Word does.
var partOrder = map[string]int{"[Content_Types].xml": 0, "_rels/.rels": 1}

func zipParts(parts map[string]string) []byte {
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		oi, iok := partOrder[names[i]]
		oj, jok := partOrder[names[j]]
		switch {
		case iok && jok:
			return oi < oj
		case iok != jok:
			return iok
		}
		return names[i] < names[j]
	})
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, ModifiedDate: 1<<5 | 1})
		if err != nil {
			panic(err) // cannot happen with a bytes.Buffer
		}
		w.Write([]byte(parts[n]))
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// P returns a paragraph with one run of text.
func P(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// Row returns a table row with one paragraph per cell.
func Row(cells ...string) string {
	var b strings.Builder
	b.WriteString(`<w:tr>`)
	for _, c := range cells {
		b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>` + P(c) + `</w:tc>`)
	}
	b.WriteString(`</w:tr>`)
	return b.String()
}

// Table returns a bordered table of rows, its grid sized by the first row.
func Table(rows ...string) string {
	cols := 1
	if len(rows) > 0 {
		cols = max(1, strings.Count(rows[0], "<w:tc>"))
	}
	return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>` +
		`<w:tblGrid>` + strings.Repeat(`<w:gridCol w:w="2000"/>`, cols) + `</w:tblGrid>` + strings.Join(rows, "") + `</w:tbl>`
}
