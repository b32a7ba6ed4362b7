package view

import (
	"slices"
	"strings"

	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
)

// BasicTable is the form whose rows a pack may add to by declaring facts
// (表: 附件1-2): its templates loop over .基础数据表.经费行 and .其他行.
const BasicTable = "附件1-2"

// noColumn fills a column a row does not have (a row declared with 栏:
// [本年预算, 本年决算] has no 上年决算).
const noColumn = "——"

// formRows gives 基础数据表, the rows the pack's declared facts add to
// 附件1-2, in declaration order: 经费行 are amounts declared with 栏 (名称
// and the four columns 上年预算, 上年决算, 本年预算, 本年决算, “——” for
// those not declared), 其他行 every other fact (名称, 值, 单位). Values
// are as the facts give them: absent ones are 【待补】 markers naming the
// fact, a 是否 prints 是 or 否.
func formRows(res *evaluate.Result, data map[string]any) map[string]any {
	money, other := []any{}, []any{}
	n := res.Facts.Namer()
	for _, d := range res.Pack.Rubric.Declared.Facts {
		if !strings.HasPrefix(d.Field.Form, BasicTable) || d.Field.Kind == facts.List {
			continue
		}
		row, _ := n.Row(res.Facts.Schema, d.Path)
		v := lookup(data, d.Path)
		switch {
		case isPeriodRow(d.Field):
			money = append(money, periodRow(row, v))
			continue
		case d.Field.Kind == facts.Object: // a group: its facts are rows of their own
			continue
		}
		other = append(other, map[string]any{"名称": row, "值": shown(v), "单位": d.Field.Unit})
	}
	return map[string]any{"经费行": money, "其他行": other}
}

// isPeriodRow reports an amount declared with 栏: an object of columns.
func isPeriodRow(f *facts.Field) bool {
	if f.Kind != facts.Object || len(f.Fields) == 0 {
		return false
	}
	for _, c := range f.Fields {
		if c.Kind != facts.Money || !slices.Contains(facts.Periods, c.Key) {
			return false
		}
	}
	return true
}

// periodRow is a row of amounts by column.
func periodRow(name string, v any) map[string]any {
	row := map[string]any{"名称": name}
	cols, _ := v.(map[string]any)
	for _, p := range facts.Periods {
		row[p] = noColumn
		if c, ok := cols[p]; ok {
			row[p] = c
		}
	}
	return row
}

// lookup follows a dotted path through the template data's maps.
func lookup(data map[string]any, path string) any {
	var cur any = data
	for _, k := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[k]
	}
	return cur
}

// shown prints a 是否 as the forms do.
func shown(v any) any {
	if b, ok := v.(bool); ok {
		if b {
			return "是"
		}
		return "否"
	}
	return v
}
