package diag

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Printer writes diagnostics for people: each one on its own line and, when
// the source text of its file is known, the offending line with a caret
// under the column, in the manner of go-task's snippets.
type Printer struct {
	// Sources maps a file name, as it appears in Pos.File, to its content.
	Sources map[string][]byte
}

// Print writes every diagnostic of l to w. The lines of each source are
// indexed once per call, so printing is linear in the sources and the
// diagnostics, however many there are.
func (p Printer) Print(w io.Writer, l List) {
	index := map[string]lineIndex{}
	for _, d := range l {
		fmt.Fprintln(w, d.String())
		p.snippet(w, d.Pos, index)
	}
}

// lineIndex holds the offset where each line of a source starts.
type lineIndex []int

// indexLines returns the line starts of src.
func indexLines(src []byte) lineIndex {
	starts := lineIndex{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// line returns line n (1-based) of src without its line break, and
// whether src has it.
func (x lineIndex) line(src []byte, n int) (string, bool) {
	if n < 1 || n > len(x) {
		return "", false
	}
	end := len(src)
	if n < len(x) {
		end = x[n] - 1
	}
	return string(src[x[n-1]:end]), true
}

// snippet prints the source line of pos with a caret under its column.
func (p Printer) snippet(w io.Writer, pos Pos, index map[string]lineIndex) {
	src, ok := p.Sources[pos.File]
	if !ok || pos.Line <= 0 {
		return
	}
	x, ok := index[pos.File]
	if !ok {
		x = indexLines(src)
		index[pos.File] = x
	}
	line, ok := x.line(src, pos.Line)
	if !ok {
		return
	}
	line = strings.TrimRight(line, "\r")
	fmt.Fprintf(w, "  %4d | %s\n", pos.Line, line)
	if pos.Col > 0 {
		fmt.Fprintf(w, "       | %s^\n", strings.Repeat(" ", displayWidth(prefixRunes(line, pos.Col-1))))
	}
}

// prefixRunes returns the first n runes of s (YAML columns count runes).
func prefixRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// displayWidth counts terminal columns: CJK and other wide runes take two.
func displayWidth(s string) int {
	w := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		w += RuneWidth(r)
	}
	return w
}

// RuneWidth is the number of terminal columns r occupies (2 for East Asian
// wide and full-width characters, 1 otherwise).
func RuneWidth(r rune) int {
	switch {
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF,
		r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60,
		r >= 0xFFE0 && r <= 0xFFE6, r >= 0x20000 && r <= 0x3FFFD:
		return 2
	}
	return 1
}

// Width is the number of terminal columns s occupies.
func Width(s string) int { return displayWidth(s) }
