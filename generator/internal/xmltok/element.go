package xmltok

import "bytes"

// startElement reads a start tag at t.pos: <name attr="value"…> or
// <name …/>.
func (t *Tokenizer) startElement() bool {
	name, i, ok := t.qname(t.pos + 1)
	if !ok {
		return false
	}
	t.tok.Name = name
	for {
		i = t.space(i)
		if i >= len(t.src) {
			return false
		}
		switch t.src[i] {
		case '>':
			t.open = append(t.open, name)
			return t.done(StartElement, i+1)
		case '/':
			if i+1 >= len(t.src) || t.src[i+1] != '>' {
				return false
			}
			t.open = append(t.open, name)
			t.tok.SelfClosing, t.closeTop = true, true
			return t.done(StartElement, i+2)
		}
		if i, ok = t.attr(i); !ok {
			return false
		}
	}
}

// attr reads the attribute at i, name="value" or name='value', and
// returns the offset after it.
func (t *Tokenizer) attr(i int) (int, bool) {
	name, i, ok := t.qname(i)
	if !ok {
		return 0, false
	}
	i = t.space(i)
	if i >= len(t.src) || t.src[i] != '=' {
		return 0, false
	}
	i = t.space(i + 1)
	if i >= len(t.src) || t.src[i] != '"' && t.src[i] != '\'' {
		return 0, false
	}
	n := bytes.IndexByte(t.src[i+1:], t.src[i])
	if n < 0 {
		return 0, false
	}
	raw := t.src[i+1 : i+1+n]
	if bytes.IndexByte(raw, '<') >= 0 {
		return 0, false
	}
	value, ok := t.decode(raw)
	if !ok {
		return 0, false
	}
	t.tok.Attrs = append(t.tok.Attrs, Attr{Name: name, Value: value})
	return i + 2 + n, true
}

// endElement reads an end tag at t.pos, </name>, which must close the
// innermost open element.
func (t *Tokenizer) endElement() bool {
	end, ok := t.scanName(t.pos + 2)
	if !ok || len(t.open) == 0 {
		return false
	}
	name := t.open[len(t.open)-1]
	i := t.space(end)
	if i >= len(t.src) || t.src[i] != '>' || !name.is(t.src[t.pos+2:end]) {
		return false
	}
	t.open = t.open[:len(t.open)-1]
	t.tok.Name = name
	return t.done(EndElement, i+1)
}

// closeSelf returns the end element encoding/xml reports after a
// self-closing start element, with an empty span.
func (t *Tokenizer) closeSelf() bool {
	t.closeTop = false
	t.tok.Name = t.open[len(t.open)-1]
	t.open = t.open[:len(t.open)-1]
	return t.done(EndElement, t.pos)
}

// space returns the offset of the first byte at or after i that is not
// XML white space.
func (t *Tokenizer) space(i int) int {
	for i < len(t.src) {
		switch t.src[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}
