package tmpl

import (
	"errors"
	"strings"

	"jixiao/generator/internal/lazyre"
)

// translations turn text/template's English messages into Chinese ones a
// template author can act on. The first match wins; unknown messages are
// kept as they are, after the location prefix is removed.
var translations = []struct {
	re   *lazyre.Regexp
	repl string
}{
	{lazyre.New(`function "([^"]+)" not defined`), "未知函数“$1”（可用函数见 docs/模板编写指南.md）"},
	{lazyre.New(`map has no entry for key "([^"]+)"`), "数据中没有字段“$1”"},
	{lazyre.New(`can't evaluate field (\S+) in type (\S+)`), "字段“$1”不存在（所在值的类型为 $2）"},
	{lazyre.New(`nil pointer evaluating \S+\.(\S+)`), "字段“$1”所在的值为空"},
	{lazyre.New(`unexpected EOF`), "块没有闭合：缺少 {{end}}"},
	{lazyre.New(`unexpected \{\{end\}\}`), "多余的 {{end}}：前面没有对应的 range/if/with"},
	{lazyre.New(`unexpected \{\{else\}\}`), "多余的 {{else}}：前面没有对应的 if/range/with"},
	{lazyre.New(`wrong number of args for (\S+): want (\d+) got (\d+)`), "函数“$1”需要 $2 个参数，实际给了 $3 个"},
	{lazyre.New(`wrong type for value; expected (\S+); got (\S+)`), "值的类型不对：需要 $1，实际是 $2"},
	{lazyre.New(`range can't iterate over (.*)`), "range 不能遍历 $1（不是列表）"},
	{lazyre.New(`unterminated quoted string`), "引号没有闭合"},
	{lazyre.New(`unclosed action`), "标签没有闭合：缺少 }}"},
	{lazyre.New(`undefined variable "([^"]+)"`), "未定义的变量 $1"},
	{lazyre.New(`missing value for (\S+)`), "$1 缺少参数"},
	{lazyre.New(`unexpected (.*) in (\S+)`), "$2 中有意外的 $1"},
	{lazyre.New(`exceeded maximum template depth \((\d+)\)`), "{{template}} 递归调用超过 $1 层：模板在调用自身"},
	{lazyre.New(`integer divide by zero`), "整数除以 0"},
	{lazyre.New(`runtime error: (?:slice bounds|index) out of range.*`), "参数超出范围（下标或长度不对）"},
	{lazyre.New(`no such template "([^"]+)"`), "没有名为“$1”的模板（{{define}}）"},
}

// location matches the "template: name:line:col: executing "x" at <y>: "
// prefix text/template puts before its messages.
var location = lazyre.New(`^template: [^:]*(:\d+)*: (executing "[^"]*" at <[^>]*>: )?`)

// Explain returns a Chinese message for a text/template parse or execution
// error, without text/template's own location prefix (callers add theirs).
func Explain(err error) string {
	var limit *LimitError
	if errors.As(err, &limit) {
		return limit.Msg
	}
	msg := location.ReplaceAllString(err.Error(), "")
	if m := callError.FindStringSubmatch(msg); m != nil {
		return "调用“" + m[1] + "”出错：" + translate(m[2])
	}
	return translate(msg)
}

// callError matches the message of a function that failed.
var callError = lazyre.New(`^error calling (\S+): (.*)$`)

// translate applies the first translation that matches msg.
func translate(msg string) string {
	for _, t := range translations {
		if t.re.MatchString(msg) {
			return t.re.ReplaceAllString(msg, t.repl)
		}
	}
	return msg
}

// actionPairs are what word processors substitute while typing, each with
// what text/template needs: the quotes (“ ” ‘ ’ and their full-width
// cousins) become the double quote text/template strings use — single smart
// quotes too, as Go templates have no single-quoted strings and users who
// type ‘完成’ mean a string — and no-break and ideographic spaces become
// spaces.
var actionPairs = []string{"“", `"`, "”", `"`, "„", `"`, "＂", `"`,
	"‘", `"`, "’", `"`, "｀", "`", "\u00a0", " ", "\u3000", " "}

// actionReplacer replaces actionPairs.
var actionReplacer = strings.NewReplacer(actionPairs...)

// actionRunes holds every rune actionPairs replaces.
var actionRunes = func() string {
	var b strings.Builder
	for i := 0; i < len(actionPairs); i += 2 {
		b.WriteString(actionPairs[i])
	}
	return b.String()
}()

// NormalizeAction prepares the text between {{ and }} typed in a word
// processor (actionPairs). Text outside actions must not go through it.
func NormalizeAction(s string) string {
	if !strings.ContainsAny(s, actionRunes) {
		return s // the usual case: nothing to replace
	}
	return actionReplacer.Replace(s)
}
