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

// xtag is one start or end tag.
type xtag struct {
	name       string // as written, with its prefix
	start, end int    // src[start:end] is the tag, from “<” to “>”
	closing    bool   // </name>
	empty      bool   // <name/>
	attrs      []xattr
}

// xattr is one attribute; src[vstart:vend] is its raw value.
type xattr struct {
	name         string
	value        string // raw, not unescaped
	vstart, vend int
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

// attr returns the raw value of attribute name (matched without prefix
// when name has none) and whether it is there.
func (t xtag) attr(name string) (string, bool) {
	for _, a := range t.attrs {
		if a.name == name {
			return a.value, true
		}
	}
	return "", false
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
		case bytes.HasPrefix(src[i:], []byte("<!--")):
			i = skipPast(src, i, "-->")
		case bytes.HasPrefix(src[i:], []byte("<![CDATA[")):
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

// parseTag reads the tag starting at src[i] == '<'.
func parseTag(src []byte, i int) (xtag, bool) {
	t := xtag{start: i}
	j := i + 1
	if j < len(src) && src[j] == '/' {
		t.closing = true
		j++
	}
	n := j
	for n < len(src) && !isSpace(src[n]) && src[n] != '>' && src[n] != '/' {
		n++
	}
	t.name = string(src[j:n])
	for j = n; j < len(src); {
		switch c := src[j]; {
		case isSpace(c):
			j++
		case c == '>':
			t.end = j + 1
			return t, true
		case c == '/' && j+1 < len(src) && src[j+1] == '>':
			t.empty, t.end = true, j+2
			return t, true
		default:
			a, next, ok := parseAttr(src, j)
			if !ok {
				return xtag{}, false
			}
			t.attrs = append(t.attrs, a)
			j = next
		}
	}
	return xtag{}, false
}

// parseAttr reads name="value" (or 'value') at src[j].
func parseAttr(src []byte, j int) (xattr, int, bool) {
	eq := bytes.IndexByte(src[j:], '=')
	if eq < 0 {
		return xattr{}, 0, false
	}
	name := strings.TrimSpace(string(src[j : j+eq]))
	q := j + eq + 1
	for q < len(src) && isSpace(src[q]) {
		q++
	}
	if q >= len(src) || (src[q] != '"' && src[q] != '\'') {
		return xattr{}, 0, false
	}
	end := bytes.IndexByte(src[q+1:], src[q])
	if end < 0 {
		return xattr{}, 0, false
	}
	vs, ve := q+1, q+1+end
	return xattr{name: name, value: string(src[vs:ve]), vstart: vs, vend: ve}, ve + 1, true
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
