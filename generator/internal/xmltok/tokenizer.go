package xmltok

import (
	"errors"
	"io"
)

// ErrDecline is returned by Next for a document the tokenizer does not
// read exactly as encoding/xml does; the caller reads it with
// encoding/xml instead.
var ErrDecline = errors.New("xmltok: declined")

// Tokenizer reads the tokens of one document.
type Tokenizer struct {
	src      []byte
	pos      int
	tok      Token
	open     []Name // the elements open at pos
	closeTop bool   // the last token was a self-closing start element
	err      error  // ErrDecline or io.EOF once reached
	names    map[string]string
	recent   [64]string // names last interned, by a hash (intern)
	attrs    []Attr
	buf      []byte // decoded character data and attribute values
}

// New returns a tokenizer for the document src.
func New(src []byte) *Tokenizer {
	return &Tokenizer{src: src, names: map[string]string{}}
}

// Next returns the next token, io.EOF after the last one, or ErrDecline.
// The token is valid until the next call.
func (t *Tokenizer) Next() (*Token, error) {
	if t.err != nil {
		return nil, t.err
	}
	t.tok = Token{Attrs: t.attrs[:0]}
	t.buf = t.buf[:0]
	if !t.next() {
		t.err = ErrDecline
		return nil, t.err
	}
	if t.tok.Kind == 0 {
		t.err = io.EOF
		return nil, t.err
	}
	t.attrs = t.tok.Attrs
	return &t.tok, nil
}

// next reads one token into t.tok, leaving its kind zero at the end of a
// well-formed document; it reports false to decline.
func (t *Tokenizer) next() bool {
	start := t.pos
	t.tok.Start = start
	switch {
	case t.closeTop:
		return t.closeSelf()
	case start == len(t.src):
		return len(t.open) == 0
	case t.src[start] != '<':
		return t.charData()
	}
	if start+1 == len(t.src) {
		return false
	}
	switch t.src[start+1] {
	case '/':
		return t.endElement()
	case '?':
		return t.procInst()
	case '!':
		return t.comment()
	}
	return t.startElement()
}

// done ends the token being read at end.
func (t *Tokenizer) done(k Kind, end int) bool {
	t.tok.Kind, t.tok.End, t.pos = k, end, end
	return true
}
