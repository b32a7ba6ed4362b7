package xlsx

import (
	"errors"

	"github.com/xuri/excelize/v2"
)

// fastStyles is what the fast reader takes from xl/styles.xml: for each
// cell format (cellXfs>xf) what GetStyle reports of its number format,
// font size, wrapping and indent.
type fastStyles struct {
	xfs     []fastXf // nil when there is no <cellXfs>
	hasXfs  bool
	fonts   []float64 // font sizes (fonts>font>sz@val), 0 when unset
	hasFont bool
	numFmts []fastNumFmt // numFmts>numFmt in order
	hasFmts bool
}

// fastXf is one cell format.
type fastXf struct {
	numFmt, font     *int
	applyFont, apply *bool // applyFont, applyAlignment
	align            *fastAlign
}

// fastAlign is an xf's alignment.
type fastAlign struct {
	wrap   bool
	indent int
}

// fastNumFmt is one custom number format.
type fastNumFmt struct {
	id   int
	code string
}

// errNoStyle is GetStyle's answer for a style id the workbook lacks.
var errNoStyle = errors.New("no such cell style")

// readStylesXML reads a checked styles part; ok is false for repeated
// sections or a font or format holding two of what excelize reads once.
func readStylesXML(src []byte) (*fastStyles, bool) {
	st := &fastStyles{}
	w := newWalker(src)
	sections := map[string]int{}
	for w.next() {
		switch {
		case w.start("styleSheet", "cellXfs"), w.start("styleSheet", "fonts"), w.start("styleSheet", "numFmts"):
			sections[w.t.local()]++
		case w.start("styleSheet", "cellXfs", "xf"):
			st.xfs = append(st.xfs, readXf(w))
		case w.start("styleSheet", "cellXfs", "xf", "alignment"):
			w.ok = w.ok && st.xfs[len(st.xfs)-1].align == nil
			st.xfs[len(st.xfs)-1].align = readAlign(w)
		case w.start("styleSheet", "fonts", "font"):
			st.fonts = append(st.fonts, 0)
			w.ok = w.ok && readFont(w, &st.fonts[len(st.fonts)-1])
		case w.start("styleSheet", "numFmts", "numFmt"):
			id, _ := w.attr("numFmtId")
			code, _ := w.attr("formatCode")
			st.numFmts = append(st.numFmts, fastNumFmt{xmlInt(id), code})
		}
	}
	st.hasXfs, st.hasFont, st.hasFmts = sections["cellXfs"] == 1, sections["fonts"] == 1, sections["numFmts"] == 1
	return st, w.ok && sections["cellXfs"] <= 1 && sections["fonts"] <= 1 && sections["numFmts"] <= 1
}

// readXf reads the attributes of an <xf>.
func readXf(w *walker) fastXf {
	return fastXf{
		numFmt: optInt(w, "numFmtId"), font: optInt(w, "fontId"),
		applyFont: optBool(w, "applyFont"), apply: optBool(w, "applyAlignment"),
	}
}

// readAlign reads an <alignment>.
func readAlign(w *walker) *fastAlign {
	wrap, _ := w.attr("wrapText")
	indent, _ := w.attr("indent")
	return &fastAlign{wrap: xmlBool(wrap), indent: xmlInt(indent)}
}

// readFont reads the size of a <font>, which may hold one <sz>.
func readFont(w *walker, size *float64) bool {
	if w.t.empty {
		return true
	}
	depth, sizes := len(w.stack), 0
	for w.next() && len(w.stack) > depth {
		if w.start("styleSheet", "fonts", "font", "sz") {
			v, _ := w.attr("val")
			*size, sizes = xmlFloat(v), sizes+1
		}
	}
	return sizes <= 1
}

// optInt reads an optional integer attribute (*int in excelize).
func optInt(w *walker, name string) *int {
	v, ok := w.attr(name)
	if !ok {
		return nil
	}
	n := xmlInt(v)
	return &n
}

// optBool reads an optional boolean attribute (*bool in excelize).
func optBool(w *walker, name string) *bool {
	v, ok := w.attr(name)
	if !ok {
		return nil
	}
	b := xmlBool(v)
	return &b
}

// style answers as GetStyle does for the number format, font size and
// alignment of cell format id.
func (st *fastStyles) style(id int) (*excelize.Style, error) {
	if id < 0 || !st.hasXfs || id >= len(st.xfs) {
		return nil, errNoStyle
	}
	xf := st.xfs[id]
	style := &excelize.Style{}
	if (xf.applyFont == nil || *xf.applyFont) && xf.font != nil && st.hasFont && 0 <= *xf.font && *xf.font < len(st.fonts) {
		style.Font = &excelize.Font{Size: st.fonts[*xf.font]}
	}
	if (xf.apply == nil || *xf.apply) && xf.align != nil {
		style.Alignment = &excelize.Alignment{WrapText: xf.align.wrap, Indent: xf.align.indent}
	}
	st.numFmt(xf.numFmt, style)
	return style, nil
}

// numFmt sets the number format of style as extractNumFmt does: a
// built-in id, else the last custom format of that id.
func (st *fastStyles) numFmt(id *int, style *excelize.Style) {
	if id == nil {
		return
	}
	if builtinNumFmt(*id) {
		style.NumFmt = *id
		return
	}
	if !st.hasFmts {
		return
	}
	for i := range st.numFmts {
		if st.numFmts[i].id == *id {
			style.CustomNumFmt = &st.numFmts[i].code
		}
	}
}

// builtinNumFmt reports whether excelize knows id as a built-in format
// (its builtInNumFmt table and language formats).
func builtinNumFmt(id int) bool {
	return 0 <= id && id <= 4 || 9 <= id && id <= 22 || 37 <= id && id <= 49 ||
		27 <= id && id <= 36 || 50 <= id && id <= 62 || 67 <= id && id <= 81
}
