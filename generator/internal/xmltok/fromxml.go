package xmltok

import "encoding/xml"

// FromXML returns the token of encoding/xml tok, found at src[start:end],
// as a Token: how callers that read a declined document with encoding/xml
// feed the same code. Name.Prefix holds what tok's Name.Space holds: the
// prefix for RawToken, the namespace for Token. A StartElement is never
// marked SelfClosing; its EndElement has an empty span, as from Next.
func FromXML(tok xml.Token, start, end int) Token {
	out := Token{Start: start, End: end}
	switch tok := tok.(type) {
	case xml.StartElement:
		out.Kind, out.Name = StartElement, nameOf(tok.Name)
		out.Attrs = make([]Attr, len(tok.Attr))
		for i, a := range tok.Attr {
			out.Attrs[i] = Attr{Name: nameOf(a.Name), Value: []byte(a.Value)}
		}
	case xml.EndElement:
		out.Kind, out.Name = EndElement, nameOf(tok.Name)
	case xml.CharData:
		out.Kind, out.Data = CharData, tok
	case xml.Comment:
		out.Kind, out.Data = Comment, tok
	case xml.ProcInst:
		out.Kind, out.Target, out.Data = ProcInst, tok.Target, tok.Inst
	case xml.Directive:
		out.Kind, out.Data = Directive, tok
	}
	return out
}

// nameOf converts an encoding/xml name.
func nameOf(n xml.Name) Name { return Name{Prefix: n.Space, Local: n.Local} }
