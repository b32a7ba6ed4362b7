package docx

import (
	"strings"
	"unicode"

	"jixiao/generator/diag"
	"jixiao/generator/internal/lazyre"
)

// tagKind says what a tag does to the document's structure.
type tagKind uint8

const (
	tagOutput      tagKind = iota // prints a value: {{.单位}}
	tagDecl                       // declares or assigns a variable: {{$x := .a}}
	tagComment                    // {{/* … */}}
	tagOpen                       // if, range, with
	tagElse                       // else, else if, else with
	tagEnd                        // end
	tagLoopCtl                    // break, continue
	tagUnsupported                // define, template, block
)

// silent reports whether a tag prints nothing, so that a paragraph holding
// only such tags disappears from the output.
func (k tagKind) silent() bool { return k != tagOutput }

// tag is one {{…}} of a part.
type tag struct {
	idx    int
	part   string
	para   *para
	span   tagSpan
	action string // the action as text/template reads it (smart quotes fixed)
	kind   tagKind
	word   string // if, range, with, else, else if, else with, end, break, continue
	block  *block
	pl     placement

	srcFrom, srcTo int  // the action's bytes in the generated source
	ctx            int  // escaper context of an output tag
	mergeCell      bool // all its cell holds, in a looped row: a 纵向合并 value may merge down
}

// pos locates t for diagnostics.
func (t *tag) pos(file string) diag.Pos {
	return diag.Pos{File: file, Part: t.part, Place: t.para.place}
}

// label is the tag as the message shows it: “标签 {{.人员.编制}}”.
func (t *tag) label() string { return "标签 " + excerpt(t.span.text) }

// declRE matches the start of an action that declares or assigns
// variables: “$x :=”, “$i, $v :=”, “$x =”.
var declRE = lazyre.New(`^\$[\p{L}\p{N}_]*\s*(,\s*\$[\p{L}\p{N}_]*\s*)?:?=($|[^=])`)

// classify returns the kind and keyword of an action (the text between the
// delimiters, already normalized).
func classify(action string) (tagKind, string) {
	s := trimMarkers(action)
	if strings.HasPrefix(s, "/*") {
		return tagComment, ""
	}
	word, rest := leadingWord(s)
	switch word {
	case "if", "range", "with":
		return tagOpen, word
	case "else":
		if w, _ := leadingWord(strings.TrimSpace(rest)); w == "if" || w == "with" {
			return tagElse, "else " + w
		}
		return tagElse, "else"
	case "end":
		return tagEnd, word
	case "break", "continue":
		return tagLoopCtl, word
	case "define", "template", "block":
		return tagUnsupported, word
	}
	if declRE.MatchString(s) {
		return tagDecl, ""
	}
	return tagOutput, ""
}

// trimMarkers removes text/template's trim markers (“- ” after the left
// delimiter, “ -” before the right one) and surrounding space.
func trimMarkers(s string) string {
	if len(s) >= 2 && s[0] == '-' && isSpace(s[1]) {
		s = s[1:]
	}
	if n := len(s); n >= 2 && s[n-1] == '-' && isSpace(s[n-2]) {
		s = s[:n-1]
	}
	return strings.TrimSpace(s)
}

// isSpace reports ASCII white space, as text/template's trim markers use.
func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// leadingWord splits s after its first identifier (letters, digits, _).
func leadingWord(s string) (string, string) {
	end := strings.IndexFunc(s, func(r rune) bool {
		return r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}
