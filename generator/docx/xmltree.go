package docx

import (
	"encoding/xml"
	"fmt"

	"jixiao/generator/internal/xmltok"
)

// Namespaces the engine recognises, whatever prefix a part binds them to.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsWP      = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
	nsW14     = "http://schemas.microsoft.com/office/word/2010/wordml"
)

// kind classifies the elements the engine treats specially; every other
// element is kOther and is copied byte for byte.
type kind uint8

const (
	kOther      kind = iota
	kP               // paragraph
	kPPr             // paragraph properties
	kR               // run
	kRPr             // run properties
	kT               // text
	kTbl             // table
	kTr              // table row
	kTc              // table cell
	kSectPr          // section properties
	kInline          // run container inside a paragraph: hyperlink, smartTag, ins, sdt, fldSimple…
	kSdtContent      // content of a content control (block, row, cell or run level)
	kSdtPr           // content control properties
	kProofErr        // spelling marker
	kBookmark        // bookmarkStart / bookmarkEnd
	kMarker          // other range markers: comments, permissions, move ranges
	kLastBreak       // lastRenderedPageBreak
	kFldChar         // complex field character
	kTxbx            // text box content
	kPartRoot        // hdr, ftr, footnote, endnote, comment: paragraph containers that need a paragraph
	kDocPr           // wp:docPr, drawing object properties with a document-wide id
	kID              // w:id inside sdtPr
)

// wKinds maps local names in the WordprocessingML namespace to kinds.
var wKinds = map[string]kind{
	"p": kP, "pPr": kPPr, "r": kR, "rPr": kRPr, "t": kT,
	"tbl": kTbl, "tr": kTr, "tc": kTc, "sectPr": kSectPr,
	"hyperlink": kInline, "smartTag": kInline, "ins": kInline, "sdt": kInline,
	"fldSimple": kInline, "customXml": kInline, "moveTo": kInline, "dir": kInline, "bdo": kInline,
	"sdtContent": kSdtContent, "sdtPr": kSdtPr, "proofErr": kProofErr,
	"bookmarkStart": kBookmark, "bookmarkEnd": kBookmark,
	"commentRangeStart": kMarker, "commentRangeEnd": kMarker, "permStart": kMarker, "permEnd": kMarker,
	"moveFromRangeStart": kMarker, "moveFromRangeEnd": kMarker, "moveToRangeStart": kMarker, "moveToRangeEnd": kMarker,
	"lastRenderedPageBreak": kLastBreak, "fldChar": kFldChar, "txbxContent": kTxbx,
	"hdr": kPartRoot, "ftr": kPartRoot, "footnote": kPartRoot, "endnote": kPartRoot, "comment": kPartRoot,
	"id": kID,
}

// node is one element of a part, located by byte offsets into the part:
// src[start:open] is the start tag, src[open:close] the content and
// src[close:end] the end tag (empty for a self-closing element).
type node struct {
	kind                    kind
	name                    xml.Name // as written: Space holds the prefix
	start, open, close, end int
	parent                  *node
	kids                    []*node

	text   string  // kT: the decoded content
	rawOff []int32 // kT: raw offset (from open) of each decoded byte, plus one; nil when equal
	attrs  []xml.Attr

	repeatIDs bool   // the subtree holds ids that must not repeat (w14:paraId, sdt ids)
	dirty     bool   // the subtree holds an edit; clean subtrees are copied raw
	x         *edits // the edits on this node, or nil
}

// qname returns the element name as written, "w:p".
func (n *node) qname() string {
	if n.name.Space == "" {
		return n.name.Local
	}
	return n.name.Space + ":" + n.name.Local
}

// startTag returns the raw start tag.
func (n *node) startTag(src []byte) []byte { return src[n.start:n.open] }

// attr returns the value of the attribute with the given local name, or "".
func (n *node) attr(local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// child returns the first child of kind k, or nil.
func (n *node) child(k kind) *node {
	for _, c := range n.kids {
		if c.kind == k {
			return c
		}
	}
	return nil
}

// rawAt returns the raw offset in the part of decoded byte i of a text node;
// i may equal len(n.text).
func (n *node) rawAt(i int) int {
	if n.rawOff == nil {
		return n.open + i
	}
	return n.open + int(n.rawOff[i])
}

// tree is a parsed part: the root element and the prefixes the part binds
// to the namespaces the engine knows.
type tree struct {
	src  []byte
	root *node
	w    map[string]bool // prefixes of WordprocessingML
	wp   string
	w14  string
}

// builder makes a tree from the tokens of a part, whichever reader
// (xmltok or encoding/xml, see parseTree) gives them.
type builder struct {
	t     *tree
	stack []*node
	prev  *node     // the element whose start tag was the previous token
	check wfChecker // what the readers let through
}

// newBuilder returns a builder for the part src.
func newBuilder(src []byte) *builder {
	return &builder{t: &tree{src: src, w: map[string]bool{}}, check: wfChecker{src: src}}
}

// token adds one token, found at src[tok.Start:tok.End], to the tree.
func (b *builder) token(tok *xmltok.Token) error {
	if err := b.check.token(tok); err != nil {
		return err
	}
	prev := b.prev
	b.prev = nil
	switch tok.Kind {
	case xmltok.StartElement:
		b.startElement(tok)
	case xmltok.EndElement:
		return b.endElement(tok, prev)
	case xmltok.CharData:
		if top := b.top(); top != nil && top.kind == kT {
			addText(top, b.t.src[tok.Start:tok.End], tok.Start-top.open)
		}
	case xmltok.Comment, xmltok.ProcInst, xmltok.Directive:
		if top := b.top(); top != nil && top.kind == kT {
			top.kind = kOther // markup inside w:t: leave the element alone
		}
	}
	return nil
}

// finish returns the tree once every token has been added.
func (b *builder) finish() (*tree, error) {
	if err := b.check.finish(); err != nil {
		return nil, err
	}
	if b.t.root == nil || len(b.stack) > 0 {
		return nil, fmt.Errorf("%w：文档不完整", errNotXML)
	}
	return b.t, nil
}

// top returns the element being read, or nil outside the root.
func (b *builder) top() *node {
	if len(b.stack) == 0 {
		return nil
	}
	return b.stack[len(b.stack)-1]
}

// startElement opens an element; the root binds the namespaces.
func (b *builder) startElement(se *xmltok.Token) {
	parent := b.top()
	if parent == nil && b.t.root == nil {
		b.t.bindNamespaces(se.Attrs)
	}
	name := nameOf(se.Name)
	n := &node{name: name, start: se.Start, open: se.End, parent: parent}
	n.kind = b.t.kindOf(name, parent)
	if n.kind == kFldChar || n.kind == kBookmark || n.kind == kDocPr {
		n.attrs = xmlAttrs(se.Attrs)
	}
	if (n.kind == kP || n.kind == kTr) && hasAttrPrefix(se.Attrs, b.t.w14) || n.kind == kID {
		n.repeatIDs = true
	}
	if parent == nil {
		b.t.root = n
	} else {
		parent.kids = append(parent.kids, n)
	}
	b.stack = append(b.stack, n)
	b.prev = n
}

// endElement closes the element being read; prev is the element whose
// start tag came just before, which makes an empty end a self-closing tag.
func (b *builder) endElement(ee *xmltok.Token, prev *node) error {
	n := b.top()
	if n == nil || n.name != nameOf(ee.Name) {
		return fmt.Errorf("%w：结束标记 </%s> 不匹配", errNotXML, ee.Name.Local)
	}
	start, end := ee.Start, ee.End
	b.stack = b.stack[:len(b.stack)-1]
	n.close, n.end = start, end
	if prev == n && start == end { // self-closing: <w:br/>
		n.close, n.end = n.open, n.open
	}
	if n.repeatIDs && n.parent != nil {
		n.parent.repeatIDs = true
	}
	return nil
}

// bindNamespaces records the prefixes the root binds to known namespaces.
func (t *tree) bindNamespaces(attrs []xmltok.Attr) {
	for _, a := range attrs {
		prefix := ""
		switch {
		case a.Name.Prefix == "xmlns":
			prefix = a.Name.Local
		case a.Name.Prefix == "" && a.Name.Local == "xmlns":
		default:
			continue
		}
		switch string(a.Value) {
		case nsW, nsWStrict:
			t.w[prefix] = true
		case nsWP:
			t.wp = prefix
		case nsW14:
			t.w14 = prefix
		}
	}
	if len(t.w) == 0 {
		t.w["w"] = true // a part without declarations: assume Word's prefix
	}
}

// kindOf classifies an element by its namespace and local name. The id of
// a content control only counts inside sdtPr.
func (t *tree) kindOf(name xml.Name, parent *node) kind {
	if name.Local == "docPr" && name.Space == t.wp && t.wp != "" {
		return kDocPr
	}
	if !t.w[name.Space] {
		return kOther
	}
	k := wKinds[name.Local]
	if k == kID && (parent == nil || parent.kind != kSdtPr) {
		return kOther
	}
	return k
}

// hasAttrPrefix reports whether an attribute has the given prefix.
func hasAttrPrefix(attrs []xmltok.Attr, prefix string) bool {
	if prefix == "" {
		return false
	}
	for _, a := range attrs {
		if a.Name.Prefix == prefix {
			return true
		}
	}
	return false
}

// mainPrefix returns the prefix of the WordprocessingML namespace, "w"
// when the part binds it (as every word processor does).
func (t *tree) mainPrefix() string {
	if t.w["w"] {
		return "w"
	}
	for p := range t.w {
		return p
	}
	return "w"
}

// nameOf returns a tokenizer name as an encoding/xml name as written:
// Space holds the prefix.
func nameOf(n xmltok.Name) xml.Name { return xml.Name{Space: n.Prefix, Local: n.Local} }

// xmlAttrs copies the attributes of a start element.
func xmlAttrs(attrs []xmltok.Attr) []xml.Attr {
	out := make([]xml.Attr, len(attrs))
	for i, a := range attrs {
		out[i] = xml.Attr{Name: nameOf(a.Name), Value: string(a.Value)}
	}
	return out
}
