package xmltok

// Kind is the kind of a token.
type Kind uint8

// The kinds of tokens, those of encoding/xml.
const (
	StartElement Kind = iota + 1
	EndElement
	CharData
	Comment
	ProcInst
	Directive // only from FromXML: the tokenizer declines directives
)

// Name is an element or attribute name as written: Prefix is "" for an
// unprefixed name.
type Name struct {
	Prefix, Local string
}

// Attr is an attribute of a start element; Value is decoded (entities
// replaced, line ends normalised).
type Attr struct {
	Name  Name
	Value []byte
}

// Token is one token of a document, found at src[Start:End]. Its slices
// point into the document or into the tokenizer's buffers and hold only
// until the next call of Next.
type Token struct {
	Kind        Kind
	Start, End  int
	Name        Name   // StartElement, EndElement
	Attrs       []Attr // StartElement
	SelfClosing bool   // StartElement written <a/>; an EndElement with an empty span follows
	Data        []byte // CharData (decoded), Comment, ProcInst (the instruction), Directive
	Target      string // ProcInst
}

// Attr returns the value of the first attribute with the given local name
// and whether there is one.
func (t *Token) Attr(local string) ([]byte, bool) {
	for _, a := range t.Attrs {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return nil, false
}
