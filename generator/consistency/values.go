package consistency

import (
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/num"
)

// fact returns the value at path and whether it is given.
func (c *checker) fact(path string) (*facts.Value, bool) {
	v := c.set.Facts.Get(path)
	return v, v != nil && v.Present
}

// pos is where path is written, or where its parent is; a ref to a
// recomputed total (合计.…) is placed at its stated row.
func (c *checker) pos(path string) diag.Pos {
	if v := c.set.Facts.Get(metrics.StatedOf(path)); v != nil {
		return v.Pos
	}
	return c.set.Facts.Root.Pos
}

// name names the fact at path (or the stated row of a total) as the forms
// do: “公务接待2022年决算数”.
func (c *checker) name(path string) string {
	return c.set.Names.Name(c.set.Facts.Schema, metrics.StatedOf(path))
}

// row is the row of the fact at path: “公务接待”.
func (c *checker) row(path string) string {
	row, col := c.set.Names.Row(c.set.Facts.Schema, metrics.StatedOf(path))
	if row == "" {
		return col
	}
	return row
}

// column is the column of the fact at path: “2022年决算数”.
func (c *checker) column(path string) string {
	_, col := c.set.Names.Row(c.set.Facts.Schema, metrics.StatedOf(path))
	return col
}

// part is one operand of a sum check, as found in the facts.
type part struct {
	label string
	value num.Dec
	known bool
}

// checkValue reads a part of a stated total for checking: a plain fact, or a
// nested total taken from its own parts (absent parts count as 0) so that a
// wrong subtotal is reported once, where it is written.
func (c *checker) checkValue(ref string) part {
	if !strings.HasPrefix(ref, metrics.Prefix) {
		v, ok := c.fact(ref)
		p := part{label: c.row(ref), known: ok}
		if ok {
			p.value = v.Num
		}
		return p
	}
	d := totalDef(strings.TrimPrefix(ref, metrics.Prefix))
	sum, known := num.Zero, false
	for _, r := range d.Parts {
		if p := c.checkValue(r); p.known {
			sum, known = sum.Add(p.value), true
		}
	}
	if !known {
		v, ok := c.fact(d.Stated)
		if ok {
			sum = v.Num
		}
		known = ok
	}
	return part{label: c.row(d.Stated), value: sum, known: known}
}

func totalDef(name string) metrics.TotalDef {
	for _, d := range metrics.TotalDefs() {
		if d.Name == name {
			return d
		}
	}
	return metrics.TotalDef{}
}

// label shortens a fact path for messages: "三公经费.公务接待.本年决算" →
// "公务接待".
func label(path string) string {
	segs := strings.Split(path, ".")
	if len(segs) >= 2 {
		if last := segs[len(segs)-1]; isPeriod(last) {
			segs = segs[:len(segs)-1]
		}
	}
	name := segs[len(segs)-1]
	if name == "合计" && len(segs) >= 2 {
		return segs[len(segs)-2] + "合计"
	}
	return name
}

func isPeriod(s string) bool {
	for _, p := range facts.Periods {
		if s == p {
			return true
		}
	}
	return false
}

// amount writes an amount as prose does: “613.76万元”, “1802万元”, “0元”.
func amount(d num.Dec) string { return num.ProseWan(d) }
