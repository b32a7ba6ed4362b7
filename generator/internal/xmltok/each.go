package xmltok

import (
	"bytes"
	"encoding/xml"
	"io"
)

// Each calls visit with every token the tokenizer reads from src. It
// returns nil at the end, ErrDecline when the tokenizer declines src
// (visit has then seen the tokens before that point, and a caller that
// reads src again with EachXML starts over), or the first error visit
// returns.
func Each(src []byte, visit func(*Token) error) error {
	tz := New(src)
	for {
		tok, err := tz.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := visit(tok); err != nil {
			return err
		}
	}
}

// EachXML is Each with encoding/xml reading src, strictly: its RawToken
// when raw, else Token (names then carry namespaces, see FromXML); each
// token located by the decoder's offsets, charset the decoder's
// CharsetReader (nil for none). It returns nil at the end, the decoder's
// error, or the first error visit returns.
func EachXML(src []byte, raw bool, charset func(string, io.Reader) (io.Reader, error), visit func(*Token) error) error {
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = true
	d.CharsetReader = charset
	next := d.Token
	if raw {
		next = d.RawToken
	}
	for {
		start := int(d.InputOffset())
		tok, err := next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		t := FromXML(tok, start, int(d.InputOffset()))
		if err := visit(&t); err != nil {
			return err
		}
	}
}
