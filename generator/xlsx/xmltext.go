package xlsx

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Character data and attribute values as encoding/xml reads them: which
// it refuses, and what it makes of the others.

// validText reports whether raw character data (or an attribute value)
// reads without error: entities known, no “]]>”, every character an XML
// character.
func validText(raw []byte) bool {
	if bytes.Contains(raw, []byte("]]>")) {
		return false
	}
	for i := 0; i < len(raw); {
		if raw[i] != '&' {
			r, size := utf8.DecodeRune(raw[i:])
			if !xmlChar(r, size) {
				return false
			}
			i += size
			continue
		}
		r, n := entityAt(raw, i)
		if n == 0 || !xmlChar(r, 2) {
			return false
		}
		i += n
	}
	return true
}

// validChars reports whether b holds only XML characters (comments, CDATA
// and instructions, where “&” is no entity).
func validChars(b []byte) bool {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if !xmlChar(r, size) {
			return false
		}
		i += size
	}
	return true
}

// xmlChar reports whether r (decoded from size bytes) is an XML character.
func xmlChar(r rune, size int) bool {
	if r == utf8.RuneError && size == 1 {
		return false
	}
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// entityAt reads the entity reference at raw[i] == '&': the character it
// stands for and its length, or 0 when encoding/xml refuses it.
func entityAt(raw []byte, i int) (rune, int) {
	semi := bytes.IndexByte(raw[i:], ';')
	if semi < 0 {
		return 0, 0
	}
	body := string(raw[i+1 : i+semi])
	switch body {
	case "lt":
		return '<', semi + 1
	case "gt":
		return '>', semi + 1
	case "amp":
		return '&', semi + 1
	case "apos":
		return '\'', semi + 1
	case "quot":
		return '"', semi + 1
	}
	if !strings.HasPrefix(body, "#") {
		return 0, 0
	}
	digits, base := body[1:], 10
	if strings.HasPrefix(digits, "x") {
		digits, base = digits[1:], 16
	}
	if digits == "" || strings.ContainsAny(digits, "+-_") {
		return 0, 0
	}
	n, err := strconv.ParseUint(digits, base, 64)
	if err != nil || n > unicode.MaxRune {
		return 0, 0
	}
	return rune(n), semi + 1
}

// decodeText returns character data or an attribute value as encoding/xml
// reads it from a part checkXML accepted: entities resolved, “\r\n” and
// “\r” read as “\n”.
func decodeText(raw []byte) string {
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
		return string(raw)
	}
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); i++ {
		switch {
		case raw[i] == '&':
			if r, n := entityAt(raw, i); n > 0 {
				b.WriteRune(r)
				i += n - 1
				continue
			}
			b.WriteByte('&')
		case raw[i] == '\r':
			b.WriteByte('\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		default:
			b.WriteByte(raw[i])
		}
	}
	return b.String()
}
