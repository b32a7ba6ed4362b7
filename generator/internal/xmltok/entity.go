package xmltok

import "unicode/utf8"

// predefined maps the five entities XML predefines to their characters.
var predefined = map[string]byte{"lt": '<', "gt": '>', "amp": '&', "apos": '\'', "quot": '"'}

// entity appends the character of the entity reference that starts s
// ("&amp;", "&#65;", "&#x41;") to t.buf and returns its length. It
// declines any other entity, a reference without its semicolon, and a
// numeric one to a character XML forbids, surrogates included (which
// encoding/xml would turn into U+FFFD).
func (t *Tokenizer) entity(s []byte) (int, bool) {
	if len(s) > 1 && s[1] == '#' {
		return t.charRef(s)
	}
	end := 1
	for end < len(s) && end < 6 && s[end] != ';' {
		end++
	}
	if end == len(s) || s[end] != ';' {
		return 0, false
	}
	c, ok := predefined[string(s[1:end])]
	if !ok {
		return 0, false
	}
	t.buf = append(t.buf, c)
	return end + 1, true
}

// charRef decodes a numeric character reference, "&#65;" or "&#x41;"
// (encoding/xml reads "&#X41;" as an error).
func (t *Tokenizer) charRef(s []byte) (int, bool) {
	i, base := 2, rune(10)
	if i < len(s) && s[i] == 'x' {
		i, base = 3, 16
	}
	start := i
	var r rune
	for ; i < len(s); i++ {
		d := digit(s[i], base)
		if d < 0 {
			break
		}
		if r = r*base + d; r > utf8.MaxRune {
			return 0, false
		}
	}
	if i == start || i == len(s) || s[i] != ';' || !allowed(r) {
		return 0, false
	}
	t.buf = utf8.AppendRune(t.buf, r)
	return i + 1, true
}

// digit returns the value of the digit c in base 10 or 16, or -1.
func digit(c byte, base rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case base == 16 && 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case base == 16 && 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}
