package docx

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// addText appends the decoded form of raw, character data found at offset
// rel from the start of n's content, to the text of n, keeping for every
// decoded byte the raw offset it came from. Entities (&amp; &#x41; …) and
// CDATA sections are decoded; everything else is kept as written.
func addText(n *node, raw []byte, rel int) {
	if n.rawOff == nil && n.text == "" && rel == 0 && bytes.IndexByte(raw, '&') < 0 && !isCDATA(raw) {
		n.text = string(raw)
		return
	}
	if n.rawOff == nil {
		n.rawOff = identityOffsets(len(n.text))
	}
	n.rawOff = n.rawOff[:len(n.rawOff)-1] // drop the end sentinel
	var b strings.Builder
	b.WriteString(n.text)
	if isCDATA(raw) {
		body := raw[len("<![CDATA[") : len(raw)-len("]]>")]
		b.Write(body)
		for i := range body {
			n.rawOff = append(n.rawOff, int32(rel+len("<![CDATA[")+i))
		}
	} else {
		decodeEntities(&b, &n.rawOff, raw, rel)
	}
	n.rawOff = append(n.rawOff, int32(rel+len(raw)))
	n.text = b.String()
}

// isCDATA reports whether raw character data is a CDATA section.
func isCDATA(raw []byte) bool { return bytes.HasPrefix(raw, []byte("<![CDATA[")) }

// identityOffsets maps n bytes to themselves, with the end sentinel.
func identityOffsets(n int) []int32 {
	off := make([]int32, n+1)
	for i := range off {
		off[i] = int32(i)
	}
	return off
}

// decodeEntities writes the decoded raw to b and the raw offset (plus rel)
// of each decoded byte to off. An unknown entity is kept as written; the
// XML decoder has already rejected malformed ones.
func decodeEntities(b *strings.Builder, off *[]int32, raw []byte, rel int) {
	for i := 0; i < len(raw); {
		if raw[i] == '&' {
			if end := bytes.IndexByte(raw[i:], ';'); end > 0 {
				if s, ok := entity(string(raw[i+1 : i+end])); ok {
					b.WriteString(s)
					for range len(s) {
						*off = append(*off, int32(rel+i))
					}
					i += end + 1
					continue
				}
			}
		}
		b.WriteByte(raw[i])
		*off = append(*off, int32(rel+i))
		i++
	}
}

// entity decodes the name between & and ;.
func entity(name string) (string, bool) {
	switch name {
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "amp":
		return "&", true
	case "quot":
		return `"`, true
	case "apos":
		return "'", true
	}
	if !strings.HasPrefix(name, "#") {
		return "", false
	}
	digits, base := name[1:], 10
	if strings.HasPrefix(digits, "x") || strings.HasPrefix(digits, "X") {
		digits, base = digits[1:], 16
	}
	n, err := strconv.ParseUint(digits, base, 32)
	if err != nil || !utf8.ValidRune(rune(n)) {
		return "", false
	}
	return string(rune(n)), true
}
