package xlsx

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"jixiao/generator/internal/xmltok"
)

// The fast reader (readfast.go) reads parts with the engine's own scanner,
// which is more lenient than encoding/xml. So that it never reads a part
// excelize would refuse, each part is first checked here against what
// encoding/xml (Strict, as excelize uses it) refuses: unbalanced or
// mismatched tags, bad attribute syntax, unknown entities, bytes that are
// not UTF-8 or not XML characters, "--" in comments, "]]>" in text,
// declarations of other encodings, document type declarations, a root
// element other than the expected one in its namespace, typed attributes
// (xmlattrs.go) whose values do not parse, and font flags (<b>, <i>…)
// with child elements.

// xmlShape is what a part must look like: its root element, unprefixed,
// in namespace ns, and its typed attributes by element and attribute
// local name.
type xmlShape struct {
	root, ns string
	typed    typedAttrs
}

// checkXML reports whether src is a part of shape that encoding/xml
// decodes without error. An empty part (no root) is accepted, as excelize
// accepts it (io.EOF).
func checkXML(src []byte, shape xmlShape) bool {
	c := xmlChecker{src: src, shape: shape}
	return c.run()
}

// xmlChecker walks one part.
type xmlChecker struct {
	src   []byte
	shape xmlShape
	stack [][]byte // names of the open elements, as written
	i     int
}

// run checks the part up to the end of its root element.
func (c *xmlChecker) run() bool {
	if bytes.HasPrefix(c.src, []byte("\xef\xbb\xbf")) {
		return false
	}
	for {
		k := bytes.IndexByte(c.src[c.i:], '<')
		if k < 0 {
			return len(c.stack) == 0 && validText(c.src[c.i:])
		}
		if !validText(c.src[c.i : c.i+k]) {
			return false
		}
		c.i += k
		ok, done := c.markup()
		if !ok || done {
			return ok
		}
	}
}

// markup checks the markup at c.i and moves past it; done is true after
// the root element's end.
func (c *xmlChecker) markup() (ok, done bool) {
	rest := c.src[c.i:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		return c.comment(), false
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		return c.cdata(), false
	case bytes.HasPrefix(rest, []byte("<?")):
		return c.instruction(), false
	case bytes.HasPrefix(rest, []byte("<!")):
		return false, false
	case bytes.HasPrefix(rest, []byte("</")):
		return c.endTag()
	}
	return c.startTag()
}

// comment checks a comment: no "--" inside.
func (c *xmlChecker) comment() bool {
	end := bytes.Index(c.src[c.i+4:], []byte("--"))
	if end < 0 {
		return false
	}
	at := c.i + 4 + end
	if at+2 >= len(c.src) || c.src[at+2] != '>' || !validChars(c.src[c.i+4:at]) {
		return false
	}
	c.i = at + 3
	return true
}

// cdata checks a CDATA section, which may only appear inside the root.
func (c *xmlChecker) cdata() bool {
	from := c.i + len("<![CDATA[")
	end := bytes.Index(c.src[from:], []byte("]]>"))
	if end < 0 || len(c.stack) == 0 || !validChars(c.src[from:from+end]) {
		return false
	}
	c.i = from + end + 3
	return true
}

// instruction checks a processing instruction; the XML declaration may
// only declare UTF-8.
func (c *xmlChecker) instruction() bool {
	end := bytes.Index(c.src[c.i+2:], []byte("?>"))
	if end < 0 {
		return false
	}
	body := c.src[c.i+2 : c.i+2+end]
	c.i += 2 + end + 2
	if !validChars(body) || !validName(body[:nameEnd(body, 0)]) {
		return false // encoding/xml wants a target name after <?
	}
	if bytes.HasPrefix(body, []byte("xml ")) || bytes.Equal(body, []byte("xml")) {
		return declaresUTF8(string(body))
	}
	return true
}

// declaresUTF8 reports whether an XML declaration is one encoding/xml
// reads without a charset reader: version 1.0 (or none), encoding UTF-8
// (or none).
func declaresUTF8(decl string) bool {
	ver, enc := xmltok.DeclParam("version", decl), xmltok.DeclParam("encoding", decl)
	return (ver == "" || ver == "1.0") && (enc == "" || strings.EqualFold(enc, "utf-8"))
}

// endTag checks an end tag against the open element.
func (c *xmlChecker) endTag() (ok, done bool) {
	j := c.i + 2
	n := nameEnd(c.src, j)
	name := c.src[j:n]
	for n < len(c.src) && isSpace(c.src[n]) {
		n++
	}
	if n >= len(c.src) || c.src[n] != '>' || len(c.stack) == 0 || !bytes.Equal(c.stack[len(c.stack)-1], name) {
		return false, false
	}
	c.stack = c.stack[:len(c.stack)-1]
	c.i = n + 1
	return true, len(c.stack) == 0
}

// startTag checks a start tag and its attributes; done is true for an
// empty root element.
func (c *xmlChecker) startTag() (ok, done bool) {
	j := c.i + 1
	n := nameEnd(c.src, j)
	if !validName(c.src[j:n]) {
		return false, false
	}
	name := c.src[j:n]
	if len(c.stack) == 0 && string(name) != c.shape.root || len(c.stack) > 0 && flagElement(c.stack[len(c.stack)-1]) {
		return false, false
	}
	end, empty, ok := c.attributes(n, c.shape.typed[string(localName(name))], len(c.stack) == 0)
	if !ok {
		return false, false
	}
	c.i = end
	if empty {
		return true, len(c.stack) == 0
	}
	c.stack = append(c.stack, name)
	return true, false
}

// localName returns name without its prefix.
func localName(name []byte) []byte {
	return name[bytes.IndexByte(name, ':')+1:]
}

// flagElement reports whether name is a font flag (b, i, strike…),
// which excelize decodes as attrValBool: it refuses any child element.
func flagElement(name []byte) bool {
	switch string(localName(name)) {
	case "b", "i", "strike", "condense", "extend", "outline", "shadow":
		return true
	}
	return false
}

// attributes checks the attributes of an element, whose typed attributes
// are typed, from offset j to the tag's end, which it returns with
// whether the tag is empty (“/>”). The root must declare the expected
// default namespace.
func (c *xmlChecker) attributes(j int, typed map[string]attrKind, root bool) (end int, empty, ok bool) {
	src, hasNS := c.src, false
	for {
		for j < len(src) && isSpace(src[j]) {
			j++
		}
		switch {
		case j >= len(src):
			return 0, false, false
		case src[j] == '>':
			return j + 1, false, !root || hasNS
		case src[j] == '/':
			return j + 2, true, j+1 < len(src) && src[j+1] == '>' && (!root || hasNS)
		}
		name, value, next, ok := readAttr(src, j)
		if !ok || !typedOK(typed, name, value) {
			return 0, false, false
		}
		if root && string(name) == "xmlns" {
			hasNS = decodeText(value) == c.shape.ns
		}
		j = next
	}
}

// readAttr reads name="value" at j; value is raw.
func readAttr(src []byte, j int) (name, value []byte, next int, ok bool) {
	n := nameEnd(src, j)
	if !validName(src[j:n]) {
		return nil, nil, 0, false
	}
	name = src[j:n]
	for n < len(src) && isSpace(src[n]) {
		n++
	}
	if n >= len(src) || src[n] != '=' {
		return nil, nil, 0, false
	}
	n++
	for n < len(src) && isSpace(src[n]) {
		n++
	}
	if n >= len(src) || (src[n] != '"' && src[n] != '\'') {
		return nil, nil, 0, false
	}
	end := bytes.IndexByte(src[n+1:], src[n])
	if end < 0 {
		return nil, nil, 0, false
	}
	value = src[n+1 : n+1+end]
	if bytes.IndexByte(value, '<') >= 0 || !validText(value) {
		return nil, nil, 0, false
	}
	return name, value, n + 2 + end, true
}

// nameEnd returns where the XML name starting at j ends.
func nameEnd(src []byte, j int) int {
	for j < len(src) && !isSpace(src[j]) && src[j] != '>' && src[j] != '/' && src[j] != '=' {
		j++
	}
	return j
}

// validName reports whether b is a name encoding/xml reads: ASCII name
// bytes (letters, digits, “_:.-”), not starting with a digit, “.” or “-”,
// with at most one colon, between a prefix and a local name.
// Names with other characters are refused, though encoding/xml reads some
// of them: which ones depends on Unicode tables no workbook needs.
func validName(b []byte) bool {
	if len(b) == 0 || b[0] == '.' || b[0] == '-' || '0' <= b[0] && b[0] <= '9' {
		return false
	}
	for _, ch := range b {
		if ch >= utf8.RuneSelf || !isWordByte(ch) && ch != ':' && ch != '.' && ch != '-' {
			return false
		}
	}
	colon := bytes.IndexByte(b, ':')
	return colon < 0 || colon > 0 && colon < len(b)-1 && bytes.IndexByte(b[colon+1:], ':') < 0
}
