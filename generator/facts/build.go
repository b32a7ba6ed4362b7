package facts

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

// Periods are the four columns an amount can have on the forms.
var Periods = []string{"上年预算", "上年决算", "本年预算", "本年决算"}

// periods is an amount row of 附件1-2 with its columns.
func periods(key, desc, source string) *Field {
	f := obj(key, desc)
	for _, p := range Periods {
		f.Fields = append(f.Fields, money(p, key+"的"+p+"数", source))
	}
	return f
}

// noted is a row of periods with the unit's 说明 of it: note says where
// the report prints it. Only rows whose 说明 a document prints have one.
func noted(f *Field, note string) *Field {
	f.Fields = append(f.Fields, prose("说明", note))
	return f
}

// namedPeriods is a list of named amount rows (其中 rows, project
// categories), each with a 说明 when note is not "".
func namedPeriods(key, desc, source, note string) *Field {
	row := periods("", desc, source)
	if note != "" {
		noted(row, note)
	}
	row.Fields = append([]*Field{required(text("名称", "行的名称，如 办公经费"))}, row.Fields...)
	return list(key, desc, row)
}
