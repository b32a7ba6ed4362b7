package scaffold

import (
	"strings"

	"jixiao/generator/facts"
)

// scalarValue writes “key: value” for a carried scalar, as a “|-” block
// when the text has several lines.
func (w *writer) scalarValue(indent int, prefix string, v *facts.Value) {
	if s, ok := scalarText(v); ok {
		w.line(indent, prefix+s)
		return
	}
	w.line(indent, prefix+"|-")
	for _, l := range strings.Split(v.Str, "\n") {
		w.line(indent+1, l)
	}
}

// items writes last year's items of a list: a stable list as it was, a
// list of period rows with their names and 上年 columns.
func (w *writer) items(indent int, f *facts.Field, path string, old *facts.Value) {
	if old == nil || !old.Present {
		return
	}
	row := isPeriodRow(f.Elem)
	if !row && !stable(path) {
		return
	}
	for _, it := range old.Items {
		if f.Elem.Kind != facts.Object {
			w.scalarValue(indent+1, "- ", it)
			continue
		}
		w.item(indent+1, f.Elem, path, it)
	}
}

// item writes one object item of a list: its first key after “- ”, the
// others below it; blank fields are written as empty keys.
func (w *writer) item(indent int, elem *facts.Field, path string, it *facts.Value) {
	for i, c := range elem.Fields {
		prefix, at := c.Key+": ", indent+1
		if i == 0 {
			prefix, at = "- "+prefix, indent
		}
		v := carriedScalar(c, path+"."+c.Key, it)
		if c.Key == "名称" {
			v = present(it.Get("名称"))
		}
		if v == nil || c.Kind == facts.Object || c.Kind == facts.List {
			w.line(at, strings.TrimSpace(prefix))
			continue
		}
		w.scalarValue(at, prefix, v)
	}
}
