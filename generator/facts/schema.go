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
	Date                  // a date: 2024-03-20, 2024/3/20, 2024.3.20 or 2024年3月20日
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
	// Places is the most decimals a number may have (0 = any): a 评定
	// 得分 has the rubric's precision, two decimals.
	Places int32
	// Enum lists the values a Text may take ("部门整体", "项目支出").
	Enum []string
	// NoneOK says the unit may write “无” for this Object or List: an
	// object's numbers are then all 0 (no 政府采购, nothing issued by the
	// end of a quarter), a list is empty.
	NoneOK bool
	// FinalRequired says a final package needs it although drafts do not
	// (报告日期).
	FinalRequired bool
	// Form, Row and Column name the fact as the clerk finds it: Form is the
	// attachment and its part ("附件1-2", "附件1-1 人员控制率②"), Row the row
	// or item ("“三公经费”", "聘用人员") and Column the column or detail
	// ("{本年}年预算数", "实际使用数"); {本年} and {上年} become the years.
	// See Namer.
	Form, Row, Column string
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

// BlankVsZero is how a facts file is filled in, said once for the file
// header, `init` and the JSON Schema.
const BlankVsZero = "确实为 0 的填 0；不知道的留空，相关指标会显示待评。"
