package docxbuild

import (
	"fmt"
	"strings"
)

// Doc is a Word document being built, paragraph by paragraph.
type Doc struct {
	title string
	body  strings.Builder
}

// New starts a document; title goes into its properties.
func New(title string) *Doc { return &Doc{title: title} }

// P adds a paragraph of style holding text; "\n" in text starts a new
// paragraph of the same style.
func (d *Doc) P(style, text string) {
	for _, line := range strings.Split(text, "\n") {
		d.body.WriteString(para(style, "", run("", line)))
	}
}

// Spread adds a paragraph of style with left at its start and right flush
// with position width (twips, a right tab stop): the “填报单位：… 金额单位：
// 万元” line above a table as wide as width.
func (d *Doc) Spread(style, left, right string, width int) {
	tabs := fmt.Sprintf(`<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>`, width)
	d.body.WriteString(para(style, tabs, run("", left)+`<w:r><w:tab/></w:r>`+run("", right)))
}

// Blank adds n empty body paragraphs (blank lines).
func (d *Doc) Blank(n int) {
	for i := 0; i < n; i++ {
		d.body.WriteString(`<w:p/>`)
	}
}

// Raw adds XML as it is (for the few constructs the builder lacks).
func (d *Doc) Raw(xml string) { d.body.WriteString(xml) }

func para(style, extraPPr, runs string) string {
	pPr := ""
	if style != "" && style != Body {
		pPr = fmt.Sprintf(`<w:pStyle w:val="%s"/>`, style)
	}
	pPr += extraPPr
	if pPr != "" {
		pPr = "<w:pPr>" + pPr + "</w:pPr>"
	}
	return "<w:p>" + pPr + runs + "</w:p>"
}

// Section kinds.
const (
	Portrait  = false
	Landscape = true
)

// EndSection closes the current section with a page break. numbered puts
// page numbers on its pages (the cover has none); restart starts them at 1.
func (d *Doc) EndSection(landscape, numbered, restart bool) {
	d.body.WriteString(`<w:p><w:pPr>` + sectPr(landscape, numbered, restart) + `</w:pPr></w:p>`)
}

// sectPr is a GB/T 9704 section: A4, margins, 22 × 28 grid, footers.
func sectPr(landscape, numbered, restart bool) string {
	var b strings.Builder
	b.WriteString("<w:sectPr>")
	if numbered {
		b.WriteString(`<w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>`)
	}
	w, h, top, right, bottom, left := PageWidth, PageHeight, MarginTop, MarginRight, MarginBot, MarginLeft
	orient := ""
	if landscape {
		w, h, top, right, bottom, left = h, w, MarginLeft, MarginTop, MarginRight, MarginBot
		orient = ` w:orient="landscape"`
	}
	fmt.Fprintf(&b, `<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="851" w:footer="%d" w:gutter="0"/>`,
		w, h, orient, top, right, bottom, left, FooterDist)
	if restart {
		b.WriteString(`<w:pgNumType w:start="1"/>`)
	}
	fmt.Fprintf(&b, `<w:docGrid w:type="lines" w:linePitch="%d"/></w:sectPr>`, LinePitch)
	return b.String()
}

// documentXML wraps the body; last is the final section's properties.
func (d *Doc) documentXML(last string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document ` + wNS + `><w:body>` + d.body.String() + last + `</w:body></w:document>`
}
