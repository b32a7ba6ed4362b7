package docxtest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// Text returns the text of every paragraph of part (a name such as
// "word/document.xml") in a .docx, one paragraph per line; a line break
// shows as ⏎ and a tab as →. Table cells are paragraphs like any other.
// It fails when the archive, the part or its XML is broken.
func Text(docx []byte, part string) (string, error) {
	data, err := readPart(docx, part)
	if err != nil {
		return "", err
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	var b, para strings.Builder
	inText := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", fmt.Errorf("%s: %v", part, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inText = tok.Name.Local == "t"
			switch tok.Name.Local {
			case "p":
				para.Reset()
			case "br":
				para.WriteString("⏎")
			case "tab":
				para.WriteString("→")
			}
		case xml.EndElement:
			inText = false
			if tok.Name.Local == "p" {
				b.WriteString(para.String() + "\n")
			}
		case xml.CharData:
			if inText {
				para.Write(tok)
			}
		}
	}
}

func readPart(docx []byte, name string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		return nil, err
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			defer rc.Close()
			return io.ReadAll(rc)
		}
	}
	return nil, fmt.Errorf("no part %s", name)
}
