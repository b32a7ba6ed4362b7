package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"

	"jixiao/generator/internal/xmltok"
)

// errNotXML is wrapped by parseTree errors.
var errNotXML = errors.New("XML 格式错误")

// parseTree reads src into a tree. Only the root's namespace declarations
// are honoured, which is how every word processor writes parts. The part
// is read with xmltok; when it declines the part, or the tree cannot be
// built, encoding/xml reads it again and gives the tree or the error.
func parseTree(src []byte) (*tree, error) {
	if t, err := parseTreeFast(src); err == nil {
		return t, nil
	}
	return parseTreeXML(src)
}

// parseTreeFast reads src into a tree with xmltok.
func parseTreeFast(src []byte) (*tree, error) {
	b := newBuilder(src)
	tz := xmltok.New(src)
	for {
		tok, err := tz.Next()
		if err == io.EOF {
			return b.finish()
		}
		if err != nil {
			return nil, err
		}
		if err := b.token(tok); err != nil {
			return nil, err
		}
	}
}

// parseTreeXML reads src into a tree with encoding/xml's RawToken, strict,
// locating each token by the decoder's offsets.
func parseTreeXML(src []byte) (*tree, error) {
	b := newBuilder(src)
	if err := eachRawToken(src, nil, b.token); err != nil {
		return nil, err
	}
	return b.finish()
}

// eachRawToken calls visit with every token encoding/xml's strict
// RawToken reads from src, located by the decoder's offsets, with
// charset as its CharsetReader; it returns the first error, a syntax
// error worded by syntaxError.
func eachRawToken(src []byte, charset func(string, io.Reader) (io.Reader, error), visit func(*xmltok.Token) error) error {
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = true
	d.CharsetReader = charset
	for {
		start := int(d.InputOffset())
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return syntaxError(err)
		}
		t := xmltok.FromXML(tok, start, int(d.InputOffset()))
		if err := visit(&t); err != nil {
			return err
		}
	}
}
