package yamledit

import (
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// rendered is the new text of a scalar: its head (where the old head was)
// and its body (content lines of a block scalar, each after a line ending).
type rendered struct{ head, body string }

// render writes value as a scalar. Text with line breaks becomes a literal
// block (“|-”) whose lines are indented by indent; otherwise the old quoting
// style is kept when it can hold the value, and plain text is preferred.
// An empty value renders as nothing (a null).
func (s *source) render(value string, old yaml.Style, inFlow bool, indent int) rendered {
	switch {
	case value == "":
		return rendered{}
	case strings.Contains(value, "\n") && !inFlow:
		if r, ok := s.literal(value, indent); ok {
			return r
		}
	case old&yaml.DoubleQuotedStyle != 0:
	case old&yaml.SingleQuotedStyle != 0 && printable(value) && !strings.Contains(value, "\n"):
		return rendered{head: "'" + strings.ReplaceAll(value, "'", "''") + "'"}
	case plainSafe(value, inFlow):
		return rendered{head: value}
	}
	return rendered{head: quote(value)}
}

// quote writes value in double quotes, escaping only what YAML requires:
// quotes, backslashes, line breaks and other control characters.
func quote(value string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range value {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case !graphic(r):
			e := strconv.QuoteRuneToASCII(r) // '\r', '\x01', '\u2028': YAML escapes too
			b.WriteString(e[1 : len(e)-1])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// graphic reports whether r prints as itself in a YAML double-quoted scalar.
func graphic(r rune) bool {
	return unicode.IsGraphic(r) && r != '\u2028' && r != '\u2029' && r != '\uFEFF'
}

// literal writes value as a literal block scalar, or reports that it cannot
// (a first line starting with white space, control characters).
func (s *source) literal(value string, indent int) (rendered, bool) {
	if !printable(strings.ReplaceAll(value, "\n", "")) || strings.HasPrefix(value, " ") ||
		strings.HasPrefix(value, "\t") || strings.HasPrefix(value, "\n") {
		return rendered{}, false
	}
	content := strings.TrimRight(value, "\n")
	chomp := "-"
	switch trailing := len(value) - len(content); {
	case trailing == 1:
		chomp = ""
	case trailing > 1:
		chomp, content = "+", value[:len(value)-1]
	}
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	for _, line := range strings.Split(content, "\n") {
		b.WriteString(s.nl)
		if line != "" {
			b.WriteString(pad + line)
		}
	}
	return rendered{head: "|" + chomp, body: b.String()}, true
}

// printable reports whether text has no control characters other than tabs.
func printable(text string) bool {
	return strings.IndexFunc(text, func(r rune) bool { return r != '\t' && !graphic(r) }) < 0
}

// plainSafe reports whether value reads back as itself when written without
// quotes, as a string or a number (never null, a boolean or anything else).
func plainSafe(value string, inFlow bool) bool {
	if strings.TrimSpace(value) != value || !printable(value) || strings.ContainsAny(value, "\t\n") {
		return false
	}
	text := "k: " + value
	if inFlow {
		text = "[" + value + "]"
	}
	var doc yaml.Node
	if yaml.Unmarshal([]byte(text), &doc) != nil || len(doc.Content) != 1 {
		return false
	}
	c := doc.Content[0].Content
	if len(c) == 0 {
		return false
	}
	n := c[len(c)-1]
	return len(c) <= 2 && n.Kind == yaml.ScalarNode && n.Style == 0 && n.Value == value &&
		(n.Tag == "!!str" || n.Tag == "!!int" || n.Tag == "!!float" || n.Tag == "!!timestamp")
}

// renderKey writes a mapping key, quoted only when it must be.
func renderKey(key string) string {
	if plainSafe(key, false) && !strings.Contains(key, ":") {
		return key
	}
	return quote(key)
}
