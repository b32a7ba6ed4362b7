package formula

import (
	"fmt"
	"unicode"
)

// tokenKind is what a token is.
type tokenKind int

const (
	tEOF tokenKind = iota
	tNumber
	tName
	tOp
	tLParen
	tRParen
	tComma
	tCompare
)

// token is one token; text is normalized (“＋” → "+", "<=" stays).
type token struct {
	kind tokenKind
	text string
	at   int // rune offset
}

// Error is a problem in a formula: Col is the 1-based column (in
// characters) within the formula text.
type Error struct {
	Col int
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("第%d个字符：%s", e.Col, e.Msg) }

func errAt(at int, format string, args ...any) *Error {
	return &Error{Col: at + 1, Msg: fmt.Sprintf(format, args...)}
}

// singles maps one-character operators and punctuation, ASCII and
// full-width, to their token.
var singles = map[rune]token{
	'+': {kind: tOp, text: "+"}, '＋': {kind: tOp, text: "+"},
	'-': {kind: tOp, text: "−"}, '−': {kind: tOp, text: "−"}, '－': {kind: tOp, text: "−"},
	'*': {kind: tOp, text: "×"}, '×': {kind: tOp, text: "×"}, '＊': {kind: tOp, text: "×"},
	'/': {kind: tOp, text: "÷"}, '÷': {kind: tOp, text: "÷"}, '／': {kind: tOp, text: "÷"},
	'(': {kind: tLParen}, '（': {kind: tLParen}, ')': {kind: tRParen}, '）': {kind: tRParen},
	',': {kind: tComma}, '，': {kind: tComma}, '、': {kind: tComma},
	'<': {kind: tCompare, text: "<"}, '＜': {kind: tCompare, text: "<"},
	'>': {kind: tCompare, text: ">"}, '＞': {kind: tCompare, text: ">"},
	'=': {kind: tCompare, text: "="}, '＝': {kind: tCompare, text: "="},
	'≤': {kind: tCompare, text: "<="}, '≦': {kind: tCompare, text: "<="},
	'≥': {kind: tCompare, text: ">="}, '≧': {kind: tCompare, text: ">="},
	'≠': {kind: tCompare, text: "!="},
}

// pairs are the two-character comparisons.
var pairs = map[string]string{"<=": "<=", ">=": ">=", "==": "=", "!=": "!=", "<>": "!=", "＜＝": "<=", "＞＝": ">="}

// lex splits src into tokens, ending with tEOF.
func lex(src string) ([]token, *Error) {
	rs := []rune(src)
	var out []token
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case i+1 < len(rs) && pairs[string(rs[i:i+2])] != "":
			out = append(out, token{kind: tCompare, text: pairs[string(rs[i:i+2])], at: i})
			i += 2
		case isDigit(r):
			t, n := lexNumber(rs, i)
			out = append(out, t)
			i += n
		case isNameStart(r):
			t, n := lexName(rs, i)
			out = append(out, t)
			i += n
		default:
			t, ok := singles[r]
			if !ok {
				return nil, errAt(i, "不认识的符号“%c”%s", r, symbolHint(r))
			}
			t.at = i
			out = append(out, t)
			i++
		}
	}
	return append(out, token{kind: tEOF, at: len(rs)}), nil
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isNameStart(r rune) bool { return unicode.IsLetter(r) || r == '_' }

func isNamePart(r rune) bool { return isNameStart(r) || isDigit(r) || r == '.' }

// lexNumber reads digits with an optional fraction and a “%”.
func lexNumber(rs []rune, i int) (token, int) {
	j := i
	for j < len(rs) && (isDigit(rs[j]) || rs[j] == '.') {
		j++
	}
	k := j
	for k < len(rs) && unicode.IsSpace(rs[k]) {
		k++
	}
	if k < len(rs) && (rs[k] == '%' || rs[k] == '％') {
		return token{kind: tNumber, text: string(rs[i:j]) + "%", at: i}, k + 1 - i
	}
	return token{kind: tNumber, text: string(rs[i:j]), at: i}, j - i
}

// lexName reads a name: letters (Chinese included), digits, “_” and the
// dots of a path.
func lexName(rs []rune, i int) (token, int) {
	j := i
	for j < len(rs) && isNamePart(rs[j]) {
		j++
	}
	return token{kind: tName, text: string(rs[i:j]), at: i}, j - i
}

// symbolHint explains the likely slips: full-width digits, the Chinese
// full stop, a percent sign on its own.
func symbolHint(r rune) string {
	switch {
	case r >= '０' && r <= '９':
		return "：这是全角数字，请改用半角数字 0–9"
	case r == '。' || r == '．':
		return "：小数点请用半角“.”"
	case r == '%' || r == '％':
		return "：“%”要紧跟在数字后面，如 100%"
	case r == '“' || r == '”' || r == '"':
		return "：名称不要加引号，写事实的路径，如 三公经费.合计.本年预算"
	}
	return ""
}
