package doctext

import (
	"bytes"
	"encoding/xml"
	"io"

	"jixiao/generator/internal/xmltok"
)

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
	if eachFastToken(data, r) {
		return nil
	}
	r.restart()
	return eachXMLToken(data, r)
}

// eachFastToken gives r the tokens of data read by xmltok, and reports
// false when it declined the document.
func eachFastToken(data []byte, r tokenReader) bool {
	tz := xmltok.New(data)
	for {
		tok, err := tz.Next()
		if err != nil {
			return err == io.EOF
		}
		r.visit(tok)
	}
}

// eachXMLToken gives r the tokens of data read by encoding/xml.
func eachXMLToken(data []byte, r tokenReader) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		t := xmltok.FromXML(tok, 0, 0)
		r.visit(&t)
	}
}
