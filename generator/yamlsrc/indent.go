package yamlsrc

import (
	"fmt"
	"strings"
)

// indentSlip explains a wrong indentation at line k: a line indented to a
// depth that no enclosing level has (“   本年预算” between levels of 2 and
// 4 spaces), or indented deeper than the line before although that line's
// value is complete.
func indentSlip(lines []srcLine, k int) (slip, bool) {
	if k <= 0 || k > len(lines) || lines[k-1].kind != contentLine {
		return slip{}, false
	}
	levels, prev := indentLevels(lines[:k-1])
	l := lines[k-1]
	text := lastBlockText(lines[:k-1])
	switch {
	case prev == nil:
		return slip{}, false
	case text != nil && l.indent < text.indent && !containsInt(levels, l.indent):
		return slip{l.no, l.indent + 1, fmt.Sprintf("缩进不对：“|”下面的多行文字每行缩进要一致（第 %d 行缩进 %d 格，这一行 %d 格）",
			text.no, text.indent, l.indent)}, true
	case l.indent > prev.indent+dashWidth(prev.content) && !opensBlock(prev.content):
		if _, before := indentLevels(lines[:prev.no-1]); before != nil && before.indent == l.indent && !opensBlock(before.content) {
			return slip{prev.no, prev.indent + 1, fmt.Sprintf("缩进不对：这一行缩进 %d 格，而上一行和下一行都是 %d 格；同一层的键必须左对齐",
				prev.indent, l.indent)}, true
		}
		return slip{l.no, l.indent + 1, fmt.Sprintf("缩进不对：这一行缩进 %d 格，比上一行（第 %d 行，缩进 %d 格）多，而上一行的值已经写完；同一层的键必须左对齐",
			l.indent, prev.no, prev.indent)}, true
	case l.indent < prev.indent && !containsInt(levels, l.indent):
		return slip{l.no, l.indent + 1, fmt.Sprintf("缩进不对：这一行缩进 %d 格，与上面各层（%s 格）都对不上；同一层的键必须左对齐",
			l.indent, levelText(levels))}, true
	}
	return slip{}, false
}

// indentLevels returns the indentations open after lines (the enclosing
// keys' and list items' columns, outermost first) and the last content line.
func indentLevels(lines []srcLine) ([]int, *srcLine) {
	var levels []int
	var prev *srcLine
	for i := range lines {
		l := &lines[i]
		if l.kind != contentLine || prev != nil && (len(prev.open) > 0 || prev.quote != nil) {
			if l.kind == contentLine {
				prev = l
			}
			continue
		}
		for len(levels) > 0 && levels[len(levels)-1] >= l.indent {
			levels = levels[:len(levels)-1]
		}
		levels = append(levels, l.indent)
		if w := dashWidth(l.content); w > 0 {
			levels = append(levels, l.indent+w)
		}
		prev = l
	}
	return levels, prev
}

// lastBlockText is the last non-blank line of lines when it is text of a
// block scalar, or nil.
func lastBlockText(lines []srcLine) *srcLine {
	for i := len(lines) - 1; i >= 0; i-- {
		switch lines[i].kind {
		case blankLine:
			continue
		case blockText:
			if strings.TrimSpace(lines[i].text) != "" {
				return &lines[i]
			}
			continue
		}
		return nil
	}
	return nil
}

// opensBlock reports whether content leaves its value to the lines below:
// “key:”, “- ”, a block scalar header, or an open flow collection.
func opensBlock(content string) bool {
	c := strings.TrimSpace(content)
	return strings.HasSuffix(c, ":") || c == "-" || isBlockIndicator(c) ||
		strings.HasSuffix(c, "[") || strings.HasSuffix(c, "{") || strings.HasSuffix(c, ",")
}

func levelText(levels []int) string {
	parts := make([]string, len(levels))
	for i, l := range levels {
		parts[i] = fmt.Sprint(l)
	}
	return strings.Join(parts, "、")
}

func containsInt(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}
