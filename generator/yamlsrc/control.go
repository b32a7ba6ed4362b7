package yamlsrc

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
)

// IsControl reports whether r is an invisible control character that has no
// place in a document's text: C0 controls other than tab and line breaks,
// DEL, C1 controls, and the non-characters U+FFFE and U+FFFF (Word and
// Excel files cannot hold most of them at all).
func IsControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
		return true
	}
	return r == 0xfffe || r == 0xffff
}

// controlMsg names the control character r for a clerk; how says how it
// is written when that is not obvious.
func controlMsg(r rune, how string) string {
	return fmt.Sprintf("文字中有不可见的控制字符 U+%04X%s，Word 和 Excel 文档不能包含它，请删除（常在从网页、聊天软件或其他文档复制文字时带入）", r, how)
}

// firstControl finds the first control character written as such in the
// source (the yaml library refuses the file without saying where).
func firstControl(lines []srcLine) (line, col int, r rune, ok bool) {
	for _, l := range lines {
		c := 0
		for _, r := range l.text {
			c++
			if IsControl(r) {
				return l.no, c, r, true
			}
		}
	}
	return 0, 0, 0, false
}

// controlChars reports every scalar (key or value) that holds a control
// character written as an escape in double quotes (“\x07”, “\a”), which the
// yaml library accepts.
func controlChars(file string, n *yaml.Node, diags *diag.List) {
	if n.Kind == yaml.ScalarNode {
		if i := strings.IndexFunc(n.Value, IsControl); i >= 0 {
			r, _ := utf8.DecodeRuneInString(n.Value[i:])
			diags.Errorf(Pos(file, n), "%s", controlMsg(r, fmt.Sprintf("（双引号里的转义写法，如 \\x%02x）", r)))
		}
	}
	for _, c := range n.Content {
		controlChars(file, c, diags)
	}
}
