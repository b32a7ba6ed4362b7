package docx

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
)

// The generated template delimits actions with control characters, which
// XML text can never contain: whatever a part holds outside tags is literal
// text, and no escaping of the XML is needed.
const (
	lDelim = "\x01{"
	rDelim = "}\x01"
)

// source is a part turned into text/template source.
type source struct {
	text    string
	locs    []loc  // every tag's action, in source order
	control []*tag // the control tags in source order
}

// loc maps bytes [from, to) of the source to the tag they came from.
type loc struct {
	from, to int
	t        *tag
}

// tagAt returns the tag whose action holds source offset off, or nil.
func (s *source) tagAt(off int) *tag {
	i := sort.Search(len(s.locs), func(i int) bool { return s.locs[i].to > off })
	if i < len(s.locs) && s.locs[i].from <= off {
		return s.locs[i].t
	}
	return nil
}

// generator writes the source of one part: the raw bytes of every element
// without edits, and the edited elements piece by piece.
type generator struct {
	src    []byte
	b      strings.Builder
	s      *source
	ranges int              // range blocks open at this point of the source
	ctxs   *[]*escCtx       // the escaper contexts of the whole template
	shared map[*node]escCtx // the context of the first tag in each w:t, shared by the others there
}

// generate returns the template source of a part whose edits are recorded
// on the nodes of t, appending the escaper contexts of its output tags to
// ctxs.
func generate(t *tree, ctxs *[]*escCtx) *source {
	g := &generator{src: t.src, s: &source{}, ctxs: ctxs, shared: map[*node]escCtx{}}
	g.b.Grow(len(t.src) + len(t.src)/8)
	g.raw(0, t.root.start)
	g.node(t.root, 0)
	g.raw(t.root.end, len(t.src))
	g.s.text = g.b.String()
	return g.s
}

// raw copies src[from:to] to the source.
func (g *generator) raw(from, to int) {
	if from < to {
		g.b.Write(g.src[from:to])
	}
}

// node writes n and the actions lifted next to it. guard is the guard of
// n's parent, which learns whether n is a paragraph or a table.
func (g *generator) node(n *node, guard int) {
	x := n.x
	if x != nil {
		g.actions(x.before)
	}
	switch {
	case n.kind == kID && g.ranges > 0:
		// a repeated content control drops its id; Word assigns a new one
	case x != nil && x.drop:
		g.actions(x.at)
	case x != nil && x.emptied:
		g.actions(x.at)
		g.emptyParagraph(n)
		g.setGuard(guard, n)
	case !n.dirty && !(g.ranges > 0 && n.repeatIDs):
		g.raw(n.start, n.end)
		g.setGuard(guard, n)
	default:
		g.inside(n)
		g.setGuard(guard, n)
	}
	if x != nil {
		g.actions(x.after)
	}
}

// inside writes an element with edits below it.
func (g *generator) inside(n *node) {
	g.startTag(n)
	guard := 0
	if n.x != nil && n.x.guard > 0 {
		guard = n.x.guard
		g.internal(guardVar(guard) + " := 0")
	}
	if n.kind == kT && n.x != nil && len(n.x.cuts) > 0 {
		g.text(n)
	} else {
		pos := n.open
		for _, c := range n.kids {
			g.raw(pos, c.start)
			g.node(c, guard)
			pos = c.end
		}
		g.raw(pos, n.close)
	}
	if guard > 0 {
		g.guardEnd(n, guard)
	}
	g.raw(n.close, n.end)
}

// startTag writes n's start tag: a text element with cuts keeps its spaces
// (xml:space="preserve"); a repeated paragraph or row drops its w14 ids.
func (g *generator) startTag(n *node) {
	switch {
	case n.kind == kT && n.x != nil && len(n.x.cuts) > 0:
		g.b.WriteString("<" + n.qname() + ` xml:space="preserve">`)
	case g.ranges > 0 && (n.kind == kP || n.kind == kTr) && n.repeatIDs:
		g.b.Write(stripW14(n.startTag(g.src)))
	default:
		g.raw(n.start, n.open)
	}
}

// text writes a text element's content without the tags' text, with the
// inline actions where their tags started.
func (g *generator) text(n *node) {
	cuts := n.x.cuts
	sort.SliceStable(cuts, func(i, j int) bool { return cuts[i].from < cuts[j].from })
	pos := n.open
	for _, c := range cuts {
		g.raw(pos, c.from)
		if c.t != nil {
			g.action(c.t)
		}
		pos = max(pos, c.to)
	}
	g.raw(pos, n.close)
}

// actions writes the actions of ts in order.
func (g *generator) actions(ts []*tag) {
	for _, t := range ts {
		g.action(t)
	}
}

// action writes the action of t and records where it is.
func (g *generator) action(t *tag) {
	switch {
	case t.kind == tagOpen && t.word == "range":
		g.ranges++
	case t.kind == tagEnd && t.block != nil && t.block.word == "range":
		g.ranges--
	}
	if t.kind == tagOpen || t.kind == tagElse || t.kind == tagEnd {
		g.s.control = append(g.s.control, t)
	}
	if t.kind == tagOutput {
		t.ctx = len(*g.ctxs)
		*g.ctxs = append(*g.ctxs, g.ctxFor(t))
	}
	t.srcFrom = g.b.Len()
	g.b.WriteString(lDelim + t.action + rDelim)
	t.srcTo = g.b.Len()
	g.s.locs = append(g.s.locs, loc{from: t.srcFrom, to: t.srcTo, t: t})
}

// ctxFor returns the escaper context of output tag t. The XML a context
// writes depends only on the w:t the tag starts in (its run and
// paragraph), so tags in one w:t share it.
func (g *generator) ctxFor(t *tag) *escCtx {
	at := t.para.atoms[t.span.from.atom].n
	c, ok := g.shared[at]
	if !ok {
		c = *newCtx(g.src, t)
		g.shared[at] = c
	}
	c.t, c.merge = t, t.mergeCell
	return &c
}

// internal writes an action of the engine's own.
func (g *generator) internal(action string) { g.b.WriteString(lDelim + action + rDelim) }

// guardVar names the variable of guard id.
func guardVar(id int) string { return "$_jixiao_p" + strconv.Itoa(id) }

// setGuard tells the guard of n's container that a paragraph (1) or a
// table (0) was written last.
func (g *generator) setGuard(guard int, n *node) {
	switch {
	case guard == 0:
	case n.kind == kP || n.kind == kInline:
		g.internal(guardVar(guard) + " = 1")
	case n.kind == kTbl:
		g.internal(guardVar(guard) + " = 0")
	}
}

// guardEnd adds an empty paragraph when container n ends without one.
func (g *generator) guardEnd(n *node, guard int) {
	g.internal("if not " + guardVar(guard))
	if p := lastParagraph(n); p != nil {
		g.emptyParagraph(p)
	} else {
		g.b.WriteString("<" + qualify(n.name.Space, "p") + "/>")
	}
	g.internal("end")
}

// emptyParagraph writes paragraph p with its properties only.
func (g *generator) emptyParagraph(p *node) {
	g.b.WriteString("<" + p.qname() + ">")
	g.b.Write(paragraphProps(g.src, p))
	g.b.WriteString("</" + p.qname() + ">")
}

// paragraphProps returns the raw pPr of p without section properties, or
// nothing when p has none.
func paragraphProps(src []byte, p *node) []byte {
	ppr := p.child(kPPr)
	if ppr == nil {
		return nil
	}
	if s := ppr.child(kSectPr); s != nil {
		out := append([]byte{}, src[ppr.start:s.start]...)
		return append(out, src[s.end:ppr.end]...)
	}
	return src[ppr.start:ppr.end]
}

// qualify returns prefix:local, or local without a prefix.
func qualify(prefix, local string) string {
	if prefix == "" {
		return local
	}
	return prefix + ":" + local
}

// stripW14 removes the w14:paraId and w14:textId attributes (any attribute
// with a w14-style prefix ending in “Id”) from a raw start tag.
func stripW14(tag []byte) []byte {
	out := make([]byte, 0, len(tag))
	for len(tag) > 0 {
		i := bytes.Index(tag, []byte(":paraId=")) // the common case first
		j := bytes.Index(tag, []byte(":textId="))
		if i < 0 || (j >= 0 && j < i) {
			i = j
		}
		if i < 0 {
			break
		}
		start := bytes.LastIndexByte(tag[:i], ' ')
		q := tag[i+len(":paraId=")]
		end := bytes.IndexByte(tag[i+len(":paraId=")+1:], q)
		if start < 0 || end < 0 {
			break
		}
		out = append(out, tag[:start]...)
		tag = tag[i+len(":paraId=")+1+end+1:]
	}
	return append(out, tag...)
}
