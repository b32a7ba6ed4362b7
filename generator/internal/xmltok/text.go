package xmltok

import (
	"bytes"
	"unicode/utf8"
)

// charData reads the character data at t.pos, up to the next '<' or the
// end of the document. It declines "]]>", which encoding/xml rejects
// outside CDATA sections.
func (t *Tokenizer) charData() bool {
	end := len(t.src)
	if n := bytes.IndexByte(t.src[t.pos:], '<'); n >= 0 {
		end = t.pos + n
	}
	raw := t.src[t.pos:end]
	if bytes.Contains(raw, []byte("]]>")) {
		return false
	}
	data, ok := t.decode(raw)
	if !ok {
		return false
	}
	t.tok.Data = data
	return t.done(CharData, end)
}

// decode returns raw character data or attribute value decoded as
// encoding/xml decodes it: entities replaced, "\r\n" and "\r" turned into
// "\n". It returns raw itself when nothing changes, else bytes appended
// to t.buf. It declines invalid UTF-8, characters XML forbids and
// entities other than the predefined and numeric ones.
func (t *Tokenizer) decode(raw []byte) ([]byte, bool) {
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&' || c == '\r':
			return t.decodeFrom(raw, i)
		case c >= 0x20 && c < 0x80 || c == '\t' || c == '\n':
			i++
		default:
			n, ok := validRune(raw[i:])
			if !ok {
				return nil, false
			}
			i += n
		}
	}
	return raw, true
}

// decodeFrom decodes raw into t.buf, copying raw[:from] as it is.
func (t *Tokenizer) decodeFrom(raw []byte, from int) ([]byte, bool) {
	start := len(t.buf)
	t.buf = append(t.buf, raw[:from]...)
	afterCR := false
	for i := from; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&':
			n, ok := t.entity(raw[i:])
			if !ok {
				return nil, false
			}
			i += n
			afterCR = false
			continue
		case c == '\r':
			t.buf = append(t.buf, '\n')
		case c == '\n' && afterCR:
		case c >= 0x20 && c < 0x80 || c == '\t' || c == '\n':
			t.buf = append(t.buf, c)
		default:
			n, ok := validRune(raw[i:])
			if !ok {
				return nil, false
			}
			t.buf = append(t.buf, raw[i:i+n]...)
			i += n
			afterCR = false
			continue
		}
		afterCR = c == '\r'
		i++
	}
	return t.buf[start:len(t.buf):len(t.buf)], true
}

// validRune returns the length of the UTF-8 encoded character that starts
// s, which must be one XML allows.
func validRune(s []byte) (int, bool) {
	if len(s) >= 3 && s[0] >= 0xE1 && s[0] <= 0xEE && s[0] != 0xED && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return 3, true // U+1000–U+CFFF and U+E000–U+EFFF, Chinese among them: all allowed
	}
	r, n := utf8.DecodeRune(s)
	if r == utf8.RuneError && n == 1 {
		return 0, false
	}
	return n, allowed(r)
}

// allowed reports whether XML allows the character r (the Char production,
// as encoding/xml's isInCharacterRange).
func allowed(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
