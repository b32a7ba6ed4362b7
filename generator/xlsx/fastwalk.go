package xlsx

import (
	"bytes"
	"strings"
)

// walker steps through the tags of a part checkXML accepted, keeping the
// local names of the open elements, as encoding/xml matches elements by
// local name. ok turns false when something the fast reader does not
// model is met; the reader then declines.
type walker struct {
	src   []byte
	t     xtag
	stack []string // local names of the open elements; the current tag's own last
	i     int
	pop   bool // the current tag ends its element
	ok    bool
}

func newWalker(src []byte) *walker { return &walker{src: src, ok: true} }

// next moves to the next start or end tag.
func (w *walker) next() bool {
	if w.pop {
		w.stack = w.stack[:len(w.stack)-1]
		w.pop = false
	}
	t, found := nextTag(w.src, w.i)
	if !found || !w.ok {
		return false
	}
	w.t, w.i = t, t.end
	if t.closing {
		w.pop = true
		return true
	}
	w.stack = append(w.stack, t.local())
	w.pop = t.empty
	return true
}

// start reports whether the current tag is a start tag at path names.
func (w *walker) start(names ...string) bool {
	if w.t.closing || len(w.stack) != len(names) {
		return false
	}
	for i, n := range names {
		if w.stack[i] != n {
			return false
		}
	}
	return true
}

// under reports whether the current tag lies inside the element at path
// names (at any depth below it).
func (w *walker) under(names ...string) bool {
	if len(w.stack) <= len(names) {
		return false
	}
	for i, n := range names {
		if w.stack[i] != n {
			return false
		}
	}
	return true
}

// attr returns the value of the current tag's attribute whose local name
// is local, entities resolved. Two attributes of that local name make the
// walk fail, as encoding/xml would take the last.
func (w *walker) attr(local string) (string, bool) {
	var raw []byte
	n := 0
	w.t.eachAttr(func(name, value []byte) bool {
		if i := bytes.IndexByte(name, ':'); string(name[i+1:]) == local {
			raw, n = value, n+1
		}
		return true
	})
	if n > 1 {
		w.ok = false
	}
	if n == 0 {
		return "", false
	}
	return decodeText(raw), true
}

// text returns the character data of the current element, which must hold
// nothing but text (no child, comment or CDATA), and moves past its end.
func (w *walker) text() string {
	if w.t.empty {
		return ""
	}
	end, found := nextTag(w.src, w.i)
	if !found || !end.closing || end.name != w.t.name {
		w.ok = false
		return ""
	}
	raw := w.src[w.t.end:end.start]
	if bytes.IndexByte(raw, '<') >= 0 {
		w.ok = false
		return ""
	}
	w.t, w.i, w.pop = end, end.end, true
	return decodeText(raw)
}

// skip moves to the end of the current element.
func (w *walker) skip() {
	if w.pop {
		return
	}
	depth := len(w.stack)
	for w.next() {
		if w.t.closing && len(w.stack) == depth {
			return
		}
	}
}

// path returns the open elements, for messages in tests.
func (w *walker) path() string { return strings.Join(w.stack, "/") }
