package facts

import (
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/num"
)

// Value is one loaded fact. Every field of the schema has a Value, present
// or not, so lookups never fail for known paths.
type Value struct {
	Field    *Field
	Path     string   // dotted path, "人员.编制数"; items of lists add no index
	Pos      diag.Pos // where the value is written (or its parent, when absent)
	KeyPos   diag.Pos // where its key is written; zero for absent values, items and the root
	Parent   *Value   // the object or list holding it; nil for the root
	Index    int      // 1, 2, … for the items of a list; 0 otherwise
	Present  bool
	None     bool              // written “无”: an object's numbers are 0, a list is empty
	Num      num.Dec           // Money, Count, Decimal, Year
	Str      string            // Text, Prose, Date
	Bool     bool              // Bool
	Items    []*Value          // List
	Fields   map[string]*Value // Object: every child of the schema
	Sections []Section         // Narrative
}

// Section is one titled part of a narrative.
type Section struct {
	Title string
	Body  string
}

// Facts is a loaded facts file.
type Facts struct {
	File   string
	Schema *Field
	Root   *Value
}

// Get returns the value at a dotted path, or nil when the path does not
// name a field outside lists. Paths inside list items cannot be reached here;
// use the list's Items.
func (f *Facts) Get(path string) *Value {
	return f.Root.Get(path)
}

// Get follows a dotted path below v.
func (v *Value) Get(path string) *Value {
	cur := v
	for _, key := range strings.Split(path, ".") {
		if cur == nil || cur.Fields == nil {
			return nil
		}
		cur = cur.Fields[key]
	}
	return cur
}

// Dec returns the number at path and whether it is present.
func (f *Facts) Dec(path string) (num.Dec, bool) {
	v := f.Get(path)
	if v == nil || !v.Present {
		return num.Zero, false
	}
	return v.Num, true
}

// Text returns the text at path, or "" when absent.
func (f *Facts) Text(path string) string {
	if v := f.Get(path); v != nil && v.Present {
		return v.Str
	}
	return ""
}

// Unit returns the display name of the unit.
func (f *Facts) Unit() string { return f.Text("单位") }

// Year returns the year as text ("2022"), or "" when absent.
func (f *Facts) Year() string {
	if d, ok := f.Dec("年度"); ok {
		return d.String()
	}
	return ""
}

// Written returns the nearest value at or above v whose key the file
// writes (even with nothing after it), and whether it is v itself: where to
// fill v in when it is absent.
func (v *Value) Written() (*Value, bool) {
	for c := v; c != nil; c = c.Parent {
		if c.Parent == nil || !c.KeyPos.IsZero() || (c.Index > 0 && c.Present) {
			return c, c == v
		}
	}
	return nil, false
}

// Walk calls fn for v and every value below it, items of lists included.
func (v *Value) Walk(fn func(*Value)) {
	fn(v)
	for _, it := range v.Items {
		it.Walk(fn)
	}
	for _, c := range v.Field.Fields {
		if cv := v.Fields[c.Key]; cv != nil {
			cv.Walk(fn)
		}
	}
}
