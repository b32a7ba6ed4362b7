package facts

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/num"
	"jixiao/generator/yamlsrc"
)

// scalar loads a number, text, bool or date into v.
func (l *loader) scalar(n *yaml.Node, v *Value) {
	if n.Kind != yaml.ScalarNode {
		l.diags.Errorf(l.pos(n), "“%s”应为%s，实际是 %s", v.Path, v.Field.Kind, describe(n))
		return
	}
	var err string
	switch k := v.Field.Kind; {
	case k.IsNumber():
		err = l.number(n, v)
	case k == Bool:
		err = l.boolean(n, v)
	case k == Date:
		err = l.date(n, v)
	case len(v.Field.Enum) > 0:
		err = l.enum(n, v)
	default:
		v.Str, v.Present = n.Value, true
	}
	if err != "" {
		l.diags.Errorf(l.pos(n), "%s", err)
	}
}

// number parses exactly and checks integrality and bounds.
func (l *loader) number(n *yaml.Node, v *Value) string {
	f := v.Field
	d, ok := num.Parse(n.Value)
	if !ok || n.ShortTag() == "!!bool" {
		return fmt.Sprintf("“%s”应为%s，实际为“%s”%s%s", v.Path, numberHint(f), n.Value, unitHint(n.Value), yamlsrc.ValueHint(n.Value))
	}
	if (f.Kind == Count || f.Kind == Year) && !d.IsInteger() {
		return fmt.Sprintf("“%s”应为整数，实际为 %s", v.Path, n.Value)
	}
	if f.Min != "" && d.LessThan(num.MustParse(f.Min)) {
		return fmt.Sprintf("“%s”不能小于 %s，实际为 %s", v.Path, f.Min, n.Value)
	}
	if f.Max != "" && d.GreaterThan(num.MustParse(f.Max)) {
		return fmt.Sprintf("“%s”不能大于 %s，实际为 %s", v.Path, f.Max, n.Value)
	}
	if f.Places > 0 && !d.Equal(d.Truncate(f.Places)) {
		return fmt.Sprintf("“%s”最多保留 %d 位小数（评分规则的精度），实际为 %s：请写成四舍五入后的分数", v.Path, f.Places, n.Value)
	}
	v.Num, v.Present = d, true
	return ""
}

func numberHint(f *Field) string {
	switch f.Kind {
	case Money:
		return "金额（万元，如 1234.56）"
	case Count:
		return "不小于 0 的整数"
	case Year:
		return "年份（如 2022）"
	}
	return "数字"
}

// unitHint explains the common slips: units, percent signs, k/w suffixes.
func unitHint(s string) string {
	for _, u := range []string{"万元", "元", "%", "人", "个", "k", "K", "w", "W", "万"} {
		if len(s) > len(u) && s[len(s)-len(u):] == u {
			return fmt.Sprintf("（只写数字，不要带“%s”；金额一律以万元为单位）", u)
		}
	}
	return ""
}

var boolWords = map[string]bool{
	"是": true, "否": false, "符合": true, "不符合": false, "有": true, "无": false,
	"true": true, "false": false, "True": true, "False": false, "yes": true, "no": false,
}

func (l *loader) boolean(n *yaml.Node, v *Value) string {
	b, ok := boolWords[n.Value]
	if !ok {
		return fmt.Sprintf("“%s”应为 是 或 否，实际为“%s”", v.Path, n.Value)
	}
	v.Bool, v.Present = b, true
	return ""
}

// enum accepts one of the field's values, trimmed.
func (l *loader) enum(n *yaml.Node, v *Value) string {
	s := strings.TrimSpace(n.Value)
	for _, e := range v.Field.Enum {
		if s == e {
			v.Str, v.Present = s, true
			return ""
		}
	}
	return fmt.Sprintf("“%s”应为 %s 之一，实际为“%s”", v.Path, strings.Join(v.Field.Enum, "、"), n.Value)
}
