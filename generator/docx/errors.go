package docx

import (
	"errors"
	"sort"
	"strconv"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/internal/lazyre"
	"jixiao/generator/tmpl"
)

// reportAll adds the problems of part p to t's diagnostics in document
// order: by paragraph, then by place in the paragraph; problems without a
// tag last.
func (t *Template) reportAll(p *part, probs []problem) {
	sort.SliceStable(probs, func(i, j int) bool { return before(probs[i].t, probs[j].t) })
	for _, pr := range probs {
		t.report(&t.diags, p, pr.t, pr.msg)
	}
}

// before reports whether tag a comes before tag b in the document.
func before(a, b *tag) bool {
	switch {
	case a == nil || a.para == nil:
		return false
	case b == nil || b.para == nil:
		return true
	case a.para != b.para:
		return a.para.n.start < b.para.n.start
	}
	return a.span.jFrom < b.span.jFrom
}

// report adds an error about tag tg (nil when unknown) of part p: the
// position names the template, the part and the paragraph or cell; the
// message starts with the tag as typed.
func (t *Template) report(diags *diag.List, p *part, tg *tag, msg string) {
	pos := diag.Pos{File: t.name, Part: p.name}
	if tg == nil {
		diags.Errorf(pos, "%s", msg)
		return
	}
	pos.Place = tg.para.place
	diags.Errorf(pos, "%s：%s", tg.label(), msg)
}

// execLoc matches the location text/template gives execution errors:
// “template: NAME:LINE:COL: ”, COL counting bytes from 0.
var execLoc = lazyre.New(`^template: [^:]*:(\d+):(\d+): `)

// execError turns an execution error of part p into a diagnostic at the
// tag that failed.
func (t *Template) execError(p *part, err error) diag.List {
	var diags diag.List
	msg := fusedRE.ReplaceAllString(tmpl.Explain(err), "")
	var ve *valueError
	if errors.As(err, &ve) {
		msg = ve.msg
	}
	t.report(&diags, p, p.src.tagAt(errorOffset(p.src.text, err.Error())), msg)
	return diags
}

// errorOffset returns the source offset an execution error names, or -1.
func errorOffset(src, msg string) int {
	m := execLoc.FindStringSubmatch(msg)
	if m == nil {
		return -1
	}
	line, _ := strconv.Atoi(m[1])
	col, _ := strconv.Atoi(m[2])
	off := 0
	for ; line > 1; line-- {
		i := strings.IndexByte(src[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return off + col
}
