// Package scaffold writes the facts file `jixiao init` gives a unit to fill
// in: every fact the pack's rubric and templates use, each with a Chinese
// comment saying what it is, which form row it comes from and which
// indicators use it, left blank so that nothing is guessed.
package scaffold

import (
	"fmt"
	"slices"
	"strings"

	"jixiao/generator/facts"
)

// Options say for whom the file is written.
type Options struct {
	Unit, Year string
	SchemaRef  string              // path of the JSON Schema, for YAML editors
	Usage      map[string][]string // fact path → indicators, from the rubric
	// From is last year's facts file (init --from), named FromName: its
	// stable facts and 本年 figures are carried over (see Stable).
	From     *facts.Facts
	FromName string
	// Pack is the template pack, relative to the facts file ("" = built-in);
	// it is written as 模板包 so later commands use it without --pack.
	Pack string
}

// Facts returns the YAML text of a blank facts file for root.
func Facts(root *facts.Field, o Options) []byte {
	w := &writer{o: o}
	w.line(0, "# yaml-language-server: $schema="+o.SchemaRef)
	w.line(0, fmt.Sprintf("# %s %s 年度部门整体支出绩效自评的事实文件（由 jixiao init 生成）。", oneLine(o.Unit), oneLine(o.Year)))
	w.line(0, "# 照附件1-1、1-2、1-3、2-4 填写。金额一律以万元为单位。"+facts.BlankVsZero)
	w.line(0, "# 整行都没有的（如没有政府采购、没有因公出国）可写“无”，如“政府采购: 无”；注释里写明了哪些项可以这样写。")
	w.line(0, "# 填好后运行：jixiao check 本文件 检查（列出还缺什么），jixiao build 本文件 生成材料；")
	w.line(0, "# jixiao build 本文件 --final 只在没有错误、待评和【待补】时生成可上报的材料。")
	w.fromHeader()
	var old *facts.Value
	if o.From != nil {
		old = o.From.Root
	}
	for _, f := range root.Fields {
		w.field(0, f, f.Key, old)
	}
	return []byte(w.b.String())
}

// oneLine keeps text that goes into a comment on its line: line breaks and
// other control characters become spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		return r
	}, s)
}

type writer struct {
	o Options
	b strings.Builder
}

func (w *writer) line(indent int, s string) {
	w.b.WriteString(strings.Repeat("  ", indent) + s + "\n")
}

// field writes f at path; pv is last year's value of its parent (nil
// unless init --from).
func (w *writer) field(indent int, f *facts.Field, path string, pv *facts.Value) {
	if indent == 0 {
		w.line(0, "")
	}
	w.comment(indent, f, path)
	var old *facts.Value
	if pv != nil {
		old = pv.Get(f.Key)
	}
	switch f.Kind {
	case facts.Object:
		w.line(indent, f.Key+":")
		for _, c := range f.Fields {
			w.field(indent+1, c, path+"."+c.Key, old)
		}
	case facts.List:
		w.listExample(indent, f)
		w.line(indent, f.Key+":")
		w.items(indent, f, path, old)
	default:
		if v := carriedScalar(f, path, pv); v != nil && w.value(f) == "" {
			w.scalarValue(indent, f.Key+": ", v)
			return
		}
		w.line(indent, strings.TrimSpace(f.Key+": "+w.value(f)))
	}
}

// value pre-fills the unit and year; everything else is blank.
func (w *writer) value(f *facts.Field) string {
	switch f.Key {
	case "单位":
		return yamlText(w.o.Unit)
	case "年度":
		return w.o.Year
	case "模板包":
		return quoteIfNeeded(w.o.Pack)
	}
	return ""
}

// comment writes what the field is, its unit, its source and its users.
func (w *writer) comment(indent int, f *facts.Field, path string) {
	var parts []string
	if f.Desc != "" {
		parts = append(parts, f.Desc)
	}
	if f.Unit != "" {
		parts = append(parts, "单位："+f.Unit)
	}
	if f.Source != "" {
		parts = append(parts, "来源："+f.Source)
	}
	if users := w.o.Usage[path]; len(users) > 0 {
		parts = append(parts, "用于："+strings.Join(users, "、"))
	}
	if f.Unprinted && !strings.Contains(f.Desc, "不进入文档") {
		parts = append(parts, "不进入文档")
	}
	if len(f.Enum) > 0 {
		parts = append(parts, "可填："+strings.Join(f.Enum, "、"))
	}
	if f.NoneOK && !strings.Contains(f.Desc, "“无”") {
		parts = append(parts, "没有时可写“无”")
	}
	if f.FinalRequired {
		parts = append(parts, "上报的材料必须填写")
	}
	if f.Kind == facts.Narrative {
		parts = append(parts, "写一段文字，或写成若干“- 标题: …  正文: |”小节")
	}
	if w.o.From != nil && slices.Contains(Stable, path) {
		parts = append(parts, "沿用上年的内容，有变化请修改")
	}
	if len(parts) > 0 {
		w.line(indent, "# "+strings.Join(parts, "；"))
	}
}

// listExample shows the shape of one item as a comment.
func (w *writer) listExample(indent int, f *facts.Field) {
	w.line(indent, "# 每项以“- ”开头，例如：")
	if f.Elem.Kind != facts.Object {
		w.line(indent, "#   - "+exampleText(f.Elem))
		return
	}
	for i, c := range f.Elem.Fields {
		prefix := "#     "
		if i == 0 {
			prefix = "#   - "
		}
		w.line(indent, prefix+c.Key+": "+exampleText(c))
	}
}

func exampleText(f *facts.Field) string {
	switch f.Kind {
	case facts.Money, facts.Decimal:
		return "0.00"
	case facts.Count:
		return "0"
	}
	return "……"
}

// quoteIfNeeded quotes a path that YAML would not read as plain text.
func quoteIfNeeded(s string) string {
	if s == "" || !strings.ContainsAny(s, ":#{}[],&*!|>'\"%@`") && strings.TrimSpace(s) == s {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}
