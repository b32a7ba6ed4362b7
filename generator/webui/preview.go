package webui

import (
	"net/http"
	"strconv"
	"strings"

	"jixiao/generator/gate"
)

// Preview is a Word document of the package as the page shows it: its
// paragraphs and tables as data, never as markup, so that nothing a
// document contains can run in the page (the page writes every text as
// text). Each paragraph keeps its alignment, size, weight and heading level
// as the document's styles give them; each 【待补】 is marked.
type Preview struct {
	Rev       int          `json:"rev"`
	Documents []PreviewDoc `json:"documents"` // the Word documents of the package
	Index     int          `json:"index"`     // the one shown
	Blocks    []Block      `json:"blocks"`
	Cut       bool         `json:"cut,omitempty"` // the document is longer than shown
}

// PreviewDoc is a Word document of the package, by its index among all.
type PreviewDoc struct {
	Index int    `json:"index"`
	Name  string `json:"name"`
}

// Block is a paragraph (Runs) or a table (Rows).
type Block struct {
	Runs   []Run    `json:"runs,omitempty"`
	Rows   [][]Cell `json:"rows,omitempty"`
	Cols   []int    `json:"cols,omitempty"`   // a table's column widths, in per mille of its width
	Align  string   `json:"align,omitempty"`  // center, right, justify
	Size   int      `json:"size,omitempty"`   // in half-points, as Word counts
	Level  int      `json:"level,omitempty"`  // heading level, 1 for the highest
	Indent bool     `json:"indent,omitempty"` // the first line is indented
	Page   bool     `json:"page,omitempty"`   // a new page follows
}

// Run is text of one weight; Pending marks a 【待补…】.
type Run struct {
	Text    string `json:"text"`
	Bold    bool   `json:"bold,omitempty"`
	Pending bool   `json:"pending,omitempty"`
}

// Cell is a table cell; a cell merged into the one above is left out and
// counted in that cell's RowSpan.
type Cell struct {
	Blocks  []Block `json:"blocks"`
	ColSpan int     `json:"colSpan,omitempty"`
	RowSpan int     `json:"rowSpan,omitempty"`
}

// maxBlocks bounds what one preview sends to the page.
const maxBlocks = 5000

// Preview renders the package of revision rev (or takes it as rendered) and
// returns its Word document doc, or the report when doc < 0.
func (s *Session) Preview(rev, doc int) (*Preview, error) {
	r, err := s.render(rev)
	if err != nil {
		return nil, err
	}
	if r.report == nil {
		return nil, pageErr(http.StatusUnprocessableEntity, "模板有错误，没有生成文件")
	}
	p := &Preview{Rev: rev, Index: -1, Blocks: []Block{}}
	for i, o := range r.outs {
		if strings.HasSuffix(strings.ToLower(o.Name), ".docx") {
			p.Documents = append(p.Documents, PreviewDoc{Index: i, Name: o.Name})
		}
	}
	p.Index = pick(p.Documents, doc)
	if p.Index < 0 {
		return nil, pageErr(http.StatusNotFound, "没有这个 Word 文档")
	}
	p.Blocks, p.Cut, err = wordBlocks(r.outs[p.Index].Data)
	if err != nil {
		return nil, pageErr(http.StatusInternalServerError, "无法读取“%s”：%v", r.outs[p.Index].Name, err)
	}
	return p, nil
}

// pick returns doc when it is one of docs; for doc < 0 the report (the
// first document whose name says 报告), else the first.
func pick(docs []PreviewDoc, doc int) int {
	for _, d := range docs {
		if d.Index == doc || (doc < 0 && strings.Contains(d.Name, "报告")) {
			return d.Index
		}
	}
	if doc < 0 && len(docs) > 0 {
		return docs[0].Index
	}
	return -1
}

// wordBlocks reads the body of a Word file.
func wordBlocks(data []byte) ([]Block, bool, error) {
	zr, err := zipReader(data)
	if err != nil {
		return nil, false, err
	}
	doc, err := readPart(zr, "word/document.xml")
	if err != nil || doc == nil {
		return nil, false, err
	}
	styles, err := readStyles(zr)
	if err != nil {
		return nil, false, err
	}
	w := &wordReader{styles: styles}
	body := doc.child("document").child("body")
	blocks := w.blocks(body)
	return blocks, w.count > maxBlocks, nil
}

// wordReader turns the body's elements into blocks.
type wordReader struct {
	styles *styleSheet
	count  int
}

// blocks reads the paragraphs and tables below n, in order.
func (w *wordReader) blocks(n *xnode) []Block {
	var out []Block
	if n == nil {
		return out
	}
	for _, k := range n.kids {
		if w.count > maxBlocks {
			return out
		}
		switch k.name {
		case "p":
			w.count++
			out = append(out, w.paragraph(k))
		case "tbl":
			w.count++
			out = append(out, w.table(k))
		case "sdt":
			out = append(out, w.blocks(k.child("sdtContent"))...)
		}
	}
	return out
}

// paragraph reads one w:p: its style's and its own properties, and its text.
func (w *wordReader) paragraph(p *xnode) Block {
	pPr := p.child("pPr")
	st := w.styles.resolve(pPr)
	b := Block{Align: st.align, Size: st.size, Level: st.level, Indent: st.indent, Page: pPr.child("sectPr") != nil}
	var runs []Run
	var walk func(n *xnode)
	walk = func(n *xnode) {
		for _, k := range n.kids {
			switch k.name {
			case "pPr", "rPr", "del", "moveFrom", "instrText":
			case "r":
				bold := st.bold
				if v, ok := k.child("rPr").on("b"); ok {
					bold = v
				}
				if sz, ok := k.child("rPr").val("sz"); ok && len(runs) == 0 {
					b.Size = atoi(sz)
				}
				runs = appendRun(runs, Run{Text: runText(k, &b), Bold: bold})
			default:
				walk(k)
			}
		}
	}
	walk(p)
	b.Runs = markPending(runs)
	return b
}

// runText is the text of a w:r: tabs as a space, breaks as line breaks; a
// page break sets b.Page.
func runText(r *xnode, b *Block) string {
	var s strings.Builder
	for _, k := range r.kids {
		switch k.name {
		case "t":
			s.WriteString(k.text)
		case "tab":
			s.WriteString(" ")
		case "br", "cr":
			if k.attrs["type"] == "page" {
				b.Page = true
			} else {
				s.WriteString("\n")
			}
		}
	}
	return s.String()
}

// appendRun joins runs of the same weight.
func appendRun(runs []Run, r Run) []Run {
	if r.Text == "" {
		return runs
	}
	if n := len(runs); n > 0 && runs[n-1].Bold == r.Bold {
		runs[n-1].Text += r.Text
		return runs
	}
	return append(runs, r)
}

// markPending splits each run at its 【待补…】 markers.
func markPending(runs []Run) []Run {
	var out []Run
	for _, r := range runs {
		text := r.Text
		for {
			i := strings.Index(text, gate.Marker)
			if i < 0 {
				break
			}
			end := strings.Index(text[i:], "】")
			if end < 0 {
				end = len(text) - i
			} else {
				end += len("】")
			}
			if i > 0 {
				out = append(out, Run{Text: text[:i], Bold: r.Bold})
			}
			out = append(out, Run{Text: text[i : i+end], Bold: r.Bold, Pending: true})
			text = text[i+end:]
		}
		if text != "" {
			out = append(out, Run{Text: text, Bold: r.Bold})
		}
	}
	return out
}

// table reads a w:tbl; vertically merged cells become a RowSpan.
func (w *wordReader) table(t *xnode) Block {
	var rows [][]Cell
	above := map[int]*Cell{} // the cell that starts each grid column, for vertical merges
	for _, tr := range t.kids {
		if tr.name != "tr" {
			continue
		}
		var row []Cell
		col := 0
		var spans []int // grid column of each cell in row
		for _, tc := range tr.kids {
			if tc.name != "tc" {
				continue
			}
			tcPr := tc.child("tcPr")
			span := max(1, atoi(attrOr(tcPr, "gridSpan")))
			merge, merged := tcPr.val("vMerge")
			if merged && merge != "restart" && above[col] != nil {
				above[col].RowSpan = max(above[col].RowSpan, 1) + 1
				col += span
				continue
			}
			c := Cell{Blocks: w.blocks(tc)}
			if span > 1 {
				c.ColSpan = span
			}
			row = append(row, c)
			spans = append(spans, col)
			col += span
		}
		rows = append(rows, row)
		for i := range row {
			above[spans[i]] = &rows[len(rows)-1][i]
		}
	}
	return Block{Rows: rows, Cols: gridWidths(t.child("tblGrid"))}
}

// gridWidths are the widths of a table's grid columns in per mille of
// their sum; nil when the table does not say.
func gridWidths(grid *xnode) []int {
	var ws []int
	sum := 0
	for _, c := range grid.kidsNamed("gridCol") {
		w := max(0, atoi(c.attrs["w"]))
		ws = append(ws, w)
		sum += w
	}
	if sum == 0 {
		return nil
	}
	for i, w := range ws {
		ws[i] = w * 1000 / sum
	}
	return ws
}

func attrOr(n *xnode, name string) string {
	v, _ := n.val(name)
	return v
}

func atoi(s string) int {
	i, _ := strconv.Atoi(s)
	return i
}
