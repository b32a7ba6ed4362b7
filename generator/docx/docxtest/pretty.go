package docxtest

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// Pretty prints a part one element per line, indented, with text inline,
// so that golden files diff well. It fails on XML that is not well formed.
func Pretty(part string) (string, error) {
	toks, err := rawTokens(part)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	depth := 0
	for i := 0; i < len(toks); i++ {
		switch tok := toks[i].(type) {
		case xml.StartElement:
			i += startElement(&b, toks, i, &depth)
		case xml.EndElement:
			depth--
			b.WriteString(strings.Repeat("  ", depth) + "</" + qn(tok.Name) + ">\n")
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				b.WriteString(strings.Repeat("  ", depth) + escapeText(s) + "\n")
			}
		case xml.ProcInst:
			b.WriteString("<?" + tok.Target + " " + string(tok.Inst) + "?>\n")
		}
	}
	return b.String(), nil
}

// PrettyPart is Pretty of part name of a .docx.
func PrettyPart(docx []byte, name string) (string, error) {
	data, err := readPart(docx, name)
	if err != nil {
		return "", err
	}
	return Pretty(string(data))
}

// rawTokens reads every token of part, as written.
func rawTokens(part string) ([]xml.Token, error) {
	d := xml.NewDecoder(strings.NewReader(part))
	var toks []xml.Token
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return toks, nil
		}
		if err != nil {
			return nil, err
		}
		toks = append(toks, xml.CopyToken(tok))
	}
}

// startElement prints the start element toks[i]: as an empty element when
// it ends at once, on one line with its text when it holds only text, else
// opening a level. It returns how many tokens it consumed beyond toks[i].
func startElement(b *strings.Builder, toks []xml.Token, i int, depth *int) int {
	tok := toks[i].(xml.StartElement)
	indent := strings.Repeat("  ", *depth)
	if i+1 < len(toks) {
		if _, ok := toks[i+1].(xml.EndElement); ok {
			b.WriteString(indent + strings.TrimSuffix(startTag(tok), ">") + "/>\n")
			return 1
		}
	}
	if i+2 < len(toks) {
		cd, isText := toks[i+1].(xml.CharData)
		if _, isEnd := toks[i+2].(xml.EndElement); isText && isEnd {
			b.WriteString(indent + startTag(tok) + escapeText(string(cd)) + "</" + qn(tok.Name) + ">\n")
			return 2
		}
	}
	b.WriteString(indent + startTag(tok) + "\n")
	*depth++
	return 0
}

// qn is a name as written, prefix:local.
func qn(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// startTag prints a start element with its attributes.
func startTag(se xml.StartElement) string {
	var b strings.Builder
	b.WriteString("<" + qn(se.Name))
	for _, a := range se.Attr {
		b.WriteString(" " + qn(a.Name) + `="` + escapeText(a.Value) + `"`)
	}
	b.WriteString(">")
	return b.String()
}

// escapeText escapes s for XML text.
func escapeText(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
