package doctext

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
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

// eachToken calls visit with every token of the XML document data, and
// returns the error that stopped reading it, if any.
func eachToken(data []byte, visit func(xml.Token)) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		visit(tok)
	}
}

// readXML returns the text of every element named unit, gathered from the
// character data of its elements named text.
func readXML(data []byte, unit, text string) ([]string, error) {
	var out []string
	var cur strings.Builder
	depth, inText := 0, false
	err := eachToken(data, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == unit {
				depth++
			}
			inText = t.Name.Local == text && depth > 0
		case xml.EndElement:
			inText = false
			if t.Name.Local == unit && depth > 0 {
				if depth--; depth == 0 {
					out = append(out, cur.String())
					cur.Reset()
				}
			}
		case xml.CharData:
			if inText {
				cur.Write(t)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// SheetCells returns the text of the cells of a worksheet: shared strings
// (t="s"), inline strings and formula strings; "" for any other cell.
func SheetCells(data []byte, shared []string) ([]string, error) {
	var out []string
	var kind string
	var cur strings.Builder
	in := false
	err := eachToken(data, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "c":
				kind = attr(t, "t")
				cur.Reset()
			case "v", "t":
				in = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v", "t":
				in = false
			case "c":
				out = append(out, cellText(kind, cur.String(), shared))
			}
		case xml.CharData:
			if in {
				cur.Write(t)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return out, nil
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

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
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
