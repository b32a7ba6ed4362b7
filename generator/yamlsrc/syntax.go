package yamlsrc

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"jixiao/generator/diag"
	"jixiao/generator/internal/lazyre"
)

// syntaxError turns an error of the yaml library into diagnostics in
// Chinese at the line at fault, with what to do about it.
func syntaxError(file string, src []byte, err error) diag.List {
	lines := scanLines(src)
	var diags diag.List
	for _, text := range strings.Split(err.Error(), "\n") {
		if strings.TrimSpace(text) == "" {
			continue
		}
		pos, msg := explain(src, lines, parseLibError(text))
		pos.File = file
		diags.Errorf(pos, "YAML 语法错误：%s", msg)
	}
	return diags
}

// explain finds the line (and column where known) at fault for e and says
// what is wrong there.
func explain(src []byte, lines []srcLine, e libError) (diag.Pos, string) {
	if p, msg, ok := located(lines, e); ok {
		return p, msg
	}
	k := faultLine(src, lines, e)
	if strings.Contains(e.msg, "tab character") {
		k = firstTab(lines, k)
	}
	if s, ok := slipNear(lines, k); ok {
		return diag.Pos{Line: s.line, Col: s.col}, s.msg
	}
	if k > 0 && k <= len(lines) && lines[k-1].stray > 0 {
		return diag.Pos{Line: k, Col: lines[k-1].stray}, "多了一个右括号：前面的括号已经闭合"
	}
	if p, msg, ok := unclosed(lines, k, e); ok {
		return p, msg
	}
	if s, ok := indentSlip(lines, k); ok {
		return diag.Pos{Line: s.line, Col: s.col}, s.msg
	}
	return diag.Pos{Line: k, Col: badCharCol(lines, k, e.msg)}, describe(e.msg)
}

// located explains the errors whose place is found from what they are
// about rather than from the line the library names (which it often does
// not): a control character, a value starting with “*” or “&”, an
// unclosed quote.
func located(lines []srcLine, e libError) (diag.Pos, string, bool) {
	switch {
	case strings.HasPrefix(e.msg, "control characters"):
		if line, col, r, ok := firstControl(lines); ok {
			return diag.Pos{Line: line, Col: col}, controlMsg(r, ""), true
		}
	case strings.HasPrefix(e.msg, "unknown anchor"):
		return unknownAlias(lines, e.msg)
	case strings.HasPrefix(e.msg, "did not find expected alphabetic or numeric character"):
		return starValue(lines, e.line)
	case strings.HasPrefix(e.msg, "found unexpected end of stream"):
		if q := lines[len(lines)-1].quote; q != nil {
			return diag.Pos{Line: q.line, Col: q.col}, fmt.Sprintf("引号 %c 没有闭合：从这里开始的文字缺少结尾的 %c", q.ch, q.ch), true
		}
	}
	return diag.Pos{}, "", false
}

// unclosed explains an error caused by a flow collection “[”/“{” left open
// or closed by the wrong bracket, pointing at its opening bracket and
// naming the line where YAML noticed.
func unclosed(lines []srcLine, k int, e libError) (diag.Pos, string, bool) {
	if k <= 0 || k > len(lines) {
		return diag.Pos{}, "", false
	}
	for i := 0; i < k; i++ {
		if b := lines[i].bad; b != nil {
			return diag.Pos{Line: b.line, Col: b.col}, fmt.Sprintf("“%c”没有闭合：它对应的应是“%c”，第 %d 行却是“%c”",
				b.ch, closerOf(b.ch), lines[i].no, b.closer), true
		}
	}
	open := lines[k-1].open
	if len(open) == 0 && k >= 2 {
		open = lines[k-2].open
	}
	flowMsg := strings.Contains(e.msg, "',' or") || strings.Contains(e.msg, "expected node content")
	if len(open) == 0 || !flowMsg && !strings.Contains(e.msg, "end of stream") {
		return diag.Pos{}, "", false
	}
	b := open[len(open)-1]
	msg := fmt.Sprintf("“%c”没有闭合：缺少对应的“%c”", b.ch, closerOf(b.ch))
	switch {
	case k > lastContent(lines):
		msg += "（直到文件末尾也没有找到）"
	case k != b.line:
		msg += fmt.Sprintf("（YAML 读到第 %d 行仍未找到）", k)
	}
	return diag.Pos{Line: b.line, Col: b.col}, msg + "；列表各项之间用半角逗号“,”分隔", true
}

// firstTab is the first line from k−1 on with a tab in its indentation (the
// library names the line of the token before it), or k.
func firstTab(lines []srcLine, k int) int {
	for i := max(k-2, 0); i < len(lines); i++ {
		if lines[i].tab > 0 && lines[i].kind == contentLine {
			return lines[i].no
		}
	}
	return k
}

// lastContent is the number of the last line that is neither blank nor a
// comment.
func lastContent(lines []srcLine) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].kind != blankLine && lines[i].kind != commentLine {
			return lines[i].no
		}
	}
	return 0
}

func closerOf(open rune) rune {
	if open == '{' {
		return '}'
	}
	return ']'
}

var anchorNameRe = lazyre.New(`unknown anchor '(.*)' referenced`)

// unknownAlias finds a value starting with “*” that YAML read as a
// reference to an anchor that does not exist.
func unknownAlias(lines []srcLine, msg string) (diag.Pos, string, bool) {
	m := anchorNameRe.FindStringSubmatch(msg)
	if m == nil {
		return diag.Pos{}, "", false
	}
	needle := "*" + m[1]
	for _, l := range lines {
		if l.kind != contentLine {
			continue
		}
		if i := strings.Index(l.text, needle); i >= 0 {
			return starMsg(l, i)
		}
	}
	return diag.Pos{}, "", false
}

// starValue finds, on line k, a value starting with “*” or “&” that is not
// followed by a name YAML accepts.
func starValue(lines []srcLine, k int) (diag.Pos, string, bool) {
	if k <= 0 || k > len(lines) {
		return diag.Pos{}, "", false
	}
	l := lines[k-1]
	for _, sep := range []string{": ", "- "} {
		if i := strings.Index(l.text, sep); i >= 0 && i+2 < len(l.text) && strings.ContainsAny(l.text[i+2:i+3], "*&") {
			return starMsg(l, i+2)
		}
	}
	return diag.Pos{}, "", false
}

// starMsg explains the value starting with “*” or “&” at byte i of l.
func starMsg(l srcLine, i int) (diag.Pos, string, bool) {
	value := strings.TrimSpace(l.text[i:])
	what := "引用（别名）"
	if value[0] == '&' {
		what = "锚点"
	}
	col := utf8.RuneCountInString(l.text[:i]) + 1
	return diag.Pos{Line: l.no, Col: col}, fmt.Sprintf("值“%s”以“%c”开头，YAML 把它当作%s；这是文字时请给整个值加引号，如 \"%s\"",
		value, value[0], what, value), true
}

// badCharCol is the column on line k of what msg is about, where it can be
// found: a reserved character (@, `) that cannot start a value, or a second
// “: ” on a line; 0 otherwise.
func badCharCol(lines []srcLine, k int, msg string) int {
	if k <= 0 || k > len(lines) {
		return 0
	}
	text := lines[k-1].text
	i := -1
	switch {
	case strings.Contains(msg, "cannot start any token"):
		i = strings.IndexAny(text, "@`")
	case strings.Contains(msg, "mapping values are not allowed"):
		if first := strings.Index(text, ": "); first >= 0 {
			if second := strings.Index(text[first+2:], ": "); second >= 0 {
				i = first + 2 + second
			}
		}
	}
	if i < 0 {
		return 0
	}
	return utf8.RuneCountInString(text[:i]) + 1
}
