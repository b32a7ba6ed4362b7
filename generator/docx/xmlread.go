package docx

import (
	"errors"

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
	if err := xmltok.Each(src, b.token); err != nil {
		return nil, err
	}
	return b.finish()
}

// parseTreeXML reads src into a tree with encoding/xml's RawToken, strict,
// locating each token by the decoder's offsets.
func parseTreeXML(src []byte) (*tree, error) {
	b := newBuilder(src)
	if err := xmltok.EachXML(src, true, nil, b.token); err != nil {
		return nil, syntaxError(err)
	}
	return b.finish()
}
