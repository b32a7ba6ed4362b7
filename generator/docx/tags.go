package docx

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// tpos is a position in a paragraph's text: byte off of the text of atom.
type tpos struct{ atom, off int }

// tagSpan is a tag found in a paragraph's text, which may cross runs.
type tagSpan struct {
	from, to   tpos   // from is at the first “{”; to is just past the last “}”
	jFrom, jTo int    // the same in the paragraph's joined text
	text       string // “{{…}}” as typed (entities decoded)
	inner      string // the action between the delimiters
}

// spanErr is a “{{” that does not make a tag.
type spanErr struct {
	from tpos
	text string // the start of the would-be tag, for the message
	msg  string
}

// barrierMark stands for a barrier atom in a paragraph's joined text; XML
// text can never contain it.
const barrierMark = "\x00"

// findTags returns the tags of a paragraph whose pieces are atoms. Inside a
// tag, quoted strings (also with the smart quotes autocorrect types), raw
// strings, character constants and comments may contain “}}”. A “{{”
// without “}}” before the end of the paragraph, or a tag spanning a
// barrier (tab, image, field character…), is an error; a lone “}}” is text.
func findTags(atoms []atom) ([]tagSpan, []spanErr) {
	text, starts := joinAtoms(atoms)
	return findTagsIn(text, starts)
}

// findTagsIn is findTags over the joined text of the atoms.
func findTagsIn(text string, starts []int) ([]tagSpan, []spanErr) {
	var tags []tagSpan
	var errs []spanErr
	for i := 0; ; {
		j := strings.Index(text[i:], "{{")
		if j < 0 {
			return tags, errs
		}
		open := i + j
		end, ok := actionEnd(text, open+2)
		if !ok {
			errs = append(errs, spanErr{from: locate(starts, open), text: excerpt(text[open:]),
				msg: "标签没有闭合：缺少 }}（标签必须写在同一段落内）"})
			return tags, errs
		}
		raw := text[open : end+2]
		if strings.Contains(raw, barrierMark) {
			errs = append(errs, spanErr{from: locate(starts, open), text: excerpt(raw),
				msg: "标签中间夹有制表符、换行、图片或域等对象，请重新输入整个标签"})
		} else {
			to := locate(starts, end+1)
			to.off++
			tags = append(tags, tagSpan{from: locate(starts, open), to: to, jFrom: open, jTo: end + 2,
				text: raw, inner: raw[2 : len(raw)-2]})
		}
		i = end + 2
	}
}

// joinAtoms concatenates the atoms' text, a barrier counting as one
// barrierMark, and returns where each atom starts.
func joinAtoms(atoms []atom) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(atoms))
	for i, a := range atoms {
		starts[i] = b.Len()
		if a.barrier {
			b.WriteString(barrierMark)
		} else {
			b.WriteString(a.text)
		}
	}
	return b.String(), starts
}

// locate maps an offset of the joined text to the atom holding that byte:
// the last atom starting at or before it, which skips empty atoms sharing
// its start.
func locate(starts []int, off int) tpos {
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
	return tpos{atom: i, off: off - starts[i]}
}

// excerpt returns the start of s for messages: up to the first barrier,
// at most 30 characters.
func excerpt(s string) string {
	if i := strings.Index(s, barrierMark); i >= 0 {
		s = s[:i]
	}
	if utf8.RuneCountInString(s) > 30 {
		s = string([]rune(s)[:30]) + "…"
	}
	return s
}

// actionEnd returns the offset of the “}}” closing the action that starts
// at k. Quoted text may hold “}}”; when a quote is never closed, the first
// “}}” ends the action so that text/template reports the open quote.
func actionEnd(s string, k int) (int, bool) {
	for k < len(s) {
		if strings.HasPrefix(s[k:], "}}") {
			return k, true
		}
		next, ok := skipQuoted(s, k)
		if !ok {
			j := strings.Index(s[k:], "}}")
			return k + j, j >= 0
		}
		k = next
	}
	return 0, false
}

// skipQuoted returns the offset after the token at k: a whole string,
// raw string, character constant or comment, else one rune. ok is false
// when the quoted token is not closed.
func skipQuoted(s string, k int) (int, bool) {
	if strings.HasPrefix(s[k:], "/*") {
		j := strings.Index(s[k+2:], "*/")
		return k + 2 + j + 2, j >= 0
	}
	r, size := utf8.DecodeRuneInString(s[k:])
	switch {
	case isDoubleQuote(r):
		return skipUntil(s, k+size, isDoubleQuote, true)
	case r == '`' || r == '｀':
		return skipUntil(s, k+size, func(r rune) bool { return r == '`' || r == '｀' }, false)
	case r == '\'':
		return skipUntil(s, k+size, func(r rune) bool { return r == '\'' }, true)
	}
	return k + size, true
}

// isDoubleQuote reports the quotes NormalizeAction turns into `"`.
func isDoubleQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '＂', '‘', '’':
		return true
	}
	return false
}

// skipUntil returns the offset after the first rune at or after k that
// closes a quoted token; escapes allows backslash escapes.
func skipUntil(s string, k int, closes func(rune) bool, escapes bool) (int, bool) {
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		switch {
		case escapes && r == '\\' && k+size < len(s):
			_, esc := utf8.DecodeRuneInString(s[k+size:])
			k += size + esc
			continue
		case closes(r):
			return k + size, true
		case s[k] == barrierMark[0]:
			return 0, false
		}
		k += size
	}
	return 0, false
}
