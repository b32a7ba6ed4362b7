package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"jixiao/generator/internal/xmltok"
)

// xmlError is a part that is not well-formed XML: the line and what is
// wrong there, in Chinese.
type xmlError struct {
	line int
	msg  string
}

func (e *xmlError) Error() string {
	return fmt.Sprintf("%v：第 %d 行，%s", errNotXML, e.line, e.msg)
}

func (e *xmlError) Unwrap() error { return errNotXML }

// checkWellFormed returns an *xmlError when src, a UTF-8 part, is not
// well-formed XML as Word reads it. The part is read with xmltok; when
// it declines the part, with encoding/xml. Both readings pass their
// tokens through a wfChecker for what encoding/xml lets through.
func checkWellFormed(src []byte) error {
	if err := wellFormedFast(src); err != xmltok.ErrDecline {
		return err
	}
	return wellFormedXML(src)
}

// wellFormedFast checks src with xmltok, or returns xmltok.ErrDecline.
func wellFormedFast(src []byte) error {
	c := wfChecker{src: src}
	if err := xmltok.Each(src, c.token); err != nil {
		return err
	}
	return c.finish()
}

// wellFormedXML checks src with encoding/xml's strict RawToken; a
// declared UTF-16 is read as the bytes are (utf8Part made them UTF-8).
func wellFormedXML(src []byte) error {
	c := wfChecker{src: src}
	if err := xmltok.EachXML(src, true, sameBytes, c.token); err != nil {
		return syntaxError(err)
	}
	return c.finish()
}

// sameBytes is the charset reader for a part declared UTF-16 that is
// read as UTF-8 (utf8Part transcoded it, or it was UTF-8 already).
func sameBytes(label string, r io.Reader) (io.Reader, error) {
	if !isUTF16(label) {
		return nil, fmt.Errorf("不支持的编码 %s", label)
	}
	return r, nil
}

// isUTF16 reports whether an encoding label names UTF-16.
func isUTF16(label string) bool {
	l := strings.ToLower(label)
	return l == "utf-16" || l == "utf-16le" || l == "utf-16be"
}

// syntaxError turns an encoding/xml error into an *xmlError.
func syntaxError(err error) error {
	if errors.Is(err, errNotXML) {
		return err // already said: the builder's or the checker's
	}
	se, ok := err.(*xml.SyntaxError)
	if !ok {
		return &xmlError{line: 1, msg: err.Error()}
	}
	return &xmlError{line: se.Line, msg: explainXML(se.Msg)}
}

// explainXML says in Chinese what encoding/xml's most common complaints
// mean; others are kept as they are.
func explainXML(msg string) string {
	switch {
	case msg == "unexpected EOF":
		return "内容在中途截断"
	case strings.HasPrefix(msg, "invalid character entity "):
		return "使用了 XML 没有定义的实体 " + strings.TrimPrefix(msg, "invalid character entity ") + "（XML 只认 &lt; &gt; &amp; &quot; &apos; 和 &#数字;）"
	case msg == "invalid UTF-8":
		return "含有不是 UTF-8 编码的字节"
	case strings.HasPrefix(msg, "illegal character code "):
		return "含有 XML 不允许的字符 " + strings.TrimPrefix(msg, "illegal character code ")
	case strings.HasPrefix(msg, "invalid XML name: "):
		return "名称 " + strings.TrimPrefix(msg, "invalid XML name: ") + " 不合法"
	case strings.HasPrefix(msg, "expected element name after <"):
		return "“<”后面不是合法的元素名"
	}
	return msg
}

// wfChecker checks the tokens of a part for what encoding/xml's RawToken
// does not: that end tags match, that there is one root and no text
// outside it, that names are qualified names whose prefixes are bound,
// that no attribute repeats, and that comments and processing
// instructions are UTF-8.
type wfChecker struct {
	src   []byte
	open  []xmltok.Name
	marks []int    // len(bound) when each open element started
	bound []string // the prefixes the open elements declare
	roots int
}

// token checks one token.
func (c *wfChecker) token(t *xmltok.Token) error {
	switch t.Kind {
	case xmltok.StartElement:
		return c.start(t)
	case xmltok.EndElement:
		return c.end(t)
	case xmltok.CharData:
		if len(c.open) == 0 && len(bytes.Trim(t.Data, " \t\r\n\ufeff")) > 0 {
			return c.fail(t.Start, "根元素之外有文字")
		}
	case xmltok.Comment, xmltok.ProcInst:
		if !utf8.Valid(t.Data) {
			return c.fail(t.Start, "含有不是 UTF-8 编码的字节")
		}
	}
	return nil
}

// start checks a start tag and opens its element.
func (c *wfChecker) start(t *xmltok.Token) error {
	if len(c.open) == 0 {
		if c.roots++; c.roots > 1 {
			return c.fail(t.Start, "根元素之后还有元素")
		}
	}
	c.marks = append(c.marks, len(c.bound))
	c.open = append(c.open, t.Name)
	for _, a := range t.Attrs {
		if a.Name.Prefix == "xmlns" {
			c.bound = append(c.bound, a.Name.Local)
		}
	}
	if err := c.name(t.Start, t.Name); err != nil {
		return err
	}
	for i, a := range t.Attrs {
		if err := c.attr(t, i, a.Name); err != nil {
			return err
		}
	}
	return nil
}

// attr checks the name of attribute i of start tag t.
func (c *wfChecker) attr(t *xmltok.Token, i int, n xmltok.Name) error {
	for _, b := range t.Attrs[:i] {
		if b.Name == n {
			return c.fail(t.Start, "属性 "+qname(n)+" 重复出现")
		}
	}
	if n.Prefix == "xmlns" {
		return nil
	}
	return c.name(t.Start, n)
}

// name checks that n is a qualified name whose prefix is bound.
func (c *wfChecker) name(at int, n xmltok.Name) error {
	switch {
	case n.Local == "" || strings.Contains(n.Local, ":"):
		return c.fail(at, "名称 "+qname(n)+" 不合法")
	case n.Prefix == "" || n.Prefix == "xml":
		return nil
	}
	for i := len(c.bound) - 1; i >= 0; i-- {
		if c.bound[i] == n.Prefix {
			return nil
		}
	}
	return c.fail(at, "名称 "+qname(n)+" 的前缀 "+n.Prefix+" 没有声明")
}

// end checks an end tag against the open element and closes it.
func (c *wfChecker) end(t *xmltok.Token) error {
	last := len(c.open) - 1
	if last < 0 || c.open[last] != t.Name {
		return c.fail(t.Start, "结束标记 </"+qname(t.Name)+"> 没有对应的开始标记")
	}
	c.bound = c.bound[:c.marks[last]]
	c.open, c.marks = c.open[:last], c.marks[:last]
	return nil
}

// finish checks the end of the part.
func (c *wfChecker) finish() error {
	switch {
	case len(c.open) > 0:
		return c.fail(len(c.src), "内容在中途截断（<"+qname(c.open[len(c.open)-1])+"> 没有结束）")
	case c.roots == 0:
		return c.fail(len(c.src), "没有根元素")
	}
	return nil
}

// fail returns the error msg at byte offset at.
func (c *wfChecker) fail(at int, msg string) error {
	at = min(at, len(c.src))
	return &xmlError{line: 1 + bytes.Count(c.src[:at], []byte("\n")), msg: msg}
}

// qname writes n as it is written in the part.
func qname(n xmltok.Name) string {
	if n.Prefix == "" {
		return n.Local
	}
	return n.Prefix + ":" + n.Local
}
