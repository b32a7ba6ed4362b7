package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"text/template"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/diag"
	"jixiao/generator/internal/lazyre"
	"jixiao/generator/tmpl"
)

// output is what one template row renders to: for every template cell of
// the row, one item per copy of the row (one for a plain row, one per
// element for a loop, none or one for a condition).
type output struct {
	row   *row
	n     int
	cells [][]item
}

// evaluator executes the cells of one Execute.
type evaluator struct {
	t     *Template
	ns    *template.Template
	st    *state
	data  any
	diags diag.List
	sheet string
}

// evaluate renders every template cell of every sheet, collecting every
// error. The result has one list of row outputs per sheet.
func (e *evaluator) evaluate() [][]*output {
	all := make([][]*output, len(e.t.sheets))
	for i, s := range e.t.sheets {
		e.sheet = s.name
		for _, r := range s.rows {
			if out := e.row(r); out != nil {
				all[i] = append(all[i], out)
			}
			if e.st.budget.Err() != nil {
				return all
			}
		}
		e.checkRowCount(s, all[i])
	}
	return all
}

// row renders one template row; nil when its loop or condition failed.
func (e *evaluator) row(r *row) *output {
	out := &output{row: r, n: 1, cells: make([][]item, len(r.cells))}
	if r.dir != nil {
		n, ok := e.count(r)
		if !ok {
			return nil
		}
		out.n = n
	}
	for i, c := range r.cells {
		out.cells[i] = e.cell(r, c, out.n)
	}
	return out
}

// count runs the row directive on its own and returns the number of items.
func (e *evaluator) count(r *row) (int, bool) {
	first := r.cells[0]
	e.st.reset(true)
	if errs := tmpl.CheckFields(e.ns.Lookup(r.dir.count).Tree, e.data); len(errs) > 0 {
		for _, fe := range errs {
			e.errorf(first, "标签 %s：%s", tagText(first, r.dir.open), fe.Msg)
		}
		return 0, false
	}
	if err := e.ns.ExecuteTemplate(e.st, r.dir.count, e.data); err != nil {
		e.errorf(first, "标签 %s：%s", tagText(first, r.dir.open), explain(err))
		return 0, false
	}
	return len(e.st.items), true
}

// cell renders one cell; it returns nil after an error.
func (e *evaluator) cell(r *row, c *tcell, n int) []item {
	if c.name == "" || e.st.budget.Err() != nil {
		return nil // a cell that failed to compile, or the run's budget is spent and reported
	}
	tpl := e.ns.Lookup(c.name)
	if e.checkFields(r, c, tpl) {
		return nil
	}
	e.st.reset(r.dir != nil)
	if err := tpl.Execute(e.st, e.data); err != nil {
		e.errorf(c, "标签 %s：%s%s", c.tagAt(err), explain(err), e.itemSuffix(r))
		return nil
	}
	if len(e.st.items) != n {
		e.errorf(c, "内部错误：本行各单元格的循环次数不一致（%d ≠ %d）", len(e.st.items), n)
		return nil
	}
	return e.checkLength(r, c, e.st.items)
}

// checkFields reports every field c refers to that the data lacks, before
// execution stops at the first one. Errors in the row directive's own tag
// are reported once, by the row's count template.
func (e *evaluator) checkFields(r *row, c *tcell, tpl *template.Template) bool {
	found := false
	for _, fe := range tmpl.CheckFields(tpl.Tree, e.data) {
		at := int(fe.Node.Position())
		if r.dir != nil && len(c.spans) > 0 && at < c.spans[0].end {
			found = true
			continue
		}
		e.errorf(c, "标签 %s：%s", c.tagAtOffset(at), fe.Msg)
		found = true
	}
	return found
}

// checkLength enforces Excel's limit of 32,767 characters in a cell, and
// refuses the characters a workbook cannot hold (control characters other
// than tab and line breaks), which would otherwise be replaced silently.
func (e *evaluator) checkLength(r *row, c *tcell, items []item) []item {
	for i, it := range items {
		suffix := ""
		if r.dir != nil && r.dir.keyword == "range" {
			suffix = fmt.Sprintf("（第 %d 项）", i+1)
		}
		if cellChars(it) > excelize.TotalCellChars {
			e.errorf(c, "单元格文字超过 Excel 的上限 %d 个字符%s", excelize.TotalCellChars, suffix)
			return nil
		}
		if r, text, bad := badChar(it); bad {
			e.errorf(c, "标签 %s：值中含有 Excel 不允许的控制字符 U+%04X（在“%s”中）%s", c.text, r, excerpt(text), suffix)
			return nil
		}
	}
	return items
}

// badChar returns the first character of an item's text that XML 1.0
// cannot hold, with the text.
func badChar(it item) (rune, string, bool) {
	text := string(it.text)
	if it.typed {
		switch v := it.value.(type) {
		case string:
			text = v
		case tmpl.MergeDown:
			text = v.String()
		default:
			return 0, "", false
		}
	}
	for _, r := range text {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0xFFFE || r == 0xFFFF {
			return r, text, true
		}
	}
	return 0, "", false
}

// excerpt shortens text for a message.
func excerpt(text string) string {
	if r := []rune(text); len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return text
}

// cellChars counts the characters an item puts in its cell.
func cellChars(it item) int {
	if !it.typed {
		return utf8.RuneCount(it.text)
	}
	switch v := it.value.(type) {
	case string:
		return utf8.RuneCountInString(v)
	case fmt.Stringer:
		return utf8.RuneCountInString(v.String())
	}
	return 0
}

// itemSuffix names the loop item being rendered when an error happened.
func (e *evaluator) itemSuffix(r *row) string {
	if r.dir == nil || r.dir.keyword != "range" || len(e.st.items) == 0 {
		return ""
	}
	return fmt.Sprintf("（第 %d 项）", len(e.st.items))
}

// checkRowCount refuses output longer than Excel's 1,048,576 rows.
func (e *evaluator) checkRowCount(s *sheet, outs []*output) {
	last, added := 0, 0
	for _, o := range outs {
		last = max(last, o.row.num)
		added += o.n - 1
	}
	if last+added > excelize.TotalRows {
		e.diags.Errorf(diag.Pos{File: e.t.name, Part: s.name},
			"展开后有 %d 行，超过 Excel 的上限 %d 行", last+added, excelize.TotalRows)
	}
}

func (e *evaluator) errorf(c *tcell, format string, args ...any) {
	e.diags.Errorf(e.t.pos(e.sheet, c.ref), format, args...)
}

// explain turns an execution error into Chinese.
func explain(err error) string {
	if msg := limitMessage(err); msg != "" {
		return msg
	}
	return tmpl.Explain(err)
}

// execLocation matches "template: NAME:LINE:COL: " of execution errors.
var execLocation = lazyre.New(`^template: [^:]*:(\d+):(\d+): `)

// tagAt returns the tag, as typed, where an execution error happened.
func (c *tcell) tagAt(err error) string {
	m := execLocation.FindStringSubmatch(err.Error())
	if m == nil {
		return c.text
	}
	line, _ := strconv.Atoi(m[1])
	col, _ := strconv.Atoi(m[2])
	return c.tagAtOffset(offsetOf(c.src, line, col))
}

// tagAtOffset returns the tag covering a byte offset of the executed text.
func (c *tcell) tagAtOffset(at int) string {
	for _, s := range c.spans {
		if s.start <= at && at < s.end {
			return s.tag
		}
	}
	return c.text
}

// offsetOf converts text/template's line and byte-in-line to an offset.
func offsetOf(text string, line, col int) int {
	at := 0
	for i := 1; i < line; i++ {
		k := strings.IndexByte(text[at:], '\n')
		if k < 0 {
			break
		}
		at += k + 1
	}
	return at + col
}
