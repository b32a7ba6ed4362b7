package yamlsrc

import (
	"strconv"
	"strings"

	"jixiao/generator/internal/lazyre"
)

// libError is one error of the yaml library, with its line corrected.
type libError struct {
	line   int    // 1-based line the library points at; 0 when it gives none
	msg    string // the library's message, without “yaml: line N: ”
	parser bool   // raised by the parser: line is where the enclosing node starts
}

var lineRe = lazyre.New(`^yaml: (?:line (\d+): )?(.*)$`)

// parserMessages are the problems the yaml library's parser (as opposed to
// its scanner) reports. For those it prints the 0-based line of the context
// mark (the start of the enclosing collection), or of the problem when the
// context is on the first line, and nothing at all for line 0.
var parserMessages = []string{
	"did not find expected <stream-start>", "did not find expected <document start>",
	"found duplicate %YAML directive", "found incompatible YAML document", "found duplicate %TAG directive",
	"found undefined tag handle", "did not find expected node content", "did not find expected '-' indicator",
	"did not find expected key", "did not find expected ',' or ']'", "did not find expected ',' or '}'",
}

// parseLibError reads one line of a yaml library error. A parser error's
// line is made 1-based (the library is off by one there); a message without
// a line from the scanner or parser is on line 1.
func parseLibError(text string) libError {
	m := lineRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return libError{msg: strings.TrimPrefix(text, "yaml: ")}
	}
	e := libError{msg: m[2]}
	e.line, _ = strconv.Atoi(m[1])
	for _, p := range parserMessages {
		if strings.HasPrefix(e.msg, p) {
			e.parser = true
			e.line++
			return e
		}
	}
	if e.line == 0 && isScannerMessage(e.msg) {
		e.line = 1
	}
	return e
}

// isScannerMessage reports whether msg is a located scanner problem (the
// reader's and decoder's problems carry no position at all).
func isScannerMessage(msg string) bool {
	_, ok := translation(msg)
	return ok && !strings.HasPrefix(msg, "control characters") && !strings.HasPrefix(msg, "unknown anchor")
}

// messages translates the yaml library's messages into what a clerk can act
// on.
var messages = []struct{ en, zh string }{
	{"mapping values are not allowed in this context", "此处不能出现“键: 值”（常见原因：上一行没写完、缩进不对，或文字里有“: ”而没有加引号）"},
	{"mapping keys are not allowed in this context", "此处不能出现“? ”"},
	{"block sequence entries are not allowed in this context", "此处不能出现列表项“- ”（常见原因：缩进不对，或键后面已经写了值）"},
	{"did not find expected key", "缩进不对或缺少键（同一层的键必须左对齐）"},
	{"did not find expected '-' indicator", "列表项缺少“- ”或缩进不对"},
	{"did not find expected node content", "缺少值"},
	{"did not find expected ',' or ']'", "“[”没有闭合（缺少“]”，或列表各项之间缺少“,”）"},
	{"did not find expected ',' or '}'", "“{”没有闭合（缺少“}”，或各项之间缺少“,”）"},
	{"could not find expected ':'", "缺少冒号“:”（键后面要写半角冒号和一个空格）"},
	{"found character that cannot start any token", "值不能以 @ 或 ` 开头（YAML 的保留字符），请给整个值加引号"},
	{"found a tab character", "用了 Tab 缩进，请改用空格"},
	{"found unexpected end of stream", "文件意外结束：有引号没有闭合"},
	{"found unknown escape character", "双引号中的“\\”是转义符：要写反斜杠请写成“\\\\”，或改用单引号"},
	{"did not find expected hexdecimal number", "双引号中的“\\”是转义符：要写反斜杠请写成“\\\\”，或改用单引号"},
	{"did not find expected alphabetic or numeric character", "“*”或“&”后面应是名称；值以“*”或“&”开头时请给整个值加引号"},
	{"did not find expected comment or line break", "这一行的值后面还有多余的内容（例如 引号或“|”之后还写了文字）"},
	{"did not find expected whitespace or line break", "这一行的值后面还有多余的内容"},
	{"found unexpected document indicator", "“---”或“...”不能出现在文字中间，请给这段文字加引号或改用“|”"},
	{"did not find expected <document start>", "文件末尾有多余的内容（例如 多余的“]”“}”或缩进不对的行）"},
	{"found undefined tag handle", "值以“!”开头会被当作类型标记，请给整个值加引号"},
	{"found an indentation indicator equal to 0", "“|”后面的缩进数字不能是 0"},
	{"control characters are not allowed", "文字中有不可见的控制字符，请删除"},
	{"unknown anchor", "值以“*”开头会被当作引用（别名），请给整个值加引号"},
	{"value contains itself", "引用（别名）指向了它自己"},
	{"exceeded max depth", "列表或字典嵌套得太深（超过 10000 层），请检查文件是否由程序错误生成"},
}

// translation returns the Chinese of a library message.
func translation(msg string) (string, bool) {
	for _, t := range messages {
		if strings.Contains(msg, t.en) {
			return t.zh, true
		}
	}
	return "", false
}

// describe is the Chinese of a library message, or the message itself
// wrapped in Chinese when it has no translation.
func describe(msg string) string {
	if zh, ok := translation(msg); ok {
		return zh
	}
	return "YAML 库报告：" + msg
}
