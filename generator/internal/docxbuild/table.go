package docxbuild

import (
	"fmt"
	"strings"
)

// Table is a bordered table whose columns have the given widths (twips).
type Table struct {
	Widths []int
	Rows   []Row
}

// Row is a table row; Header rows repeat on every page. A row stays on one
// page unless Split allows it to break, as a row of long text had better.
// A KeepNext row stays on the page of the row after it: the heads of a
// section of a form are never left at the foot of a page.
type Row struct {
	Cells    []TC
	Header   bool
	Split    bool
	KeepNext bool
	Height   int // minimum height in twips; 0 for automatic
}

// TC is a cell: its text (lines become paragraphs), the style of those
// paragraphs, how many grid columns it spans, and vertical merging
// ("restart" starts a merged cell, "continue" extends the one above).
type TC struct {
	Text   string
	Style  string
	Span   int
	VMerge string
	Align  string // paragraph alignment override: left, center, right
}

// Table adds t, followed by nothing: callers add the next paragraph.
func (d *Doc) Table(t Table) {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		fmt.Fprintf(&b, `<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, side)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>`)
	for _, w := range t.Widths {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	for _, r := range t.Rows {
		b.WriteString(rowXML(r, t.Widths))
	}
	b.WriteString(`</w:tbl>`)
	d.body.WriteString(b.String())
}

func rowXML(r Row, widths []int) string {
	var b strings.Builder
	b.WriteString("<w:tr>")
	trPr := ""
	if !r.Split {
		trPr = `<w:cantSplit/>`
	}
	if r.Header {
		trPr += `<w:tblHeader/>`
	}
	if r.Height > 0 {
		trPr += fmt.Sprintf(`<w:trHeight w:val="%d"/>`, r.Height)
	}
	b.WriteString("<w:trPr>" + trPr + "</w:trPr>")
	col := 0
	for _, c := range r.Cells {
		span := max(c.Span, 1)
		w := 0
		for i := col; i < col+span && i < len(widths); i++ {
			w += widths[i]
		}
		col += span
		b.WriteString(cellXML(c, span, w, r.KeepNext))
	}
	b.WriteString("</w:tr>")
	return b.String()
}

func cellXML(c TC, span, width int, keepNext bool) string {
	tcPr := fmt.Sprintf(`<w:tcW w:w="%d" w:type="dxa"/>`, width)
	if span > 1 {
		tcPr += fmt.Sprintf(`<w:gridSpan w:val="%d"/>`, span)
	}
	switch c.VMerge {
	case "restart":
		tcPr += `<w:vMerge w:val="restart"/>`
	case "continue":
		tcPr += `<w:vMerge/>`
	}
	tcPr += `<w:vAlign w:val="center"/>`
	style := c.Style
	if style == "" {
		style = Cell
	}
	extra := ""
	if keepNext {
		extra = `<w:keepNext/>`
	}
	if c.Align != "" {
		extra += fmt.Sprintf(`<w:jc w:val="%s"/>`, c.Align)
	}
	var paras strings.Builder
	for _, line := range strings.Split(c.Text, "\n") {
		paras.WriteString(para(style, extra, runOrEmpty(line)))
	}
	return "<w:tc><w:tcPr>" + tcPr + "</w:tcPr>" + paras.String() + "</w:tc>"
}

func runOrEmpty(text string) string {
	if text == "" {
		return ""
	}
	return run("", text)
}
