package xmltok

import "bytes"

// scanName returns the offset after the XML name at i. It accepts only
// ASCII names that start with a letter or an underscore, and declines a
// name followed by a non-ASCII byte, which encoding/xml would read as
// part of the name.
func (t *Tokenizer) scanName(i int) (int, bool) {
	if i >= len(t.src) || !isNameStart(t.src[i]) {
		return 0, false
	}
	for i < len(t.src) && isNameByte(t.src[i]) {
		i++
	}
	return i, i == len(t.src) || t.src[i] < 0x80
}

// qname reads an element or attribute name at i, prefix:local or local.
// It declines names with more than one colon or an empty prefix or local
// part, which encoding/xml rejects or reads as a local name.
func (t *Tokenizer) qname(i int) (Name, int, bool) {
	end, ok := t.scanName(i)
	if !ok {
		return Name{}, 0, false
	}
	raw := t.src[i:end]
	colon := bytes.IndexByte(raw, ':')
	switch {
	case colon < 0:
		return Name{Local: t.intern(raw)}, end, true
	case colon == len(raw)-1 || bytes.IndexByte(raw[colon+1:], ':') >= 0:
		return Name{}, 0, false
	}
	return Name{Prefix: t.intern(raw[:colon]), Local: t.intern(raw[colon+1:])}, end, true
}

// is reports whether raw, a name as written, is n.
func (n Name) is(raw []byte) bool {
	if n.Prefix == "" {
		return string(raw) == n.Local
	}
	p := len(n.Prefix)
	return len(raw) == p+1+len(n.Local) && raw[p] == ':' && string(raw[:p]) == n.Prefix && string(raw[p+1:]) == n.Local
}

// intern returns b as a string, the same string for the same bytes: from
// a small cache indexed by a cheap hash, else from a map.
func (t *Tokenizer) intern(b []byte) string {
	slot := &t.recent[(len(b)*31+int(b[0])*7+int(b[len(b)-1]))%len(t.recent)]
	if *slot == string(b) {
		return *slot
	}
	s, ok := t.names[string(b)]
	if !ok {
		s = string(b)
		t.names[s] = s
	}
	*slot = s
	return s
}

// isNameStart reports whether c may start a name (a colon may too in XML,
// but the tokenizer declines names that start with one).
func isNameStart(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_'
}

// isNameByte reports whether c may be part of a name.
func isNameByte(c byte) bool {
	return isNameStart(c) || '0' <= c && c <= '9' || c == ':' || c == '.' || c == '-'
}
