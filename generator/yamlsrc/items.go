package yamlsrc

import "strings"

// ItemBeyond finds the item of a sequence that makes the items of all the
// sequences of src, block (“- ”) and flow (“[a, b]”) together, more than
// max: its line and column (in runes), and the key the sequence it belongs
// to is written under ("" when there is none). It reads src line by line,
// as the diagnostics do, without building the YAML document, so that a
// file with a huge list is refused before it fills memory.
func ItemBeyond(src []byte, max int) (line, col int, key string, ok bool) {
	s := &lineScanner{blockParent: -1}
	count := 0
	var in *bracket // the “[” of the flow sequence of the item beyond
	s.onItem = func(l, c int) {
		count++
		if count == max+1 {
			line, col = l, c
			if len(s.flow) > 0 {
				b := s.flow[len(s.flow)-1]
				in = &b
			}
		}
	}
	var lines []srcLine
	text := string(src)
	for no := 1; line == 0; no++ {
		raw, rest, more := strings.Cut(text, "\n")
		lines = append(lines, s.line(no, strings.TrimRight(raw, "\r")))
		if !more {
			break
		}
		text = rest
	}
	if line == 0 {
		return 0, 0, "", false
	}
	if in != nil {
		return line, col, keyBefore(lines[in.line-1].text, in.col+1), true
	}
	return line, col, keyAbove(lines, line), true
}

// keyAbove is the key a block sequence item on line is written under:
// on the nearest line above that starts less indented (or equally, for
// “- ” items written at the key's indentation).
func keyAbove(lines []srcLine, line int) string {
	l := lines[line-1]
	for i := line - 2; i >= 0; i-- {
		a := lines[i]
		if a.kind != contentLine || a.indent > l.indent || a.indent == l.indent && strings.HasPrefix(a.content, "-") {
			continue
		}
		if k, _, found := strings.Cut(strings.TrimLeft(a.content, "- "), ":"); found {
			return strings.TrimSpace(k)
		}
		return ""
	}
	return ""
}

// keyBefore is the key of a “key: [” written on text before col (the
// column after the “[”), if any.
func keyBefore(text string, col int) string {
	runes := []rune(text)
	if col-1 > len(runes) {
		return ""
	}
	before := string(runes[:col-1])
	i := strings.Index(before, ": [")
	if i < 0 {
		i = strings.Index(before, ":[")
	}
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(before[:i], "- "))
}

// blockItems counts the “- ” items a content line starts with (“- - a” is
// two) outside flow collections.
func (s *lineScanner) blockItems(no, indent int, trimmed string) {
	if s.onItem == nil || len(s.flow) > 0 || s.quote != nil {
		return
	}
	col := indent + 1
	for trimmed == "-" || strings.HasPrefix(trimmed, "- ") {
		s.onItem(no, col)
		rest := strings.TrimLeft(trimmed[1:], " ")
		col += 1 + len(trimmed[1:]) - len(rest)
		trimmed = rest
	}
}

// flowItem counts the item of a flow sequence that starts with r, if one
// is expected.
func (s *lineScanner) flowItem(no int, r rune, col int) {
	if s.onItem != nil && s.expectItem && r != ' ' && r != '\t' && r != ']' {
		s.onItem(no, col)
	}
}

// expectFlowItem notes after r whether the next token starts an item: after
// a “[” that opened a flow sequence (opened), or a “,” inside “[…]”.
func (s *lineScanner) expectFlowItem(r rune, opened bool) {
	if s.onItem == nil || r == ' ' || r == '\t' {
		return
	}
	top := len(s.flow) > 0 && s.flow[len(s.flow)-1].ch == '['
	s.expectItem = r == '[' && opened || r == ',' && top
}
