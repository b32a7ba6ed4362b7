package docx

import (
	"bytes"
	"slices"
	"strconv"
	"unicode/utf8"
)

// idFixer makes the ids of one rendered document unique after blocks have
// repeated or removed content: drawing ids (wp:docPr/@id) and bookmarks
// (w:bookmarkStart/@w:id with its w:bookmarkEnd, and w:name). The first
// occurrence of an id keeps it; later ones get new numbers above every id
// of the template, in document order, so the output is deterministic. A
// bookmark whose start or end was removed or repeated alone loses its
// unpaired halves. One idFixer serves one Execute.
type idFixer struct {
	next  int             // the next new id
	docPr map[string]bool // drawing ids written so far
	marks map[string]bool // bookmark ids written so far
	names map[string]bool // bookmark names written so far
}

// newIDFixer returns a fixer whose new ids start above maxID.
func newIDFixer(maxID int) *idFixer {
	return &idFixer{next: maxID + 1, docPr: map[string]bool{}, marks: map[string]bool{}, names: map[string]bool{}}
}

// newID returns the next unused id.
func (f *idFixer) newID() string {
	id := strconv.Itoa(f.next)
	f.next++
	return id
}

// fix returns out with unique ids; wp and w are the part's prefixes.
func (f *idFixer) fix(out []byte, wp, w string) []byte {
	var reps []replacement
	if wp != "" {
		reps = append(reps, f.drawings(out, wp)...)
	}
	reps = append(reps, f.bookmarks(out, w)...)
	return applyReplacements(out, reps)
}

// replacement puts text in place of out[from:to].
type replacement struct {
	from, to int
	text     string
}

// applyReplacements applies reps, which must be sorted and disjoint
// within each producer; the two producers never touch the same element.
func applyReplacements(out []byte, reps []replacement) []byte {
	if len(reps) == 0 {
		return out
	}
	sortReplacements(reps)
	var b bytes.Buffer
	b.Grow(len(out))
	pos := 0
	for _, r := range reps {
		b.Write(out[pos:r.from])
		b.WriteString(r.text)
		pos = r.to
	}
	b.Write(out[pos:])
	return b.Bytes()
}

// sortReplacements orders reps by position, keeping equal ones in order.
func sortReplacements(reps []replacement) {
	slices.SortStableFunc(reps, func(a, b replacement) int { return a.from - b.from })
}

// drawings renumbers repeated wp:docPr ids.
func (f *idFixer) drawings(out []byte, wp string) []replacement {
	var reps []replacement
	for _, el := range elements(out, qualify(wp, "docPr")) {
		from, to, ok := attrValue(out[el.from:el.tagEnd], "id")
		if !ok {
			continue
		}
		id := string(out[el.from+from : el.from+to])
		if f.docPr[id] {
			id = f.newID()
			reps = append(reps, replacement{el.from + from, el.from + to, id})
		}
		f.docPr[id] = true
	}
	return reps
}

// element is the raw range of one element, start tag to end tag, and the
// end of its start tag.
type element struct{ from, to, tagEnd int }

// elements returns every element called name (a qualified name) in out.
// The range covers the start tag, or the whole element when it is not
// self-closing.
func elements(out []byte, name string) []element {
	var els []element
	open := []byte("<" + name)
	for pos := 0; ; {
		i := bytes.Index(out[pos:], open)
		if i < 0 {
			return els
		}
		from := pos + i
		after := from + len(open)
		gt := bytes.IndexByte(out[after:], '>')
		if gt < 0 || (out[after] != ' ' && out[after] != '/' && out[after] != '>' && !isSpace(out[after])) {
			pos = after
			continue
		}
		to := after + gt + 1
		tagEnd := to
		if out[to-2] != '/' {
			if end := bytes.Index(out[to:], []byte("</"+name+">")); end >= 0 {
				to += end + len("</"+name+">")
			}
		}
		els = append(els, element{from, to, tagEnd})
		pos = to
	}
}

// attrValue finds attribute name (optionally prefixed) in a raw start tag
// and returns the range of its value.
func attrValue(tag []byte, name string) (int, int, bool) {
	for pos := 0; ; {
		i := bytes.Index(tag[pos:], []byte(name+"="))
		if i < 0 {
			return 0, 0, false
		}
		at := pos + i
		before := tag[at-1]
		vstart := at + len(name) + 1
		if (before == ' ' || before == ':' || isSpace(before)) && vstart < len(tag) && (tag[vstart] == '"' || tag[vstart] == '\'') {
			if end := bytes.IndexByte(tag[vstart+1:], tag[vstart]); end >= 0 {
				return vstart + 1, vstart + 1 + end, true
			}
		}
		pos = vstart
	}
}

// mark is a bookmark start or end in rendered output.
type mark struct {
	el      element
	start   bool
	id      string
	idAt    [2]int // the id value's range in the output
	partner int    // the index of the other half, or -1
}

// bookmarks pairs bookmark starts and ends by id in document order,
// renumbers repeated ids, renames repeated names, and removes halves left
// without a partner.
func (f *idFixer) bookmarks(out []byte, w string) []replacement {
	marks := findMarks(out, w)
	pairMarks(marks)
	var reps []replacement
	for _, m := range marks {
		switch {
		case m.partner < 0:
			reps = append(reps, replacement{m.el.from, m.el.to, ""})
		case m.start:
			reps = append(reps, f.renumber(out, m, marks[m.partner])...)
		}
	}
	return reps
}

// findMarks returns the bookmark starts and ends of out in order.
func findMarks(out []byte, w string) []mark {
	var marks []mark
	for _, start := range []bool{true, false} {
		name := qualify(w, "bookmarkEnd")
		if start {
			name = qualify(w, "bookmarkStart")
		}
		for _, el := range elements(out, name) {
			from, to, ok := attrValue(out[el.from:el.tagEnd], "id")
			if !ok {
				continue
			}
			marks = append(marks, mark{el: el, start: start, id: string(out[el.from+from : el.from+to]),
				idAt: [2]int{el.from + from, el.from + to}, partner: -1})
		}
	}
	slices.SortFunc(marks, func(a, b mark) int { return a.el.from - b.el.from })
	return marks
}

// pairMarks matches each end with the earliest open start of its id.
func pairMarks(marks []mark) {
	open := map[string][]int{}
	for i, m := range marks {
		if m.start {
			open[m.id] = append(open[m.id], i)
			continue
		}
		if q := open[m.id]; len(q) > 0 {
			marks[q[0]].partner, marks[i].partner = i, q[0]
			open[m.id] = q[1:]
		}
	}
}

// renumber gives a repeated bookmark a new id (start and end) and a new
// name.
func (f *idFixer) renumber(out []byte, start, end mark) []replacement {
	var reps []replacement
	id := start.id
	if f.marks[id] {
		id = f.newID()
		reps = append(reps, replacement{start.idAt[0], start.idAt[1], id}, replacement{end.idAt[0], end.idAt[1], id})
	}
	f.marks[id] = true
	from, to, ok := attrValue(out[start.el.from:start.el.tagEnd], "name")
	if !ok {
		return reps
	}
	name := string(out[start.el.from+from : start.el.from+to])
	if f.names[name] {
		name = f.uniqueName(name)
		reps = append(reps, replacement{start.el.from + from, start.el.from + to, name})
	}
	f.names[name] = true
	return reps
}

// uniqueName returns name_2, name_3… (at most 40 characters, Word's limit)
// for a name already used.
func (f *idFixer) uniqueName(name string) string {
	for n := 2; ; n++ {
		suffix := "_" + strconv.Itoa(n)
		base := name
		for utf8.RuneCountInString(base)+len(suffix) > 40 {
			_, size := utf8.DecodeLastRuneInString(base)
			base = base[:len(base)-size]
		}
		if !f.names[base+suffix] {
			return base + suffix
		}
	}
}
