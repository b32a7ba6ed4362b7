package scaffold

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/facts"
)

// Stable lists the facts `init --from` carries over from last year's file
// as they are: they describe the unit rather than the year (its name and
// head, its duties, its approved staff and hires, its rules, the basis on
// which it reports 预算执行). Everything else of the year — figures, counts,
// targets, narratives, judgements, projects — starts blank, except the
// 上年 columns, which take last year's 本年 figures (see periodKeys).
var Stable = []string{
	"单位", "负责人", "职能职责", "人员.编制数", "人员.聘用人员.批复", "管理制度", "预算执行.口径",
}

// lastYear maps a 上年 column of the new year to the column of last year's
// file it comes from.
var lastYear = map[string]string{"上年预算": "本年预算", "上年决算": "本年决算"}

// stable reports whether path is, or lies below, a stable fact.
func stable(path string) bool {
	for _, s := range Stable {
		if path == s || strings.HasPrefix(path, s+".") {
			return true
		}
	}
	return false
}

// isPeriodRow reports whether f is a row of the four period columns.
func isPeriodRow(f *facts.Field) bool {
	if f == nil || f.Kind != facts.Object {
		return false
	}
	for _, p := range facts.Periods {
		if f.Child(p) == nil {
			return false
		}
	}
	return true
}

// carriedScalar returns last year's value for the scalar field f at path
// of the new year's file, or nil: a 上年 column of a period row from last
// year's 本年 column, or a stable fact as it was. pv is last year's value of
// the field's parent.
func carriedScalar(f *facts.Field, path string, pv *facts.Value) *facts.Value {
	switch {
	case pv == nil:
		return nil
	case isPeriodRow(pv.Field):
		if from, ok := lastYear[f.Key]; ok {
			return present(pv.Get(from))
		}
		return nil
	case stable(path):
		return present(pv.Get(f.Key))
	}
	return nil
}

func present(v *facts.Value) *facts.Value {
	if v == nil || !v.Present {
		return nil
	}
	return v
}

// scalarText writes a carried scalar as YAML: numbers exactly, text plain
// or quoted as YAML needs; ok is false for text of several lines, which
// blockLines writes.
func scalarText(v *facts.Value) (string, bool) {
	switch k := v.Field.Kind; {
	case k.IsNumber():
		return v.Num.String(), true
	case k == facts.Bool:
		if v.Bool {
			return "是", true
		}
		return "否", true
	}
	if strings.Contains(v.Str, "\n") && blockSafe(v.Str) {
		return "", false
	}
	return yamlText(v.Str), true
}

// yamlText writes text as a YAML scalar of one line: plain when YAML reads
// it back unchanged, quoted otherwise.
func yamlText(s string) string {
	out, err := yaml.Marshal(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: quoteStyle(s)})
	if err != nil {
		return strconv.Quote(s)
	}
	return strings.TrimSuffix(string(out), "\n")
}

// quoteStyle asks for double quotes for multi-line text that a block cannot
// hold, and lets the yaml library choose otherwise.
func quoteStyle(s string) yaml.Style {
	if strings.Contains(s, "\n") {
		return yaml.DoubleQuotedStyle
	}
	return 0
}

// blockSafe reports whether s can be written as a “|-” block: no line
// starts with a space and it does not end with a line break.
func blockSafe(s string) bool {
	if strings.HasSuffix(s, "\n") {
		return false
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			return false
		}
	}
	return true
}

// fromHeader says, for a file written by init --from, what was carried
// over and what is left to fill in.
func (w *writer) fromHeader() {
	if w.o.From == nil {
		return
	}
	w.line(0, "# 由 jixiao init --from "+oneLine(w.o.FromName)+" 生成："+strings.Join(Stable, "、")+" 沿用上年；")
	w.line(0, "# 上年的本年预算、本年决算已填入各行的上年预算、上年决算两栏（列表中的行保留名称）；其余各项留空，请照本年的材料填写。")
}
