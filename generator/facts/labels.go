package facts

import (
	"strings"

	"jixiao/generator/num"
)

// Namer names facts as the clerk finds them on the forms, in two forms:
// Name is the fact in a sentence ("聘用人员实际使用数", "“三公经费”2022年预算数"),
// Where says on which form, row and column to look it up ("附件1-2 “三公经费”
// 2022年预算数"). Column names carry the years of the facts file; without a
// 年度 they say 本年 and 上年.
type Namer struct {
	This, Last string // "2022", "2021"
}

// NamerFor returns the Namer of a facts file whose 年度 is year ("" when
// unknown).
func NamerFor(year string) Namer {
	y, ok := num.Parse(year)
	if !ok || !y.IsInteger() {
		return Namer{This: "本", Last: "上"}
	}
	return Namer{This: y.String(), Last: y.Sub(num.Int(1)).String()}
}

// Namer returns the Namer for this file's year.
func (f *Facts) Namer() Namer { return NamerFor(f.Year()) }

// naming is the inherited naming of one field.
type naming struct{ form, row, column string }

// years replaces {本年} and {上年} in s by the years, in one pass (what a
// strings.Replacer does, without building one for every name).
func (n Namer) years(s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		switch {
		case strings.HasPrefix(s, "{本年}"):
			b.WriteString(n.This)
			s = s[len("{本年}"):]
		case strings.HasPrefix(s, "{上年}"):
			b.WriteString(n.Last)
			s = s[len("{上年}"):]
		default:
			b.WriteByte('{')
			s = s[1:]
		}
	}
	b.WriteString(s)
	return b.String()
}

func (n Namer) name(l naming) string { return n.years(l.row + l.column) }

func (n Namer) where(l naming) string {
	row := n.years(l.row)
	if strings.HasSuffix(l.form, row) {
		row = "" // the section is named after the row: “（一）部门的职能职责 引言”
	}
	var parts []string
	for _, s := range []string{l.form, row, n.years(l.column)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}

// Name names the fact at path (as in the schema, list items without an
// index) in a sentence; Where says where on the forms it is. Unknown paths
// are returned as they are.
func (n Namer) Name(schema *Field, path string) string {
	l, ok := labelOf(schema, path)
	if !ok {
		return path
	}
	return n.name(l)
}

// Where names the form, row and column of the fact at path.
func (n Namer) Where(schema *Field, path string) string {
	l, ok := labelOf(schema, path)
	if !ok {
		return path
	}
	return n.where(l)
}

// Name and Where of this file's facts.
func (f *Facts) Name(path string) string  { return f.Namer().Name(f.Schema, path) }
func (f *Facts) Where(path string) string { return f.Namer().Where(f.Schema, path) }

// WhereValue is Where for a loaded value; an item of a list is named by its
// 名称 (or 事由), or by its number: "附件2-4 公共项目“甲” 自评分数".
func (f *Facts) WhereValue(v *Value) string {
	return f.Namer().where(valueLabel(v))
}

// NameValue is Name for a loaded value.
func (f *Facts) NameValue(v *Value) string {
	return f.Namer().name(valueLabel(v))
}

// labelOf follows path from root, inheriting form and row.
func labelOf(root *Field, path string) (naming, bool) {
	var l naming
	cur := root
	for _, key := range strings.Split(path, ".") {
		for cur != nil && cur.Kind == List {
			cur = cur.Elem
		}
		if cur == nil {
			return l, false
		}
		cur = cur.Child(key)
		if cur == nil {
			return l, false
		}
		l = l.inherit(cur)
	}
	return l.finish(cur), true
}

// inherit steps from a parent's naming to its child f: the child's own
// form and row when it has them, its column always.
func (l naming) inherit(f *Field) naming {
	if f.Form != "" {
		l.form = f.Form
	}
	if f.Row != "" {
		l.row = f.Row
	}
	l.column = f.Column
	return l
}

// finish names a field that says nothing of its row or column by its key.
func (l naming) finish(f *Field) naming {
	if l.row == "" && l.column == "" && f != nil {
		l.column = f.Key
	}
	return l
}

// valueLabel walks from the root down to v, naming list items.
func valueLabel(v *Value) naming {
	var chain []*Value
	for c := v; c != nil; c = c.Parent {
		chain = append(chain, c)
	}
	var l naming
	for i := len(chain) - 1; i >= 0; i-- {
		c := chain[i]
		if c.Parent == nil {
			continue
		}
		item := ""
		if c.Parent.Field.Kind == List {
			item = c.itemName()
		}
		if c.Field.Key == "" && item != "" { // the item itself
			l.row += item
			l.column = ""
			continue
		}
		l = l.inherit(c.Field)
	}
	return l.finish(v.Field)
}

// itemName is “名称” of a list item, or 第N项.
func (v *Value) itemName() string {
	for _, key := range []string{"名称", "事由"} {
		if c := v.Fields[key]; c != nil && c.Present && c.Str != "" {
			return "“" + c.Str + "”"
		}
	}
	return "第" + num.Int(int64(v.Index)).String() + "项"
}

// Row is the row part of the name of the fact at path ("聘用人员" for
// 人员.聘用人员.实际), so that a sentence naming two facts of one row can
// name the second by its column alone.
func (n Namer) Row(schema *Field, path string) (row, column string) {
	l, ok := labelOf(schema, path)
	if !ok {
		return "", path
	}
	return n.years(l.row), n.years(l.column)
}
