package xlsx

import "bytes"

// nextSI finds the first shared string item in b at or after from: an
// element <si …>…</si>, with any namespace prefix on either tag, from its
// start tag to the first end tag after it. It returns the item's bounds
// and the start tag's prefix ("x:" or ""). It matches what the regular
// expression (?s)<((?:\w+:)?)si\b[^>]*>.*?</(?:\w+:)?si> matches.
func nextSI(b []byte, from int) (start, end int, prefix string, ok bool) {
	for i := from; i < len(b); {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return 0, 0, "", false
		}
		start = i + j
		p, after, isSI := siStart(b, start+1)
		if !isSI {
			i = start + 1
			continue
		}
		gt := bytes.IndexByte(b[after:], '>')
		if gt < 0 {
			return 0, 0, "", false
		}
		end = siEnd(b, after+gt+1)
		if end < 0 {
			return 0, 0, "", false
		}
		return start, end, p, true
	}
	return 0, 0, "", false
}

// siStart reports whether b at i (just after a '<') names an si element,
// "si" or "prefix:si" followed by a word boundary; it returns the prefix
// and where the name ends.
func siStart(b []byte, i int) (prefix string, after int, ok bool) {
	if n := prefixLen(b, i); n > 0 && isSIName(b, i+n) {
		return string(b[i : i+n]), i + n + 2, true
	}
	if isSIName(b, i) {
		return "", i + 2, true
	}
	return "", 0, false
}

// isSIName reports whether b at i is "si" ending at a word boundary.
func isSIName(b []byte, i int) bool {
	return bytes.HasPrefix(b[i:], []byte("si")) && (i+2 == len(b) || !isWordByte(b[i+2]))
}

// siEnd returns where the first end tag </si> (with any prefix) at or
// after from ends, or -1.
func siEnd(b []byte, from int) int {
	for i := from; i < len(b); {
		j := bytes.Index(b[i:], []byte("</"))
		if j < 0 {
			return -1
		}
		at := i + j + 2
		if n := prefixLen(b, at); n > 0 && bytes.HasPrefix(b[at+n:], []byte("si>")) {
			return at + n + 3
		}
		if bytes.HasPrefix(b[at:], []byte("si>")) {
			return at + 3
		}
		i = i + j + 1
	}
	return -1
}

// prefixLen returns the length of a namespace prefix ("x:", one or more
// word characters and a colon) at b[i:], or 0.
func prefixLen(b []byte, i int) int {
	n := 0
	for i+n < len(b) && isWordByte(b[i+n]) {
		n++
	}
	if n == 0 || i+n >= len(b) || b[i+n] != ':' {
		return 0
	}
	return n + 1
}

// isWordByte reports whether c is a word character as regular expressions
// have it (\w: ASCII letters, digits and underscore).
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
