package doctext

import (
	"bytes"
	"strconv"
	"strings"

	"jixiao/generator/internal/xmltok"
)

// WordPart returns the text of every paragraph of a Word part's XML, or
// nothing when the part cannot hold a placeholder (MayHoldMarker).
func WordPart(data []byte) ([]string, error) {
	if !MayHoldMarker(data) {
		return nil, nil
	}
	return readXML(data, "p", "t")
}

// SharedStrings returns the text of every item of a workbook's shared
// strings part.
func SharedStrings(data []byte) ([]string, error) {
	return readXML(data, "si", "t")
}

// readXML returns the text of every element named unit, gathered from the
// character data of its elements named text.
func readXML(data []byte, unit, text string) ([]string, error) {
	r := &unitReader{unit: unit, text: text}
	if err := eachToken(data, r); err != nil {
		return nil, err
	}
	return r.out, nil
}

// unitReader gathers the text of the elements named unit from the
// character data of their elements named text.
type unitReader struct {
	unit, text string
	out        []string
	cur        strings.Builder
	depth      int
	inText     bool
}

// restart forgets what the reader has gathered.
func (r *unitReader) restart() { *r = unitReader{unit: r.unit, text: r.text} }

// visit reads one token.
func (r *unitReader) visit(t *xmltok.Token) {
	switch t.Kind {
	case xmltok.StartElement:
		if t.Name.Local == r.unit {
			r.depth++
		}
		r.inText = t.Name.Local == r.text && r.depth > 0
	case xmltok.EndElement:
		r.inText = false
		if t.Name.Local == r.unit && r.depth > 0 {
			if r.depth--; r.depth == 0 {
				r.out = append(r.out, r.cur.String())
				r.cur.Reset()
			}
		}
	case xmltok.CharData:
		if r.inText {
			r.cur.Write(t.Data)
		}
	}
}

// SheetCells returns the text of the cells of a worksheet: shared strings
// (t="s"), inline strings and formula strings; "" for any other cell.
func SheetCells(data []byte, shared []string) ([]string, error) {
	r := &cellReader{shared: shared}
	if err := eachToken(data, r); err != nil {
		return nil, err
	}
	return r.out, nil
}

// cellReader gathers the text of the cells of a worksheet.
type cellReader struct {
	shared []string
	out    []string
	kind   string // the t attribute of the cell being read
	cur    strings.Builder
	in     bool // in a v or t element
}

// restart forgets what the reader has gathered.
func (r *cellReader) restart() { *r = cellReader{shared: r.shared} }

// visit reads one token.
func (r *cellReader) visit(t *xmltok.Token) {
	switch t.Kind {
	case xmltok.StartElement:
		switch t.Name.Local {
		case "c":
			kind, _ := t.Attr("t")
			r.kind = string(kind)
			r.cur.Reset()
		case "v", "t":
			r.in = true
		}
	case xmltok.EndElement:
		switch t.Name.Local {
		case "v", "t":
			r.in = false
		case "c":
			r.out = append(r.out, cellText(r.kind, r.cur.String(), r.shared))
		}
	case xmltok.CharData:
		if r.in {
			r.cur.Write(t.Data)
		}
	}
}

func cellText(kind, raw string, shared []string) string {
	switch kind {
	case "s":
		if i, err := strconv.Atoi(strings.TrimSpace(raw)); err == nil && i >= 0 && i < len(shared) {
			return shared[i]
		}
		return ""
	case "inlineStr", "str":
		return raw
	}
	return ""
}

// MayHoldMarker reports whether a part's XML can hold a placeholder: its
// first character “【” written as such or as a character reference. A part
// with neither is not decoded.
func MayHoldMarker(data []byte) bool {
	return bytes.Contains(data, []byte("【")) || bytes.Contains(data, []byte("&#"))
}

// anyHoldsMarker reports whether a shared string holds “【”.
func anyHoldsMarker(shared []string) bool {
	for _, s := range shared {
		if strings.Contains(s, "【") {
			return true
		}
	}
	return false
}
