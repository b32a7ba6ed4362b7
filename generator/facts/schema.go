package facts

import "strings"

// Kind is what a fact holds.
type Kind int

const (
	Object    Kind = iota // a mapping of named facts
	List                  // a sequence of items of one shape
	Money                 // an amount in 万元, exact decimal, ≥ 0
	Count                 // a whole number ≥ 0 (人数, 个数, 例数)
	Decimal               // any exact decimal (分数)
	Text                  // one piece of text
	Prose                 // text of one or more paragraphs (one per line)
	Bool                  // 是/否
	Year                  // a year such as 2022
	Date                  // a date written 2023-04-13
	Narrative             // report narrative: text, or a list of {标题, 正文}
)

// kindNames are the Chinese names of kinds, used in messages and the guide.
var kindNames = map[Kind]string{
	Object: "对象", List: "列表", Money: "金额（万元）", Count: "整数", Decimal: "数字",
	Text: "文字", Prose: "文字（可多段）", Bool: "是/否", Year: "年份", Date: "日期",
	Narrative: "叙述（文字或小节列表）",
}

// String returns the Chinese name of k.
func (k Kind) String() string { return kindNames[k] }

// IsNumber reports whether values of k are decimals.
func (k Kind) IsNumber() bool { return k == Money || k == Count || k == Decimal || k == Year }

// Field describes one key of the facts file.
type Field struct {
	Key      string   // the YAML key, in Chinese
	Kind     Kind     // what it holds
	Desc     string   // what it means, in Chinese
	Source   string   // where it comes from on the official forms ("附件1-2 …")
	Unit     string   // 万元, 人, 个, 例, 分; "" when none
	Required bool     // the file is invalid without it
	Fields   []*Field // the keys of an Object
	Elem     *Field   // the item of a List
	Min, Max string   // inclusive bounds for numbers ("" = none)

	// Unprinted marks a fact no document prints (it feeds checks or
	// scores only); `init` and the guide say “不进入文档”.
	Unprinted bool
}

// Child returns the field of an Object named key, or nil.
func (f *Field) Child(key string) *Field {
	for _, c := range f.Fields {
		if c.Key == key {
			return c
		}
	}
	return nil
}

// Find follows a dotted path ("人员.编制数") from f. List items are reached
// through their element, so "公共项目.自评分数" finds the item field.
func (f *Field) Find(path string) *Field {
	cur := f
	for _, key := range strings.Split(path, ".") {
		for cur != nil && cur.Kind == List {
			cur = cur.Elem
		}
		if cur == nil {
			return nil
		}
		cur = cur.Child(key)
	}
	return cur
}

// Walk calls fn for f and every field below it with its dotted path;
// list elements add no segment to the path.
func (f *Field) Walk(fn func(path string, f *Field)) {
	f.walk("", fn)
}

func (f *Field) walk(path string, fn func(string, *Field)) {
	if path != "" {
		fn(path, f)
	}
	if f.Elem != nil {
		for _, c := range f.Elem.Fields {
			c.walk(join(path, c.Key), fn)
		}
	}
	for _, c := range f.Fields {
		c.walk(join(path, c.Key), fn)
	}
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// Extend returns a copy of root with extra fields appended at top level; the
// rubric adds its 评定 section this way.
func Extend(root *Field, extra ...*Field) *Field {
	cp := *root
	cp.Fields = append(append([]*Field(nil), root.Fields...), extra...)
	return &cp
}
