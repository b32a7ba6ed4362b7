package xlsx

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"jixiao/generator/internal/lazyre"
	"jixiao/generator/tmpl"
)

// When every row of a workbook renders to exactly one row (no loop with
// other than one item, no condition that removes its row), nothing moves:
// the engine then patches the template's XML instead of rebuilding the
// workbook through excelize. Each template cell's <c> element is replaced
// by one holding its value (numbers as numbers, text as an inline string,
// the cell's attributes and style kept); a row fitted to its wrapped text
// gets its height; formulas that depend on a changed cell get their
// computed value (calc.go). Every other byte of every part — shared
// formulas, cached values, styles, comments, drawings, extensions excelize
// does not know — stays as it was.

// structural reports whether rendering moves rows: then the workbook is
// rebuilt through excelize, which moves everything below a loop.
func structural(outs [][]*output) bool {
	for _, sheet := range outs {
		for _, o := range sheet {
			if o.row.dir != nil && o.n != 1 {
				return true
			}
		}
	}
	return false
}

// edit replaces src[from:to] with text.
type edit struct {
	from, to int
	text     string
}

// applyEdits returns src with edits (not overlapping) applied.
func applyEdits(src []byte, edits []edit) []byte {
	sort.Slice(edits, func(i, j int) bool { return edits[i].from < edits[j].from })
	out := make([]byte, 0, len(src)+len(edits)*32)
	at := 0
	for _, e := range edits {
		out = append(out, src[at:e.from]...)
		out = append(out, e.text...)
		at = e.to
	}
	return append(out, src[at:]...)
}

// patch renders outs by editing the template's worksheets; ok is false
// when a value needs what only excelize can do (a date in a cell without
// a date format needs a new style).
func (t *Template) patch(outs [][]*output) (parts map[string][]byte, changed map[string][]position, ok bool) {
	parts, changed = map[string][]byte{}, map[string][]position{}
	for i, s := range t.sheets {
		if len(outs[i]) == 0 {
			continue
		}
		name := t.arch.sheets[s.name]
		src, err := t.arch.read(name)
		if err != nil {
			return nil, nil, false
		}
		x := scanSheet(src)
		var edits []edit
		for _, o := range outs[i] {
			e, cells, ok := t.patchRow(s, x, o)
			if !ok {
				return nil, nil, false
			}
			edits = append(edits, e...)
			changed[s.name] = append(changed[s.name], cells...)
		}
		parts[name] = applyEdits(src, edits)
	}
	return parts, changed, true
}

// patchRow returns the edits that write o (one row) into x.
func (t *Template) patchRow(s *sheet, x *xsheet, o *output) ([]edit, []position, bool) {
	var edits []edit
	var cells []position
	for k, c := range o.row.cells {
		i, found := x.index[c.pos]
		if !found || len(o.cells[k]) != 1 {
			return nil, nil, false
		}
		v, ok := t.valueOf(c.kind, o.cells[k][0])
		if !ok {
			return nil, nil, false
		}
		xc := x.cells[i]
		edits = append(edits, edit{xc.tag.start, xc.end, cellXML(xc.tag, v, "")})
		cells = append(cells, c.pos)
	}
	if o.row.fit != nil {
		if h, ok := fitHeight(s, o, 0, mergedItems(o)); ok {
			if e, ok := rowHeightEdit(x, o.row.num, h); ok {
				edits = append(edits, e)
			}
		}
	}
	return edits, cells, true
}

// cellVal is a value as a worksheet holds it: t is the c element's type
// ("" for a number, "inlineStr", "b", "str" and "e" for formula results,
// "-" for an empty cell) and v its text.
type cellVal struct{ t, v string }

var emptyCell = cellVal{t: "-"}

// valueOf converts one rendered item as putValue does; ok is false for a
// date in a cell without a date format.
func (t *Template) valueOf(kind fmtKind, it item) (cellVal, bool) {
	if !it.typed {
		if len(it.text) == 0 {
			return emptyCell, true
		}
		return cellVal{"inlineStr", string(it.text)}, true
	}
	return t.typedValue(kind, it.value)
}

func (t *Template) typedValue(kind fmtKind, v any) (cellVal, bool) {
	switch x := v.(type) {
	case nil:
		return emptyCell, true
	case tmpl.Pending:
		return cellVal{"inlineStr", x.String()}, true
	case tmpl.MergeDown:
		return t.typedValue(kind, x.Value)
	case bool:
		if x {
			return cellVal{"b", "1"}, true
		}
		return cellVal{"b", "0"}, true
	case time.Time:
		if kind != fmtDate {
			return cellVal{}, false
		}
		return cellVal{"", excelSerial(x, t.date1904)}, true
	case string:
		if d, ok := parseDate(x); ok && kind == fmtDate {
			return cellVal{"", excelSerial(d, t.date1904)}, true
		}
		if x == "" {
			return emptyCell, true
		}
		return cellVal{"inlineStr", x}, true
	}
	if d, ok := toDecimal(v); ok {
		if kind == fmtPercent {
			d = d.Shift(-2)
		}
		return cellVal{"", d.String()}, true
	}
	return cellVal{"inlineStr", fmt.Sprint(v)}, true
}

// cellXML writes a c element with the attributes of start tag tag (its
// reference and style) holding v; inner, when not "", is XML to put
// before the value (a formula).
func cellXML(tag xtag, v cellVal, inner string) string {
	var b strings.Builder
	b.WriteString("<" + tag.name)
	for _, a := range tag.attrs() {
		switch a.name {
		case "t", "cm", "vm":
			continue
		}
		b.WriteString(" " + a.name + `="` + a.value + `"`)
	}
	if v.t != "" && v.t != "-" {
		b.WriteString(` t="` + v.t + `"`)
	}
	if v == emptyCell && inner == "" {
		b.WriteString("/>")
		return b.String()
	}
	b.WriteString(">" + inner)
	p := tag.prefix()
	switch {
	case v.t == "inlineStr":
		b.WriteString("<" + p + `is><` + p + `t xml:space="preserve">` + escapeText(escapeUnderscores(v.v)) + "</" + p + "t></" + p + "is>")
	case v.t != "-":
		b.WriteString("<" + p + "v>" + escapeText(v.v) + "</" + p + "v>")
	}
	b.WriteString("</" + tag.name + ">")
	return b.String()
}

// escapedChar matches what a spreadsheet reads as an escaped character
// (_x000D_); a literal one is written with its underscore escaped.
var escapedChar = lazyre.New(`_(x[0-9A-Fa-f]{4}_)`)

// escapeUnderscores protects text that looks like an escaped character.
func escapeUnderscores(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	return escapedChar.ReplaceAllString(s, "_x005F_$1")
}

// rowHeightEdit sets the height of row num of x.
func rowHeightEdit(x *xsheet, num int, h float64) (edit, bool) {
	for _, r := range x.rows {
		if r.num != num {
			continue
		}
		var b strings.Builder
		b.WriteString("<" + r.tag.name)
		for _, a := range r.tag.attrs() {
			if a.name != "ht" && a.name != "customHeight" {
				b.WriteString(" " + a.name + `="` + a.value + `"`)
			}
		}
		b.WriteString(` ht="` + strconv.FormatFloat(h, 'f', -1, 64) + `" customHeight="1"`)
		if r.tag.empty {
			b.WriteString("/>")
		} else {
			b.WriteString(">")
		}
		return edit{r.tag.start, r.tag.end, b.String()}, true
	}
	return edit{}, false
}
