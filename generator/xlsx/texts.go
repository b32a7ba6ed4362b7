package xlsx

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"jixiao/generator/diag"
	"jixiao/generator/internal/doctext"
	"jixiao/generator/tmpl"
)

// TextsBudget evaluates the template as ExecuteBudget does, with the same
// checks, budget and errors, and returns what a reader of the workbook
// would see where a placeholder can be, without building the workbook:
// the texts of the rendered cells, sheet by sheet in archive order, row
// by row as the loops lay them out. It does so only where that is
// certain to read as doctext reads the workbook ExecuteBudget writes (see
// textsCertain); else it renders the workbook and reads it.
func (t *Template) TextsBudget(data any, b *tmpl.Budget) (res doctext.Result, diags diag.List) {
	defer func() { panicAsDiag(recover(), &diags, t.name) }()
	ex, err := t.acquire()
	if err != nil {
		diags.Errorf(diag.Pos{File: t.name}, "内部错误：%v", err)
		return res, diags
	}
	defer t.release(ex)
	e := ex.evaluator(t, data, b)
	outs := e.evaluate()
	if e.diags.HasErrors() {
		return res, e.diags
	}
	if texts, ok := t.cellTexts(outs); ok {
		return doctext.Result{Texts: texts}, e.diags
	}
	out, err := t.render(outs)
	if err != nil {
		diags.Errorf(diag.Pos{File: t.name}, "生成 Excel 文件失败：%s", explainRender(err))
		return res, diags
	}
	return doctext.Of(".xlsx", out), append(diags, e.diags...)
}

// cellTexts lists the texts of the rendered cells that hold “【”, in the
// order doctext reads them; ok is false when the list might differ from
// what the rendered workbook shows (textsCertain).
func (t *Template) cellTexts(outs [][]*output) ([]string, bool) {
	if !t.textsCertain(outs) {
		return nil, false
	}
	part := map[string][][]string{}
	for i, s := range t.sheets {
		part[t.arch.sheets[s.name]] = append(part[t.arch.sheets[s.name]], t.sheetTexts(outs[i]))
	}
	var texts []string
	for _, f := range t.arch.files {
		for _, sheet := range part[f.Name] {
			texts = append(texts, sheet...)
		}
	}
	return texts, true
}

// sheetTexts lists the texts holding “【” of one sheet's rendered rows:
// every copy of a row top to bottom, its cells left to right, without the
// cells a 纵向合并 empties.
func (t *Template) sheetTexts(outs []*output) []string {
	var texts []string
	for _, o := range outs {
		covered := mergedAway(o)
		for i := range o.n {
			for k, c := range o.row.cells {
				if text := t.itemText(c.kind, o.cells[k][i]); !covered[[2]int{k, i}] && strings.Contains(text, "【") {
					texts = append(texts, text)
				}
			}
		}
	}
	return texts
}

// mergedAway returns the items (cell, copy) of a loop row that 纵向合并
// merges into the one above: excelize empties them (mergedown.go).
func mergedAway(o *output) map[[2]int]bool {
	covered := map[[2]int]bool{}
	if o.row.dir == nil || o.row.dir.keyword != "range" || o.n < 2 {
		return covered
	}
	for k := range o.row.cells {
		for _, run := range mergeRuns(o.cells[k]) {
			for i := run[0] + 1; i <= run[1]; i++ {
				covered[[2]int{k, i}] = true
			}
		}
	}
	return covered
}

// itemText is the text an item leaves in its cell, written as text
// (valueOf, putValue); "" for numbers, dates, booleans and empty cells.
func (t *Template) itemText(kind fmtKind, it item) string {
	v, ok := t.valueOf(kind, it)
	if !ok || v.t != "inlineStr" {
		return ""
	}
	return v.v
}

// textsCertain reports whether the rendered cells' texts are all the
// workbook shows of “【”, as written: the template has no formulas (whose
// computed text could hold one), is not Strict (converted before a
// rebuild; otherwise the rebuild changes no worksheet, renames none and
// keeps them in the template's order, strict.go), has “【” in no cell but
// its template cells (constant cells are copied, moved and removed with
// the loops' rows), every text is valid UTF-8 (excelize writes U+FFFD
// for the rest), and every text holding “【” is written as it is: not escaped
// (“_x…_”), without carriage returns (XML reads them as line feeds),
// without “{{” (which the engine empties in the shared strings), and
// short enough never to be cut.
func (t *Template) textsCertain(outs [][]*output) bool {
	if t.arch == nil || t.arch.strict || !t.partsKnown() || !t.constantsPlain() {
		return false
	}
	for _, sheet := range outs {
		for _, o := range sheet {
			if !t.writtenAsIs(o) {
				return false
			}
		}
	}
	return true
}

// partsKnown reports whether every sheet has its worksheet part.
func (t *Template) partsKnown() bool {
	for _, s := range t.sheets {
		if name := t.arch.sheets[s.name]; name == "" || t.arch.file(name) == nil {
			return false
		}
	}
	return true
}

// writtenAsIs reports whether every text of o is valid UTF-8 and every
// one holding “【” reads back as it is.
func (t *Template) writtenAsIs(o *output) bool {
	for k, c := range o.row.cells {
		for _, it := range o.cells[k] {
			text := t.itemText(c.kind, it)
			if !utf8.ValidString(text) {
				return false
			}
			if strings.Contains(text, "【") && (len(text) > maxPlainText || strings.ContainsRune(text, '\r') ||
				strings.Contains(text, "_x") || strings.Contains(text, "{{")) {
				return false
			}
		}
	}
	return true
}

// maxPlainText is the longest text in bytes that cannot exceed Excel's
// 32,767 UTF-16 units, which excelize cuts a text to.
const maxPlainText = 32767

// constantsPlain reports whether no cell of any worksheet but the
// template cells can show “【” and no cell has a formula.
func (t *Template) constantsPlain() bool {
	shared, ok := t.sharedTexts()
	if !ok {
		return false
	}
	sharedMarker := false // which shared string a cell reads is not worth finding out
	for _, s := range shared {
		sharedMarker = sharedMarker || strings.Contains(s, "【")
	}
	tcells := t.templateCells()
	for _, f := range t.arch.files {
		if !doctext.IsSheetPart(f.Name) {
			continue
		}
		src, err := doctext.ReadPart(f)
		if err != nil {
			return false
		}
		if !sharedMarker && !doctext.MayHoldMarker(src) && !bytes.Contains(src, []byte("<f")) && !bytes.Contains(src, []byte(":f")) {
			continue // neither “【” nor a formula element, prefixed or not
		}
		x := scanSheet(src)
		for _, c := range x.cells {
			show := doctext.MayHoldMarker(src[c.tag.start:c.end]) || c.t == "s" && sharedMarker
			if c.f != nil || show && !tcells[f.Name][c.pos] {
				return false
			}
		}
	}
	return true
}

// templateCells returns the positions of the template cells, by part.
func (t *Template) templateCells() map[string]map[position]bool {
	out := map[string]map[position]bool{}
	for _, s := range t.sheets {
		name := t.arch.sheets[s.name]
		if out[name] == nil {
			out[name] = map[position]bool{}
		}
		for _, r := range s.rows {
			for _, c := range r.cells {
				out[name][c.pos] = true
			}
		}
	}
	return out
}

// sharedTexts returns the shared strings as the rendered workbook lists
// them: those holding template tags emptied (scrubTags).
func (t *Template) sharedTexts() ([]string, bool) {
	if t.arch.strings == "" {
		return nil, true
	}
	sst, err := t.arch.read(t.arch.strings)
	if err != nil {
		return nil, false
	}
	if !doctext.MayHoldMarker(sst) {
		return nil, true // no shared string holds “【”
	}
	if clean := scrubTags(sst); clean != nil {
		sst = clean
	}
	shared, err := doctext.SharedStrings(sst)
	return shared, err == nil
}
