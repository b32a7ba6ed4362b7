package packsrc

import b "jixiao/generator/internal/docxbuild"

// attachment starts a table attachment as GB/T 9704 lays one out: the
// 附件 label at the top left in 黑体, a blank line, the title centred.
func attachment(d *b.Doc, label, title string) {
	d.P(b.Label, label)
	d.Blank(1)
	d.P(b.Title, title)
}

// th is a header cell (黑体, centred) over span grid columns.
func th(text string, span int) b.TC {
	return b.TC{Text: text, Style: b.CellHead, Span: span}
}

// td is a body cell (仿宋) over span grid columns, aligned left, center
// or right.
func td(text, align string, span int) b.TC {
	return b.TC{Text: text, Span: span, Align: align}
}

// note adds the text under a table (说明：…) in the table's font.
func note(d *b.Doc, text string) {
	d.P(b.Cell, text)
}

// minHeight gives every row of rows at least height h (twips), so that
// short rows are not cramped.
func minHeight(rows []b.Row, h int) []b.Row {
	for i := range rows {
		rows[i].Height = max(rows[i].Height, h)
	}
	return rows
}
