package docx

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"jixiao/generator/num"
	"jixiao/generator/tmpl"
)

// escCtx is what the escaper needs to know about the place an output
// action prints in: the XML that closes the current w:t and opens a new one
// after a line break or tab, the XML that ends the paragraph and starts
// another with the same paragraph and run properties, and whether a
// 纵向合并 value there may merge with the cells above and below.
type escCtx struct {
	budget  *tmpl.Budget // the executor's budget handle, nil while parsing
	t       *tag
	br, tab string
	split   string
	merge   bool
}

// defaultCtx serves an action without a known place; it cannot happen
// for a tag the scanner classified, but keeps the output valid regardless.
var defaultCtx = &escCtx{
	br:    `</w:t><w:br/><w:t xml:space="preserve">`,
	tab:   `</w:t><w:tab/><w:t xml:space="preserve">`,
	split: `</w:t><w:br/><w:t xml:space="preserve">`,
}

// newCtx describes the place of output tag t, whose action prints inside
// the w:t where the tag starts.
func newCtx(src []byte, t *tag) *escCtx {
	a := t.para.atoms[t.span.from.atom]
	prefix := a.n.name.Space
	reopen := "<" + a.n.qname() + ` xml:space="preserve">`
	closeT := "</" + a.n.qname() + ">"
	c := &escCtx{t: t,
		br:    closeT + "<" + qualify(prefix, "br") + "/>" + reopen,
		tab:   closeT + "<" + qualify(prefix, "tab") + "/>" + reopen,
		merge: t.mergeCell,
	}
	var closing, opening strings.Builder
	closing.WriteString(closeT)
	for n := a.run; n != t.para.n; n = n.parent {
		closing.WriteString("</" + n.qname() + ">")
		opening.WriteString(string(openingOf(src, n)) + "\x00")
	}
	closing.WriteString("</" + t.para.n.qname() + "><" + t.para.n.qname() + ">")
	closing.Write(paragraphProps(src, t.para.n))
	opens := strings.Split(strings.TrimSuffix(opening.String(), "\x00"), "\x00")
	for i := len(opens) - 1; i >= 0; i-- {
		closing.WriteString(opens[i])
	}
	c.split = closing.String() + reopen
	return c
}

// openingOf returns the start tag of n, followed for a run by its rPr.
func openingOf(src []byte, n *node) []byte {
	out := append([]byte{}, src[n.start:n.open]...)
	if n.kind == kR {
		if rpr := n.child(kRPr); rpr != nil {
			out = append(out, src[rpr.start:rpr.end]...)
		}
	}
	return out
}

// valueError is a value that cannot be written into XML.
type valueError struct{ msg string }

// Error returns the Chinese message.
func (e *valueError) Error() string { return e.msg }

// escape turns a pipeline's value into XML for the w:t it prints in. nil
// prints nothing; decimals print exactly; Pending prints its marker;
// Paragraphs become Word paragraphs; line breaks and tabs become w:br and
// w:tab; a MergeDown prints its value, marked for the merge pass where
// its cell may merge. Characters XML 1.0 forbids are an error.
func (c *escCtx) escape(v any) (string, error) {
	s, err := c.escapeValue(v)
	if err == nil && c.budget != nil {
		err = c.budget.Room(int64(len(s))) // a limit is reported at this tag, not by the writer
	}
	return s, err
}

// escapeValue is escape without the budget check.
func (c *escCtx) escapeValue(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return c.text(x)
	case num.Dec:
		return x.String(), nil
	case tmpl.Paragraphs:
		return c.paragraphs(x)
	case tmpl.MergeDown:
		return c.mergeDown(x)
	case fmt.Stringer:
		return c.text(x.String())
	case error:
		return c.text(x.Error())
	}
	return c.text(fmt.Sprint(v))
}

// paragraphs escapes each paragraph and joins them with c.split.
func (c *escCtx) paragraphs(ps tmpl.Paragraphs) (string, error) {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(c.split)
		}
		s, err := c.text(p)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// text escapes s: & < > " become entities, line breaks (\n, \r\n, \r)
// become w:br, tabs w:tab, invalid UTF-8 the replacement character.
func (c *escCtx) text(s string) (string, error) {
	if plain(s) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i, r := range s {
		switch {
		case r == '\n' && i > 0 && s[i-1] == '\r':
		case r == '\n' || r == '\r':
			b.WriteString(c.br)
		case r == '\t':
			b.WriteString(c.tab)
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			return "", &valueError{fmt.Sprintf("值中含有 Word 文档不允许的控制字符 U+%04X（在“%s”中）", r, excerpt(s))}
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), nil
}

// plain reports whether s can be written as it is: no markup character,
// no control character, valid UTF-8 without U+FFFE and U+FFFF (whose
// encodings start with 0xEF 0xBF).
func plain(s string) bool {
	wide := false
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b < 0x20, b == '&', b == '<', b == '>', b == '"':
			return false
		case b == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && s[i+2] >= 0xBE:
			return false
		case b >= 0x80:
			wide = true
		}
	}
	return !wide || utf8.ValidString(s)
}
