package xlsx

import (
	"bytes"
	"html"
	"strings"
)

// A small scanner for the XML that spreadsheets are made of: it finds tags
// and their attributes by byte offset, so that the engine can change one
// cell of a worksheet and copy every other byte as it was. Worksheets are
// machine-written XML without DTDs; comments, processing instructions and
// CDATA sections are skipped or read as text.

// xtag is one start or end tag. Its attributes are read when asked for,
// so that scanning a large worksheet allocates little.
type xtag struct {
	src        []byte
	name       string // as written, with its prefix
	start, end int    // src[start:end] is the tag, from “<” to “>”
	closing    bool   // </name>
	empty      bool   // <name/>
}

// xattr is one attribute; value is raw, not unescaped.
type xattr struct {
	name, value string
}

// local returns the tag's name without its prefix.
func (t xtag) local() string {
	if i := strings.IndexByte(t.name, ':'); i >= 0 {
		return t.name[i+1:]
	}
	return t.name
}

// prefix returns the tag's prefix with its colon ("x:"), or "".
func (t xtag) prefix() string {
	if i := strings.IndexByte(t.name, ':'); i >= 0 {
		return t.name[:i+1]
	}
	return ""
}

// attrs returns the tag's attributes in order.
func (t xtag) attrs() []xattr {
	var out []xattr
	t.eachAttr(func(name, value []byte) bool {
		out = append(out, xattr{string(name), string(value)})
		return true
	})
	return out
}

// attr returns the raw value of attribute name and whether it is there.
func (t xtag) attr(name string) (string, bool) {
	var v string
	found := false
	t.eachAttr(func(n, value []byte) bool {
		if string(n) == name {
			v, found = string(value), true
			return false
		}
		return true
	})
	return v, found
}

// eachAttr calls f with each attribute's name and raw value until f
// returns false.
func (t xtag) eachAttr(f func(name, value []byte) bool) {
	src := t.src[:t.end]
	j := t.start + 1 + len(t.name)
	for j < len(src) {
		for j < len(src) && (isSpace(src[j]) || src[j] == '/' || src[j] == '>') {
			j++
		}
		eq := bytes.IndexByte(src[j:], '=')
		if eq < 0 {
			return
		}
		name := bytes.TrimSpace(src[j : j+eq])
		q := j + eq + 1
		for q < len(src) && isSpace(src[q]) {
			q++
		}
		if q >= len(src) {
			return
		}
		end := bytes.IndexByte(src[q+1:], src[q])
		if end < 0 {
			return
		}
		if !f(name, src[q+1:q+1+end]) {
			return
		}
		j = q + 2 + end
	}
}

// nextTag returns the next start or end tag at or after i, skipping
// comments, processing instructions, declarations and CDATA sections.
func nextTag(src []byte, i int) (xtag, bool) {
	for {
		k := bytes.IndexByte(src[i:], '<')
		if k < 0 {
			return xtag{}, false
		}
		i += k
		switch {
		case i+1 < len(src) && src[i+1] == '!' && bytes.HasPrefix(src[i:], []byte("<!--")):
			i = skipPast(src, i, "-->")
		case i+1 < len(src) && src[i+1] == '!' && bytes.HasPrefix(src[i:], []byte("<![CDATA[")):
			i = skipPast(src, i, "]]>")
		case i+1 < len(src) && (src[i+1] == '?' || src[i+1] == '!'):
			i = skipPast(src, i, ">")
		default:
			return parseTag(src, i)
		}
		if i < 0 {
			return xtag{}, false
		}
	}
}

// skipPast returns the offset just after the next occurrence of stop, or
// -1.
func skipPast(src []byte, i int, stop string) int {
	k := bytes.Index(src[i:], []byte(stop))
	if k < 0 {
		return -1
	}
	return i + k + len(stop)
}

// parseTag reads the tag starting at src[i] == '<': its name, and where
// it ends, skipping quoted attribute values (which may hold “>”).
func parseTag(src []byte, i int) (xtag, bool) {
	t := xtag{src: src, start: i}
	j := i + 1
	if j < len(src) && src[j] == '/' {
		t.closing = true
		j++
	}
	n := j
	for n < len(src) && !isSpace(src[n]) && src[n] != '>' && src[n] != '/' {
		n++
	}
	t.name = internName(src[j:n])
	for j = n; j < len(src); j++ {
		switch src[j] {
		case '"', '\'':
			k := bytes.IndexByte(src[j+1:], src[j])
			if k < 0 {
				return xtag{}, false
			}
			j += k + 1
		case '>':
			t.end, t.empty = j+1, j > n && src[j-1] == '/'
			return t, true
		}
	}
	return xtag{}, false
}

// internName returns the common names of worksheets without allocating.
func internName(b []byte) string {
	switch string(b) {
	case "c":
		return "c"
	case "v":
		return "v"
	case "f":
		return "f"
	case "row":
		return "row"
	case "is":
		return "is"
	case "t":
		return "t"
	case "r":
		return "r"
	case "rPr":
		return "rPr"
	case "si":
		return "si"
	case "s":
		return "s"
	case "n":
		return "n"
	case "str":
		return "str"
	case "b":
		return "b"
	case "e":
		return "e"
	case "inlineStr":
		return "inlineStr"
	}
	return internStyle(b)
}

// internStyle returns the common names of styles, workbooks, columns and
// relationships without allocating.
func internStyle(b []byte) string {
	switch string(b) {
	case "xf":
		return "xf"
	case "font":
		return "font"
	case "sz":
		return "sz"
	case "alignment":
		return "alignment"
	case "numFmt":
		return "numFmt"
	case "color":
		return "color"
	case "name":
		return "name"
	case "family":
		return "family"
	case "scheme":
		return "scheme"
	case "charset":
		return "charset"
	case "border":
		return "border"
	case "left":
		return "left"
	case "right":
		return "right"
	case "top":
		return "top"
	case "bottom":
		return "bottom"
	case "diagonal":
		return "diagonal"
	case "fill":
		return "fill"
	case "patternFill":
		return "patternFill"
	case "fgColor":
		return "fgColor"
	case "bgColor":
		return "bgColor"
	case "col":
		return "col"
	case "cols":
		return "cols"
	case "mergeCell":
		return "mergeCell"
	case "Relationship":
		return "Relationship"
	case "Override":
		return "Override"
	case "Default":
		return "Default"
	case "sheet":
		return "sheet"
	case "dimension":
		return "dimension"
	case "sheetData":
		return "sheetData"
	case "pageMargins":
		return "pageMargins"
	case "pageSetup":
		return "pageSetup"
	case "sheetView":
		return "sheetView"
	case "selection":
		return "selection"
	case "protection":
		return "protection"
	case "cellStyle":
		return "cellStyle"
	case "pane":
		return "pane"
	}
	return string(b)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// xmlText returns the character data of src[from:to] unescaped, CDATA
// sections included, comments left out.
func xmlText(src []byte, from, to int) string {
	raw := src[from:to]
	if bytes.IndexByte(raw, '<') < 0 {
		if bytes.IndexByte(raw, '&') < 0 {
			return string(raw)
		}
		return html.UnescapeString(string(raw))
	}
	var b strings.Builder
	for len(raw) > 0 {
		k := bytes.IndexByte(raw, '<')
		if k < 0 {
			b.WriteString(html.UnescapeString(string(raw)))
			break
		}
		b.WriteString(html.UnescapeString(string(raw[:k])))
		raw = raw[k:]
		switch {
		case bytes.HasPrefix(raw, []byte("<![CDATA[")):
			e := bytes.Index(raw, []byte("]]>"))
			if e < 0 {
				return b.String()
			}
			b.Write(raw[len("<![CDATA["):e])
			raw = raw[e+3:]
		default:
			e := bytes.IndexByte(raw, '>')
			if e < 0 {
				return b.String()
			}
			raw = raw[e+1:]
		}
	}
	return b.String()
}

// escapeText escapes s for XML character data.
func escapeText(s string) string {
	if !strings.ContainsAny(s, "&<>\r") {
		return s
	}
	return textEscaper.Replace(s)
}

var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#13;")

// escapeAttr escapes s for an attribute value in double quotes.
func escapeAttr(s string) string {
	return attrEscaper.Replace(s)
}

var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "\n", "&#10;", "\r", "&#13;", "\t", "&#9;")
