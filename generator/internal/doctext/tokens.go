package doctext

import "jixiao/generator/internal/xmltok"

// tokenReader is what reads the tokens of a document: restart forgets
// what visit has seen, for a second reading of the document.
type tokenReader interface {
	restart()
	visit(tok *xmltok.Token)
}

// eachToken gives r every token of the XML document data, and returns the
// error that stopped reading it, if any. It reads with xmltok; when that
// declines the document, it restarts r and reads the whole document again
// with encoding/xml's Token, whose errors it returns. Readers look only at
// local names, attribute values and character data, which both readings
// give alike (Name.Prefix holds a namespace on the second one).
func eachToken(data []byte, r tokenReader) error {
	visit := func(tok *xmltok.Token) error { r.visit(tok); return nil }
	if err := xmltok.Each(data, visit); err != xmltok.ErrDecline {
		return err
	}
	r.restart()
	return xmltok.EachXML(data, false, nil, visit)
}
