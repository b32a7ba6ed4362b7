package yamlsrc

import (
	"strings"
	"unicode/utf8"
)

// lineKind says what a source line holds, as far as diagnostics need.
type lineKind int

const (
	blankLine   lineKind = iota // empty or spaces only
	commentLine                 // only a comment
	blockText                   // content of a | or > block scalar
	contentLine                 // anything else
)

// srcLine is one line of a YAML source as the diagnostics see it: its
// indentation, whether it is text inside a block scalar, its content without
// the comment, and the flow brackets and quote still open at its end.
type srcLine struct {
	no      int // 1-based
	text    string
	indent  int // leading spaces
	tab     int // 1-based column of a tab in the leading whitespace, 0 if none
	kind    lineKind
	content string    // after the indentation, comment removed, trimmed
	open    []bracket // flow brackets still open at the end of the line
	quote   *bracket  // a quoted scalar still open at the end of the line
	bad     *bracket  // a closing bracket that does not match, with its opener
	stray   int       // 1-based column of a closing bracket that closes nothing
}

// bracket is an opening “[”, “{” or quote at line:col (col counts runes).
type bracket struct {
	ch        rune
	line, col int
	closer    rune // for bad: the closing bracket found
}

// scanLines splits src into lines and follows block scalars, flow brackets,
// quotes and comments. It is a diagnostic approximation of YAML, tolerant of
// anything: it never fails.
func scanLines(src []byte) []srcLine {
	raw := strings.Split(string(src), "\n")
	s := &lineScanner{blockParent: -1}
	out := make([]srcLine, len(raw))
	for i, text := range raw {
		out[i] = s.line(i+1, strings.TrimRight(text, "\r"))
	}
	return out
}

type lineScanner struct {
	blockParent int // block scalar content is indented more than this; -1 = none
	blockIndent int // the indentation of the block scalar's first line; -1 = not yet known
	flow        []bracket
	quote       *bracket
	closed      bool // a flow collection was closed on the current line
	// onItem, when set, is called at the start of every item of a block or
	// flow sequence (line, 1-based column in runes).
	onItem     func(line, col int)
	expectItem bool // inside “[”: the next token starts an item
}

func (s *lineScanner) line(no int, text string) srcLine {
	l := srcLine{no: no, text: text}
	l.indent, l.tab = indentOf(text)
	trimmed := strings.TrimSpace(text)
	switch {
	case s.inBlock(trimmed, l.indent):
		l.kind = blockText
		return l
	case trimmed == "" && s.quote == nil:
		l.kind = blankLine
	case strings.HasPrefix(trimmed, "#") && s.quote == nil:
		l.kind = commentLine
	default:
		s.blockParent = -1
		l.kind = contentLine
		s.blockItems(l.no, l.indent, trimmed)
		l.content = s.scan(&l)
	}
	l.open = append([]bracket(nil), s.flow...)
	l.quote = s.quote
	return l
}

// inBlock reports whether a line of indentation indent (and trimmed text)
// is content of the block scalar being read: blank, or indented like its
// first line.
func (s *lineScanner) inBlock(trimmed string, indent int) bool {
	switch {
	case s.blockParent < 0:
		return false
	case trimmed == "":
		return true
	case s.blockIndent < 0 && indent > s.blockParent:
		s.blockIndent = indent
		return true
	}
	return s.blockIndent >= 0 && indent >= s.blockIndent
}

// indentOf counts the leading spaces of text and finds a tab among the
// leading whitespace.
func indentOf(text string) (spaces, tab int) {
	for i, r := range text {
		switch r {
		case ' ':
			spaces++
		case '\t':
			if tab == 0 {
				tab = utf8.RuneCountInString(text[:i]) + 1
			}
		default:
			return spaces, tab
		}
	}
	return spaces, tab
}

// scan follows quotes, brackets and comments through the content of l and
// returns the content without its comment.
func (s *lineScanner) scan(l *srcLine) string {
	runes := []rune(l.text)
	start := 0
	for start < len(runes) && (runes[start] == ' ' || runes[start] == '\t') {
		start++
	}
	end := len(runes)
	s.closed = false
	for i := start; i < len(runes); i++ {
		r := runes[i]
		if s.quote != nil {
			i = s.inQuote(runes, i)
			continue
		}
		if r == '#' && (i == start || runes[i-1] == ' ' || runes[i-1] == '\t') {
			end = i
			break
		}
		s.token(l, runes, start, i)
	}
	content := strings.TrimSpace(string(runes[start:end]))
	if s.quote == nil && len(s.flow) == 0 && isBlockIndicator(content) {
		s.blockParent, s.blockIndent = blockParent(l.indent, content), -1
	}
	return content
}

// inQuote advances through a quoted scalar from runes[i]; it returns the
// index of the last rune consumed.
func (s *lineScanner) inQuote(runes []rune, i int) int {
	r := runes[i]
	switch {
	case s.quote.ch == '"' && r == '\\':
		return i + 1
	case s.quote.ch == '\'' && r == '\'' && i+1 < len(runes) && runes[i+1] == '\'':
		return i + 1
	case r == s.quote.ch:
		s.quote = nil
	}
	return i
}

// token handles runes[i] outside quotes: an opening quote or bracket where a
// token starts, or any flow indicator inside a flow collection.
func (s *lineScanner) token(l *srcLine, runes []rune, start, i int) {
	r := runes[i]
	s.flowItem(l.no, r, i+1)
	depth := len(s.flow)
	defer func() { s.expectFlowItem(r, len(s.flow) > depth) }()
	atStart := tokenStart(runes, start, i) || len(s.flow) > 0 && flowTokenStart(runes, start, i)
	switch {
	case (r == '"' || r == '\'') && atStart:
		s.quote = &bracket{ch: r, line: l.no, col: i + 1}
	case (r == '[' || r == '{') && (atStart || len(s.flow) > 0):
		s.flow = append(s.flow, bracket{ch: r, line: l.no, col: i + 1})
	case (r == ']' || r == '}') && len(s.flow) > 0:
		top := s.flow[len(s.flow)-1]
		if (r == ']') != (top.ch == '[') && l.bad == nil {
			bad := top
			bad.closer = r
			l.bad = &bad
		}
		s.flow = s.flow[:len(s.flow)-1]
		s.closed = true
	case (r == ']' || r == '}') && s.closed && l.stray == 0:
		l.stray = i + 1
	}
}

// tokenStart reports whether a value may start at runes[i] in block context:
// at the start of the content, or after “: ”, “- ” or “? ”.
func tokenStart(runes []rune, start, i int) bool {
	j := i - 1
	for j >= start && runes[j] == ' ' {
		j--
	}
	if j < start {
		return true
	}
	return j < i-1 && (runes[j] == ':' || runes[j] == '-' || runes[j] == '?')
}

// flowTokenStart reports whether a value may start at runes[i] inside a
// flow collection: after “[”, “{”, “,” or “:”.
func flowTokenStart(runes []rune, start, i int) bool {
	j := i - 1
	for j >= start && runes[j] == ' ' {
		j--
	}
	return j < start || strings.ContainsRune("[{,:", runes[j])
}

// isBlockIndicator reports whether content ends with a block scalar header
// (“|”, “|-”, “>+”, “|2” …) as its value.
func isBlockIndicator(content string) bool {
	i := strings.LastIndexAny(content, "|>")
	if i < 0 {
		return false
	}
	for _, r := range content[i+1:] {
		if r != '-' && r != '+' && (r < '1' || r > '9') {
			return false
		}
	}
	before := strings.TrimRight(content[:i], " ")
	return before == "" || strings.HasSuffix(before, ":") || before == "-" || strings.HasSuffix(before, " -")
}

// blockParent is the indentation that the content of a block scalar
// started on a line must exceed: the column of its key, or of the “- ” when
// the scalar is the item itself.
func blockParent(indent int, content string) int {
	w := dashWidth(content)
	if w > 0 && strings.IndexAny(content[w:], "|>") == 0 {
		return indent + w - 2
	}
	return indent + w
}

// dashWidth is how far the content of a line starting with “- ” items is
// indented relative to the line: 2 for “- key: |”.
func dashWidth(content string) int {
	w := 0
	for strings.HasPrefix(content[w:], "- ") {
		w += 2
		for w < len(content) && content[w] == ' ' {
			w++
		}
	}
	return w
}
