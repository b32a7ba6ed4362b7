package xlsx

import (
	"strings"

	"jixiao/generator/diag"
)

// tcell is one template cell: a cell whose text holds at least one tag.
type tcell struct {
	pos  position
	ref  string // "B5"
	text string // as typed in the template
	acts []action

	// Filled in by compile.
	name  string // its template in the name space; "" when it failed
	src   string // the executed text
	spans []span // tags of the executed text, for error messages
	typed bool   // the whole cell is one value tag: the value keeps its type
	kind  fmtKind

	broken bool // a misplaced block tag was reported; not compiled
	inline bool // stored as an inline string (t="inlineStr")
}

// row is a template row that holds template cells.
type row struct {
	num   int
	cells []*tcell
	dir   *directive // nil for a row rendered once
	proto *rowProto  // the row's look, for the copies a loop makes
	fit   *rowFit    // how to fit its height to wrapped text; nil keeps it
}

// directive is a row-wide {{range}}, {{if}} or {{with}}: its opening tag is
// the start of the row's first template cell and its {{end}} the end of the
// row's last template cell.
type directive struct {
	keyword string // "range", "if" or "with"
	open    action // the opening tag, in the first cell
	close   action // the {{end}}, in the last cell
	count   string // name of the template that counts the items
}

func newCell(p position, text string) *tcell {
	return &tcell{pos: p, ref: p.cellName(), text: text, acts: scanActions(text)}
}

// groupRows puts cells (in row-major order) into rows and classifies each
// row, reporting every misplaced block tag with the cells involved.
func groupRows(cells []*tcell) ([]*row, diag.List) {
	var rows []*row
	var diags diag.List
	for i := 0; i < len(cells); {
		j := i
		for j < len(cells) && cells[j].pos.row == cells[i].pos.row {
			j++
		}
		r := &row{num: cells[i].pos.row, cells: cells[i:j]}
		diags.Append(r.classify())
		rows = append(rows, r)
		i = j
	}
	return rows, diags
}

// classify decides whether r is a plain row, a loop or a condition, and
// checks that every block tag is where the engine can honour it. A row is a
// loop or condition when its first template cell starts with {{range}},
// {{if}} or {{with}} and its last template cell ends with the matching
// {{end}} — also when that is one and the same cell, so a cell holding
// exactly "{{range .x}}…{{end}}" repeats its row (write text around an
// inline list, or use join, to keep it in one cell).
func (r *row) classify() diag.List {
	var diags diag.List
	first, last := r.cells[0], r.cells[len(r.cells)-1]
	open, opens := leadingOpener(first)
	end, closes := trailingEnd(last)
	if first == last {
		n := len(first.acts)
		opens = opens && closes && n >= 2 && balanced(first.acts[1:n-1])
		closes = opens
	} else {
		opens = opens && balanced(first.acts[1:])
		closes = closes && balanced(last.acts[:len(last.acts)-1])
	}
	switch {
	case opens && closes:
		r.dir = &directive{keyword: open.keyword, open: open, close: end}
	case first != last && opens:
		diags.Errorf(pos(first), "%s 开始的整行%s，须在本行最后一个模板单元格 %s 的末尾以 {{end}} 结束（整行循环/条件不能跨行）",
			tagText(first, open), blockName(open.keyword), last.ref)
		first.broken = true
	case first != last && closes:
		diags.Errorf(pos(last), "单元格末尾的 {{end}} 没有对应的开始：本行第一个模板单元格 %s 须以 {{range …}} 或 {{if …}} 开头",
			first.ref)
		last.broken = true
	}
	for _, c := range r.cells {
		if !c.broken {
			diags.Append(r.checkCell(c))
		}
	}
	return diags
}

// checkCell reports block tags of c that are not balanced within the cell
// (apart from the row's own opening and closing tags), and else, break or
// continue at the top level of a row loop.
func (r *row) checkCell(c *tcell) diag.List {
	var diags diag.List
	acts := r.bodyActions(c)
	if !balanced(acts) {
		c.broken = true
		diags.Errorf(pos(c), "单元格中的 {{range}}/{{if}}/{{with}} 与 {{end}} 不成对。整行循环或条件须以本行第一个模板单元格开头、最后一个模板单元格结尾；其余标签须在同一单元格内成对出现")
		return diags
	}
	if r.dir == nil {
		return diags
	}
	for _, a := range topLevel(acts) {
		diags.Errorf(pos(c), "整行%s中不支持在单元格顶层使用 %s", blockName(r.dir.keyword), tagText(c, a))
	}
	return diags
}

// bodyActions returns the actions of c without the row directive's own
// opening and closing tags.
func (r *row) bodyActions(c *tcell) []action {
	acts := c.acts
	if r.dir == nil {
		return acts
	}
	if c == r.cells[0] {
		acts = acts[1:]
	}
	if c == r.cells[len(r.cells)-1] {
		acts = acts[:len(acts)-1]
	}
	return acts
}

// leadingOpener reports whether c starts (after blanks) with a range, if or
// with tag.
func leadingOpener(c *tcell) (action, bool) {
	if len(c.acts) == 0 || strings.TrimSpace(c.text[:c.acts[0].start]) != "" {
		return action{}, false
	}
	a := c.acts[0]
	return a, a.keyword == "range" || a.keyword == "if" || a.keyword == "with"
}

// trailingEnd reports whether c ends (before blanks) with an {{end}}.
func trailingEnd(c *tcell) (action, bool) {
	n := len(c.acts)
	if n == 0 || c.acts[n-1].keyword != "end" || strings.TrimSpace(c.text[c.acts[n-1].end:]) != "" {
		return action{}, false
	}
	return c.acts[n-1], true
}

func pos(c *tcell) diag.Pos { return diag.Pos{Place: c.ref} }

// tagText returns the tag a as typed in c.
func tagText(c *tcell, a action) string { return c.text[a.start:a.end] }

func blockName(keyword string) string {
	if keyword == "range" {
		return "循环 {{range}}"
	}
	return "条件 {{" + keyword + "}}"
}
