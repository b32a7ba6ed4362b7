package webui

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
)

// xnode is an element of a Word part, reduced to what the preview reads:
// its local name, attributes by local name, children, and the text of a
// w:t element.
type xnode struct {
	name  string
	attrs map[string]string
	kids  []*xnode
	text  string
}

// Bounds of a part the preview reads: the documents are the package's own,
// rendered in memory, but a pack's template may be large or deep.
const (
	maxPartBytes = 16 << 20
	maxXMLDepth  = 256
)

var errTooDeep = errors.New("XML 嵌套过深")

// readPart parses the part name of a Word file, or returns nil when it is
// not there.
func readPart(zr *zip.Reader, name string) (*xnode, error) {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return parseXML(io.LimitReader(rc, maxPartBytes))
	}
	return nil, nil
}

// parseXML builds the tree of an XML text.
func parseXML(r io.Reader) (*xnode, error) {
	d := xml.NewDecoder(r)
	root := &xnode{}
	stack := []*xnode{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return root, nil
		}
		if err != nil {
			return nil, err
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > maxXMLDepth {
				return nil, errTooDeep
			}
			n := &xnode{name: t.Name.Local, attrs: map[string]string{}}
			for _, a := range t.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if top.name == "t" {
				top.text += string(t)
			}
		}
	}
}

// child returns the first child named name, or nil.
func (n *xnode) child(name string) *xnode {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// kidsNamed returns the children named name.
func (n *xnode) kidsNamed(name string) []*xnode {
	var out []*xnode
	if n == nil {
		return out
	}
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, k)
		}
	}
	return out
}

// val is the w:val attribute of the child named name, and whether that
// child is there.
func (n *xnode) val(name string) (string, bool) {
	c := n.child(name)
	if c == nil {
		return "", false
	}
	return c.attrs["val"], true
}

// on reports a toggle property (w:b, w:b w:val="true"; not w:val="0").
func (n *xnode) on(name string) (bool, bool) {
	v, ok := n.val(name)
	if !ok {
		return false, false
	}
	return v != "0" && v != "false" && v != "off", true
}

// zipReader opens a document held in memory.
func zipReader(data []byte) (*zip.Reader, error) {
	return zip.NewReader(bytes.NewReader(data), int64(len(data)))
}
