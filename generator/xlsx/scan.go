package xlsx

import "strings"

// action is one {{…}} tag found in a cell's text: its byte span in the text
// and its keyword ("range", "if", "with", "else", "end", "define", "block",
// "break", "continue", or "" for a plain value action).
type action struct {
	start, end int    // text[start:end] is the whole tag, braces included
	inner      string // the text between the braces, trim markers removed
	keyword    string
}

// blockOpeners are the keywords whose action needs a matching {{end}}.
var blockOpeners = map[string]bool{"range": true, "if": true, "with": true, "define": true, "block": true}

// scanActions finds every {{…}} tag of text. Quoted strings, raw strings,
// character constants and comments inside a tag may contain "}}". A tag left
// open runs to the end of the text; text/template reports it when parsing.
func scanActions(text string) []action {
	var out []action
	for i := 0; ; {
		j := strings.Index(text[i:], "{{")
		if j < 0 {
			return out
		}
		start := i + j
		end := actionEnd(text, start+2)
		body := text[start+2:]
		if end-2 >= start+2 && strings.HasSuffix(text[:end], "}}") {
			body = text[start+2 : end-2]
		}
		inner := trimMarkers(body)
		out = append(out, action{start: start, end: end, inner: inner, keyword: keywordOf(inner)})
		i = end
	}
}

// actionEnd returns the offset just past the "}}" closing the tag whose body
// starts at i, or len(text) when the tag is not closed.
func actionEnd(text string, i int) int {
	for i < len(text) {
		switch {
		case strings.HasPrefix(text[i:], "}}"):
			return i + 2
		case strings.HasPrefix(text[i:], "/*"):
			i = skipTo(text, i+2, "*/")
		case text[i] == '"':
			i = skipQuoted(text, i+1, '"')
		case text[i] == '\'':
			i = skipQuoted(text, i+1, '\'')
		case text[i] == '`':
			i = skipTo(text, i+1, "`")
		default:
			i++
		}
	}
	return len(text)
}

func skipTo(text string, i int, stop string) int {
	if k := strings.Index(text[i:], stop); k >= 0 {
		return i + k + len(stop)
	}
	return len(text)
}

// skipQuoted skips an interpreted string or character constant whose opening
// quote is just before i, honouring backslash escapes.
func skipQuoted(text string, i int, quote byte) int {
	for i < len(text) {
		switch text[i] {
		case '\\':
			i += 2
		case quote:
			return i + 1
		default:
			i++
		}
	}
	return len(text)
}

// trimMarkers removes the "- " and " -" whitespace-trim markers of a tag.
func trimMarkers(inner string) string {
	if strings.HasPrefix(inner, "- ") || strings.HasPrefix(inner, "-\t") {
		inner = inner[2:]
	}
	if strings.HasSuffix(inner, " -") || strings.HasSuffix(inner, "\t-") {
		inner = inner[:len(inner)-2]
	}
	return strings.TrimSpace(inner)
}

// keywordOf returns the control keyword an action starts with, or "".
func keywordOf(inner string) string {
	word := inner
	if i := strings.IndexAny(inner, " \t\r\n("); i >= 0 {
		word = inner[:i]
	}
	switch word {
	case "range", "if", "with", "else", "end", "define", "block", "break", "continue", "template":
		return word
	}
	return ""
}

// balance walks the actions of one cell and returns the final block depth
// and the lowest depth reached (negative when an {{end}} closes a block
// opened outside the actions).
func balance(acts []action) (depth, lowest int) {
	for _, a := range acts {
		switch {
		case blockOpeners[a.keyword]:
			depth++
		case a.keyword == "end":
			depth--
			lowest = min(lowest, depth)
		}
	}
	return depth, lowest
}

// balanced reports whether acts open and close their blocks among
// themselves.
func balanced(acts []action) bool {
	d, low := balance(acts)
	return d == 0 && low == 0
}

// topLevel returns the keywords of acts that stand outside every block
// opened within acts (else, break and continue there belong to a block the
// cell does not hold).
func topLevel(acts []action) []action {
	var out []action
	depth := 0
	for _, a := range acts {
		switch {
		case blockOpeners[a.keyword]:
			depth++
		case a.keyword == "end":
			depth--
		case depth == 0 && (a.keyword == "else" || a.keyword == "break" || a.keyword == "continue"):
			out = append(out, a)
		}
	}
	return out
}
