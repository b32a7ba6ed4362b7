package docx

import (
	"bytes"
	"errors"
	"strconv"
	"strings"

	"jixiao/generator/tmpl"
)

// In a cell that may merge (tag.mergeCell), a 纵向合并 value prints after a
// mark telling the merge pass which template cell it is in and what it
// holds: markOpen, the cell's escaper context, the value's text and the
// text of each group value, quoted and separated by markSep, then
// markClose. XML can never hold these control characters, so the pass
// finds every mark for sure, and removes them all.
const (
	markOpen  = '\x02'
	markSep   = "\x1f"
	markClose = '\x03'
)

// mergeDown escapes a 纵向合并 value: its text, after a mark where its cell
// may merge.
func (c *escCtx) mergeDown(m tmpl.MergeDown) (string, error) {
	s, err := c.text(m.String())
	if err != nil || !c.merge {
		return s, err
	}
	return mergeMark(c.t.ctx, m) + s, nil
}

// mergeMark returns the mark of value m printed by context ctx.
func mergeMark(ctx int, m tmpl.MergeDown) string {
	var b strings.Builder
	b.WriteByte(markOpen)
	b.WriteString(strconv.Itoa(ctx))
	b.WriteString(markSep + strconv.Quote(m.String()))
	for _, w := range m.Within {
		// a MergeDown prints like its value: this is how Continues reads w
		b.WriteString(markSep + strconv.Quote(tmpl.MergeDown{Value: w}.String()))
	}
	b.WriteByte(markClose)
	return b.String()
}

// cellMark is a mark read back from rendered output: where it was in the
// output without marks, the context that printed it, and the value, its
// group values as texts.
type cellMark struct {
	at, ctx int
	m       tmpl.MergeDown
}

// errBadMark reports output whose marks the engine did not write.
var errBadMark = errors.New("纵向合并的标记不完整")

// takeMarks returns out without its marks, and the marks in order.
func takeMarks(out []byte) ([]byte, []cellMark, error) {
	if bytes.IndexByte(out, markOpen) < 0 {
		return out, nil, nil
	}
	clean := make([]byte, 0, len(out))
	var marks []cellMark
	for {
		i := bytes.IndexByte(out, markOpen)
		if i < 0 {
			return append(clean, out...), marks, nil
		}
		n := bytes.IndexByte(out[i:], markClose)
		if n < 0 {
			return nil, nil, errBadMark
		}
		m, err := parseMark(string(out[i+1 : i+n]))
		if err != nil {
			return nil, nil, err
		}
		clean = append(clean, out[:i]...)
		m.at = len(clean)
		marks = append(marks, m)
		out = out[i+n+1:]
	}
}

// parseMark reads the content of a mark, between markOpen and markClose.
func parseMark(s string) (cellMark, error) {
	fields := strings.Split(s, markSep)
	ctx, err := strconv.Atoi(fields[0])
	if err != nil || len(fields) < 2 {
		return cellMark{}, errBadMark
	}
	texts := make([]any, len(fields)-1)
	for i, f := range fields[1:] {
		if texts[i], err = strconv.Unquote(f); err != nil {
			return cellMark{}, errBadMark
		}
	}
	return cellMark{ctx: ctx, m: tmpl.MergeDown{Value: texts[0], Within: texts[1:]}}, nil
}
