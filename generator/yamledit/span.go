package yamledit

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// span is the byte range [start, end) of the source.
type span struct{ start, end int }

// maxFoldLines bounds the search for the end of a multi-line plain scalar.
const maxFoldLines = 10000

// scalarParts returns the head of scalar n (its text for a flow scalar, the
// indicator for a block scalar) and its body (the content lines of a block
// scalar, starting at the line ending after the indicator; for other scalars
// an empty span at the end of the line where the head ends).
func (s *source) scalarParts(n *yaml.Node, inFlow bool) (head, body span, err error) {
	if n.Anchor != "" || n.Style&yaml.TaggedStyle != 0 {
		return head, body, errorf("值带有锚点或类型标记（&、!），请在文本编辑器中修改")
	}
	start := s.offset(n.Line, n.Column)
	switch {
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return s.blockParts(start, n.Value)
	case n.Style&yaml.DoubleQuotedStyle != 0:
		head, err = s.quotedEnd(start, '"')
	case n.Style&yaml.SingleQuotedStyle != 0:
		head, err = s.quotedEnd(start, '\'')
	case n.Tag == "!!null" && n.Value == "":
		head = span{start, start}
	default:
		head, err = s.plainEnd(start, n.Value, inFlow)
	}
	e := s.lineEnd(head.end)
	return head, span{e, e}, err
}

// quotedEnd finds the closing quote of a quoted scalar starting at start.
func (s *source) quotedEnd(start int, q byte) (span, error) {
	for i := start + 1; i < len(s.src); i++ {
		switch {
		case q == '"' && s.src[i] == '\\':
			i++
		case s.src[i] == q && q == '\'' && i+1 < len(s.src) && s.src[i+1] == '\'':
			i++
		case s.src[i] == q:
			return span{start, i + 1}, nil
		}
	}
	return span{}, errorf("找不到引号的结尾")
}

// plainEnd finds the end of a plain scalar: the rest of its line, or, for a
// value folded over several lines, as many lines as make up value.
func (s *source) plainEnd(start int, value string, inFlow bool) (span, error) {
	end := s.plainLineEnd(start, inFlow)
	text := string(s.src[start:end])
	if text == value {
		return span{start, end}, nil
	}
	parts := []string{text}
	for i := 0; i < maxFoldLines && end < len(s.src); i++ {
		next := s.nextLine(end)
		if next >= len(s.src) {
			break
		}
		ls := next + s.indent(next)
		le := s.plainLineEnd(ls, inFlow)
		parts = append(parts, string(s.src[ls:le]))
		end = max(le, next)
		if le > ls && fold(parts) == value {
			return span{start, le}, nil
		}
	}
	return span{}, errorf("找不到值“%s”的结尾", value)
}

// plainLineEnd is the end of a plain scalar's text on one line: before a
// comment (“ #”), a flow indicator when inside [ ] or { }, and trailing
// white space.
func (s *source) plainLineEnd(start int, inFlow bool) int {
	end := s.lineEnd(start)
	for i := start; i < end; i++ {
		c := s.src[i]
		if c == '#' && i > start && (s.src[i-1] == ' ' || s.src[i-1] == '\t') {
			end = i
			break
		}
		if inFlow && strings.IndexByte(",[]{}", c) >= 0 {
			end = i
			break
		}
	}
	for end > start && (s.src[end-1] == ' ' || s.src[end-1] == '\t') {
		end--
	}
	return end
}

// fold joins the lines of a multi-line plain scalar as YAML does: a line
// break becomes a space, each empty line a line feed.
func fold(lines []string) string {
	var b strings.Builder
	b.WriteString(lines[0])
	empties := 0
	for _, l := range lines[1:] {
		if l == "" {
			empties++
			continue
		}
		if empties == 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Repeat("\n", empties))
		b.WriteString(l)
		empties = 0
	}
	return b.String()
}

// blockParts splits a literal or folded scalar starting at its indicator
// into the indicator and the content lines.
func (s *source) blockParts(start int, value string) (head, body span, err error) {
	i := min(start+1, len(s.src))
	for i < len(s.src) && strings.IndexByte("+-0123456789", s.src[i]) >= 0 {
		if s.src[i] != '+' && s.src[i] != '-' {
			return head, body, errorf("多行文字带有缩进标记，请在文本编辑器中修改")
		}
		i++
	}
	head = span{start, i}
	bodyStart := s.lineEnd(i)
	body = span{bodyStart, bodyStart}
	if strings.TrimSpace(value) == "" {
		return head, body, nil
	}
	contentIndent := -1
	for off := s.nextLine(i); off < len(s.src); off = s.nextLine(off) {
		if s.blank(off) {
			continue
		}
		ind := s.indent(off)
		if contentIndent < 0 {
			contentIndent = ind
		}
		if ind < contentIndent {
			break
		}
		body.end = s.lineEnd(off)
	}
	return head, body, nil
}

// contentIndent is the indentation of the first content line of a block
// scalar whose body is b, or -1 when it has none.
func (s *source) contentIndent(b span) int {
	for off := s.nextLine(b.start); off < b.end; off = s.nextLine(off) {
		if !s.blank(off) {
			return s.indent(off)
		}
	}
	return -1
}

// end returns the offset just after the last character of node n and
// everything below it.
func (s *source) end(n *yaml.Node, inFlow bool) (int, error) {
	switch {
	case n.Kind == yaml.AliasNode:
		return s.offset(n.Line, n.Column) + len("*"+n.Value), nil
	case n.Kind == yaml.ScalarNode:
		head, body, err := s.scalarParts(n, inFlow)
		if body.end > body.start {
			return body.end, err
		}
		return head.end, err
	case n.Style&yaml.FlowStyle != 0 || len(n.Content) == 0:
		return s.flowEnd(s.offset(n.Line, n.Column))
	}
	return s.end(n.Content[len(n.Content)-1], inFlow)
}

// flowEnd finds the bracket closing the flow collection opened at start.
func (s *source) flowEnd(start int) (int, error) {
	depth := 0
	for i := start; i < len(s.src); i++ {
		switch c := s.src[i]; c {
		case '"', '\'':
			q, err := s.quotedEnd(i, c)
			if err != nil {
				return 0, err
			}
			i = q.end - 1
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				return i + 1, nil
			}
		}
	}
	return 0, errorf("找不到括号的结尾")
}
