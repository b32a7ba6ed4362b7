package facts

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/suggest"
	"jixiao/generator/yamlsrc"
)

// Decl is a fact a template pack adds to the schema (pack.yaml, 事实:): the
// field and the path it goes to. Its parents are existing objects of the
// schema, or objects the declarations create.
type Decl struct {
	Path  string // "重点支出", "结转结余.上年结转结余总额"
	Field *Field // Key is the last segment of Path
	Pos   diag.Pos
}

// DeclKinds names the kinds a pack may declare, as pack.yaml writes them.
var DeclKinds = []string{"金额", "人数", "个数", "比率", "文字", "是否", "日期", "列表", "分组"}

// DeclKeys are the keys of a fact declaration.
var DeclKeys = []string{"键", "种类", "名称", "说明", "单位", "来源", "表", "栏", "必填", "可填", "不进入文档", "字段"}

// ReservedKeys are the top-level names a pack may not declare: the
// sections the rubric adds and the names templates see beside the facts.
var ReservedKeys = []string{"合计", "指标值", "指标算式", "评分", "三公经费明细", "问题", "上年", "本年", "已填写",
	"基础数据表", "评定", "分值分配", PackKey}

// LoadDecls reads pack.yaml's 事实: every problem at once, each at its
// place. Whether the paths fit the schema is Declare's business.
func LoadDecls(file string, items []*yaml.Node, diags *diag.List) []Decl {
	var out []Decl
	for _, n := range items {
		m := yamlsrc.NewMap(file, n, diags, "事实")
		m.Known(DeclKeys...)
		path := strings.TrimSpace(m.Str("键", true))
		if f := declField(m, lastKey(path), false); f != nil && path != "" {
			out = append(out, Decl{Path: path, Field: f, Pos: m.Pos()})
		}
	}
	return out
}

func lastKey(path string) string {
	return path[strings.LastIndex(path, ".")+1:]
}

// declField builds the field one declaration describes; inItem is true for
// the fields of a list's items.
func declField(m *yamlsrc.Map, key string, inItem bool) *Field {
	kind := m.Str("种类", true)
	label := m.Str("名称", false)
	if label == "" {
		label = key
	}
	f := kindField(m, key, kind)
	if f == nil {
		return nil
	}
	f.Desc = m.Str("说明", false)
	if f.Desc == "" {
		f.Desc = label
	}
	f.Source, f.Unprinted, f.FinalRequired = m.Str("来源", false), yes(m, "不进入文档"), yes(m, "必填")
	unitOf(m, f)
	form := m.Str("表", false)
	if form == "" && strings.HasPrefix(f.Source, "附件") {
		form = f.Source // “附件1-1 项目入库率”: where the clerk finds it
	}
	if inItem {
		f.Column = label
		return f
	}
	f.Form, f.Row = form, label
	periodsOf(m, f)
	itemsOf(m, f)
	return f
}

// kindField is a field of the declared kind, with its unit and bounds.
func kindField(m *yamlsrc.Map, key, kind string) *Field {
	switch kind {
	case "金额":
		return &Field{Key: key, Kind: Money, Unit: "万元", Min: "0"}
	case "人数":
		return &Field{Key: key, Kind: Count, Unit: "人", Min: "0"}
	case "个数":
		return &Field{Key: key, Kind: Count, Unit: "个", Min: "0"}
	case "比率":
		return &Field{Key: key, Kind: Decimal, Unit: "%", Min: "0"}
	case "文字":
		return &Field{Key: key, Kind: Text, Enum: enumOf(m)}
	case "是否":
		return &Field{Key: key, Kind: Bool}
	case "日期":
		return &Field{Key: key, Kind: Date}
	case "列表":
		return &Field{Key: key, Kind: List, Elem: &Field{Kind: Object}}
	case "分组":
		return &Field{Key: key, Kind: Object}
	case "":
		return nil
	}
	m.Diags.Errorf(m.KeyPos("种类"), "不认识的种类“%s”%s（可用：%s）", kind, suggest.Hint(kind, DeclKinds), strings.Join(DeclKinds, "、"))
	return nil
}

// unitOf sets the unit a count declares (项, 份, 例 …); amounts are in 万元
// and rates in % always.
func unitOf(m *yamlsrc.Map, f *Field) {
	u := m.Str("单位", false)
	switch {
	case u == "":
	case f.Kind == Count:
		f.Unit = u
	default:
		m.Diags.Errorf(m.KeyPos("单位"), "只有人数、个数可以写单位（金额一律以万元为单位，比率以%%为单位）")
	}
}

func yes(m *yamlsrc.Map, key string) bool {
	switch v := m.Str(key, false); v {
	case "", "否":
		return false
	case "是":
		return true
	default:
		m.Diags.Errorf(m.KeyPos(key), "“%s”应为 是 或 否，实际为“%s”", key, v)
		return false
	}
}

func enumOf(m *yamlsrc.Map) []string {
	var out []string
	for _, n := range m.List("可填", false) {
		out = append(out, n.Value)
	}
	return out
}

// periodsOf makes an amount declared with 栏 a row of the forms: an object
// holding the listed columns (上年预算, 上年决算, 本年预算, 本年决算).
func periodsOf(m *yamlsrc.Map, f *Field) {
	cols := m.List("栏", false)
	if cols == nil {
		return
	}
	if f.Kind != Money {
		m.Diags.Errorf(m.KeyPos("栏"), "只有金额才能分栏（上年预算、上年决算、本年预算、本年决算）")
		return
	}
	row := &Field{Key: f.Key, Kind: Object, Desc: f.Desc, Source: f.Source, Form: f.Form, Row: f.Row, FinalRequired: f.FinalRequired}
	for _, c := range cols {
		if !slices.Contains(Periods, c.Value) {
			m.Diags.Errorf(yamlsrc.Pos(m.File, c), "不认识的栏“%s”（可用：%s）", c.Value, strings.Join(Periods, "、"))
			continue
		}
		col := money(c.Value, f.Row+"的"+c.Value+"数", f.Source)
		col.Unit, col.Column, col.FinalRequired, col.Unprinted = f.Unit, periodColumns[c.Value], f.FinalRequired, f.Unprinted
		row.Fields = append(row.Fields, col)
	}
	*f = *row
}

// itemsOf reads the 字段 of a list's items.
func itemsOf(m *yamlsrc.Map, f *Field) {
	items := m.List("字段", false)
	if f.Kind != List {
		if items != nil {
			m.Diags.Errorf(m.KeyPos("字段"), "只有列表才有“字段”")
		}
		return
	}
	if items == nil {
		m.Diags.Errorf(m.Pos(), "列表“%s”缺少“字段”（每一项有哪些栏）", f.Key)
	}
	for _, n := range items {
		im := yamlsrc.NewMap(m.File, n, m.Diags, "字段")
		im.Known("键", "种类", "名称", "说明", "单位", "来源", "必填", "可填", "不进入文档")
		key := im.Str("键", true)
		if c := declField(im, key, true); c != nil && key != "" {
			if c.Kind == List || c.Kind == Object {
				im.Diags.Errorf(im.KeyPos("种类"), "列表的字段不能再是%s", map[Kind]string{List: "列表", Object: "分组"}[c.Kind])
				continue
			}
			f.Elem.Fields = append(f.Elem.Fields, c)
		}
	}
}
