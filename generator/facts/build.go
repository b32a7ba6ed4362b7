package facts

import "strings"

// Constructors for schema fields; they keep core.go readable.

func obj(key, desc string, fields ...*Field) *Field {
	return &Field{Key: key, Kind: Object, Desc: desc, Fields: fields}
}

func list(key, desc string, elem *Field) *Field {
	return &Field{Key: key, Kind: List, Desc: desc, Elem: elem}
}

func item(fields ...*Field) *Field { return &Field{Kind: Object, Fields: fields} }

func money(key, desc, source string) *Field {
	return &Field{Key: key, Kind: Money, Desc: desc, Source: source, Unit: "万元", Min: "0"}
}

func count(key, desc, source, unit string) *Field {
	return &Field{Key: key, Kind: Count, Desc: desc, Source: source, Unit: unit, Min: "0"}
}

func text(key, desc string) *Field { return &Field{Key: key, Kind: Text, Desc: desc} }

func prose(key, desc string) *Field { return &Field{Key: key, Kind: Prose, Desc: desc} }

func narrative(key, desc string) *Field {
	return &Field{Key: key, Kind: Narrative, Desc: desc, Source: "附件1-3 自评报告"}
}

// unprinted marks a fact that feeds checks or scores only: no document
// prints it, and its description and `init`'s comment say so.
func unprinted(f *Field) *Field {
	f.Unprinted = true
	return f
}

func required(f *Field) *Field {
	f.Required = true
	return f
}

// noneOK lets the unit write “无” for f.
func noneOK(f *Field) *Field {
	f.NoneOK = true
	return f
}

// at names f as the clerk finds it: the form (and its part), the row and
// the column. See Field.Form.
func (f *Field) at(form, row, column string) *Field {
	f.Form, f.Row, f.Column = form, row, column
	return f
}

// Periods are the four columns an amount can have on the forms.
var Periods = []string{"上年预算", "上年决算", "本年预算", "本年决算"}

// periodColumns name the four columns as the forms print them, with the year.
var periodColumns = map[string]string{
	"上年预算": "{上年}年预算数", "上年决算": "{上年}年决算数", "本年预算": "{本年}年预算数", "本年决算": "{本年}年决算数",
}

// periods is an amount row of the forms with its columns; row is its name
// on the form ("“三公经费”", "公务接待").
func periods(key, row, desc, source string) *Field {
	f := obj(key, desc)
	f.Row = row
	form := formOf(source)
	for _, p := range Periods {
		f.Fields = append(f.Fields, money(p, key+"的"+p+"数", source).at(form, "", periodColumns[p]))
	}
	return f
}

// noted is a row of periods with the unit's 说明 of it: note says where
// the report prints it. Only rows whose 说明 a document prints have one.
func noted(f *Field, note string) *Field {
	f.Fields = append(f.Fields, prose("说明", note).at("附件1-3", "", "用途说明"))
	return f
}

// namedPeriods is a list of named amount rows (其中 rows, project
// categories), each with a 说明 when note is not "".
func namedPeriods(key, row, desc, source, note string) *Field {
	elem := periods("", "", desc, source)
	if note != "" {
		noted(elem, note)
	}
	elem.Fields = append([]*Field{required(text("名称", "行的名称，如 办公经费").at("", "", "名称"))}, elem.Fields...)
	l := list(key, desc, elem)
	l.Row = row
	return l
}

// formOf is the attachment a source names: "附件1-2 经费控制情况·三公经费"
// → "附件1-2".
func formOf(source string) string {
	form, _, _ := strings.Cut(source, " ")
	return form
}
