package webui

import "archive/zip"

// styleSheet holds the paragraph styles of a Word file, for the preview.
type styleSheet struct {
	styles map[string]*xnode // w:style by w:styleId
	normal string            // the default paragraph style
	size   int               // the default size (docDefaults), in half-points
}

// props are what the preview shows of a paragraph's formatting.
type props struct {
	align  string
	size   int
	bold   bool
	level  int
	indent bool
}

// maxStyleChain bounds a chain of w:basedOn.
const maxStyleChain = 16

func readStyles(zr *zip.Reader) (*styleSheet, error) {
	ss := &styleSheet{styles: map[string]*xnode{}}
	root, err := readPart(zr, "word/styles.xml")
	if err != nil || root == nil {
		return ss, err
	}
	styles := root.child("styles")
	if d := styles.child("docDefaults").child("rPrDefault").child("rPr"); d != nil {
		ss.size = atoi(attrOr(d, "sz"))
	}
	for _, st := range styles.kids {
		if st.name != "style" || st.attrs["type"] != "paragraph" {
			continue
		}
		ss.styles[st.attrs["styleId"]] = st
		if on := st.attrs["default"]; on == "1" || on == "true" {
			ss.normal = st.attrs["styleId"]
		}
	}
	return ss, nil
}

// resolve gives the formatting of a paragraph with properties pPr: its
// style's (following w:basedOn), then its own.
func (ss *styleSheet) resolve(pPr *xnode) props {
	p := props{size: ss.size}
	id := ss.normal
	if v, ok := pPr.val("pStyle"); ok {
		id = v
	}
	var chain []*xnode
	for i := 0; i < maxStyleChain && ss.styles[id] != nil; i++ {
		st := ss.styles[id]
		chain = append([]*xnode{st}, chain...)
		id, _ = st.val("basedOn")
	}
	for _, st := range chain {
		p.apply(st.child("pPr"), st.child("rPr"))
	}
	p.apply(pPr, pPr.child("rPr"))
	return p
}

// apply lays the properties of one level (a style, or the paragraph) over p.
func (p *props) apply(pPr, rPr *xnode) {
	if v, ok := pPr.val("jc"); ok {
		p.align = alignments[v]
	}
	if v, ok := pPr.val("outlineLvl"); ok {
		p.level = atoi(v) + 1
	}
	if ind := pPr.child("ind"); ind != nil {
		if v, ok := ind.attrs["firstLine"]; ok {
			p.indent = atoi(v) > 0
		}
		if v, ok := ind.attrs["firstLineChars"]; ok {
			p.indent = atoi(v) > 0
		}
	}
	if v, ok := rPr.val("sz"); ok {
		p.size = atoi(v)
	}
	if v, ok := rPr.on("b"); ok {
		p.bold = v
	}
}

// alignments maps w:jc to what the page knows; anything else is left.
var alignments = map[string]string{
	"center": "center", "right": "right", "end": "right", "both": "justify", "distribute": "justify",
}
