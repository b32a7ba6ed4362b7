package tmpl

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"jixiao/generator/num"
)

// dec builds an example datum.
func dec(s string) num.Dec { return num.MustParse(s) }

func domainFuncs() []Func {
	return []Func{
		{Name: "比率", Fn: ratio, Doc: "a ÷ b × 100，精确计算后四舍五入到两位小数；b 为 0 时报错",
			Examples: []Example{{Template: `{{百分比 (比率 612.54 1800)}}`, Want: "34.03%"}}},
		{Name: "数", Fn: fmtPlain, Doc: "数字的最短写法：51、0.5、12819.6",
			Examples: []Example{{Template: `{{数 .x}}人`, Data: map[string]any{"x": dec("47")}, Want: "47人"}}},
		{Name: "小数", Fn: fmtFixed, Doc: "保留 n 位小数（四舍五入），不分千位",
			Examples: []Example{{Template: `{{小数 .x 2}}`, Data: map[string]any{"x": dec("12819.6")}, Want: "12819.60"}}},
		{Name: "加", Fn: add, Doc: "精确加法，可加多个数",
			Examples: []Example{{Template: `{{数 (加 2219.95 195.57)}}`, Want: "2415.52"}}},
		{Name: "减", Fn: sub, Doc: "精确减法 a − b",
			Examples: []Example{{Template: `{{数 (减 16640.91 12819.60)}}`, Want: "3821.31"}}},
		{Name: "乘", Fn: mul, Doc: "精确乘法",
			Examples: []Example{{Template: `{{数 (乘 0.5 3)}}`, Want: "1.5"}}},
		{Name: "除", Fn: quo, Doc: "除法 a ÷ b，四舍五入到 n 位小数；b 为 0 时报错",
			Examples: []Example{{Template: `{{除 2 3 4}}`, Want: "0.6667"}}},
		{Name: "合计", Fn: sumField, Doc: "对列表中每项的某个字段求和（精确）",
			Examples: []Example{{Template: `{{数 (合计 .项目 "分数")}}`,
				Data: map[string]any{"项目": []any{map[string]any{"分数": dec("95")}, map[string]any{"分数": dec("96.5")}}}, Want: "191.5"}}},
		{Name: "中文数字", Fn: chineseNumber, Doc: "阿拉伯数字转中文小写：12 → 十二",
			Examples: []Example{{Template: `{{中文数字 12}}、{{中文数字 20}}、{{中文数字 105}}`, Want: "十二、二十、一百零五"}}},
		{Name: "中文数量", Fn: chineseCount, Doc: "数量用中文，2 读作“两”：2 → 两，12 → 十二",
			Examples: []Example{{Template: `主要包括{{中文数量 2}}个方面`, Want: "主要包括两个方面"}}},
		{Name: "一级序号", Fn: level1, Doc: "公文一级标题序号：1 → 一、",
			Examples: []Example{{Template: `{{一级序号 3}}`, Want: "三、"}}},
		{Name: "二级序号", Fn: level2, Doc: "公文二级标题序号：1 → （一）",
			Examples: []Example{{Template: `{{二级序号 7}}`, Want: "（七）"}}},
		{Name: "三级序号", Fn: level3, Doc: "公文三级标题序号：1 → 1.",
			Examples: []Example{{Template: `{{三级序号 2}}`, Want: "2."}, {Template: `{{range $i, $x := .l}}{{三级序号 (add1 $i)}}{{$x}}{{end}}`, Data: map[string]any{"l": []string{"甲", "乙"}}, Want: "1.甲2.乙"}}},
		{Name: "四级序号", Fn: level4, Doc: "公文四级标题序号：1 → （1）",
			Examples: []Example{{Template: `{{四级序号 2}}`, Want: "（2）"}}},
		{Name: "日期", Fn: chineseDate, Doc: "把 2023-04-13 写成 2023年4月13日（公文成文日期的写法，月、日不补零）；没填时写出【待补：…】",
			Examples: []Example{{Template: `{{日期 "2023-04-13"}}`, Want: "2023年4月13日"},
				{Template: `{{日期 .x}}`, Data: map[string]any{"x": Pending{Need: []string{"报告日期"}}}, Want: "【待补：报告日期】"}}},
		{Name: "段落", Fn: paragraphs, Doc: "多段文字：每一行成为 Word 中的一个段落，沿用标签所在段落的样式",
			Examples: []Example{{Template: `{{段落 .x}}`, Data: map[string]any{"x": "第一段\n\n第二段"}, Want: "第一段\n第二段"}}},
		{Name: "可用", Fn: available, Doc: "值已提供（不是待补）时为真，用于 {{if 可用 .x}}",
			Examples: []Example{{Template: `{{if 可用 .x}}有{{else}}无{{end}}`, Data: map[string]any{"x": Pending{}}, Want: "无"},
				{Template: `{{if 可用 .x}}{{百分比 .x}}{{else}}{{.x}}{{end}}`, Data: map[string]any{"x": NotApplicable{Why: "没有政府采购预算"}}, Want: "不适用"}}},
		{Name: "或", Fn: orDefault, Doc: "值待补时改用后备文字：{{或 .x \"——\"}}",
			Examples: []Example{{Template: `{{或 .x "——"}}`, Data: map[string]any{"x": Pending{}}, Want: "——"}}},
		{Name: MergeDownFunc, Fn: mergeDown, Doc: "Excel 或 Word 表格的循环行中单独占一格时：上下相邻、值相同的格合并为一格（值留在最上一格）；" +
			"后面可加分组的值，如 {{纵向合并 .二级指标 .一级指标}} 只在一级指标也相同的行之间合并。空值不合并；在别处照常写出值",
			Examples: []Example{
				{Template: `{{纵向合并 .x}}`, Data: map[string]any{"x": "投入"}, Want: "投入"},
				{Template: `{{range .l}}{{纵向合并 .二级指标 .一级指标}}；{{end}}`, Data: map[string]any{"l": []map[string]any{
					{"一级指标": "投入", "二级指标": "预算配置"}, {"一级指标": "过程", "二级指标": "预算执行"}}}, Want: "预算配置；预算执行；"},
				{Template: `{{纵向合并 .x}}分`, Data: map[string]any{"x": dec("15")}, Want: "15分"},
			}},
	}
}

func fmtPlain(v any) (any, error) { return format1(v, num.Plain) }

func fmtFixed(v any, places int) (any, error) {
	return format1(v, func(d num.Dec) string { return num.Fixed(d, int32(places)) })
}

// format1 formats one number, passing a Pending through unchanged.
func format1(v any, f func(num.Dec) string) (any, error) {
	if IsAbsent(v) {
		return v, nil
	}
	d, p, err := ToDec(v)
	if err != nil {
		return nil, err
	}
	if p != nil {
		return *p, nil
	}
	return f(d), nil
}

// arith applies op to the converted arguments, passing a Pending through.
func arith(op func([]num.Dec) (num.Dec, error), vs ...any) (any, error) {
	for _, v := range vs {
		if _, ok := v.(NotApplicable); ok {
			return v, nil
		}
	}
	ds, p, err := decArgs(vs...)
	if err != nil {
		return nil, err
	}
	if p != nil {
		return *p, nil
	}
	return op(ds)
}

func add(vs ...any) (any, error) {
	return arith(func(ds []num.Dec) (num.Dec, error) {
		s := num.Zero
		for _, d := range ds {
			s = s.Add(d)
		}
		return s, nil
	}, vs...)
}

func sub(a, b any) (any, error) {
	return arith(func(ds []num.Dec) (num.Dec, error) { return ds[0].Sub(ds[1]), nil }, a, b)
}

func mul(vs ...any) (any, error) {
	return arith(func(ds []num.Dec) (num.Dec, error) {
		p := num.Int(1)
		for _, d := range ds {
			p = p.Mul(d)
		}
		return p, nil
	}, vs...)
}

var errDivZero = errors.New("除数为 0，无法计算")

func quo(a, b any, places int) (any, error) {
	return arith(func(ds []num.Dec) (num.Dec, error) {
		q, ok := num.Quo(ds[0], ds[1], int32(places))
		if !ok {
			return q, errDivZero
		}
		return q, nil
	}, a, b)
}

func ratio(a, b any) (any, error) {
	return arith(func(ds []num.Dec) (num.Dec, error) {
		q, ok := num.Percent(ds[0], ds[1], 2)
		if !ok {
			return q, errDivZero
		}
		return q, nil
	}, a, b)
}

// sumField adds field of every element of list (a slice of maps).
func sumField(list any, field string) (any, error) {
	rv := reflect.ValueOf(list)
	if rv.Kind() != reflect.Slice {
		return nil, fmt.Errorf("合计 的第一个参数应是列表，实际是 %T", list)
	}
	vals := make([]any, 0, rv.Len())
	for i := range rv.Len() {
		m, ok := rv.Index(i).Interface().(map[string]any)
		if !ok {
			return nil, fmt.Errorf("合计：第 %d 项不是表格行", i+1)
		}
		v, ok := m[field]
		if !ok {
			return nil, fmt.Errorf("合计：第 %d 项没有字段“%s”", i+1, field)
		}
		vals = append(vals, v)
	}
	return add(vals...)
}

func paragraphs(v any) Paragraphs {
	switch x := v.(type) {
	case Paragraphs:
		return x
	case []string:
		return Paragraphs(x)
	case fmt.Stringer:
		return SplitParagraphs(x.String())
	}
	return SplitParagraphs(fmt.Sprint(v))
}

func available(v any) bool { return v != nil && !IsAbsent(v) }

func orDefault(v any, fallback any) any {
	if available(v) {
		return v
	}
	return fallback
}

func chineseDate(v any) (any, error) {
	if p, ok := v.(Pending); ok {
		return p, nil
	}
	s := strings.TrimSpace(fmt.Sprint(v))
	var y, m, d int
	if _, err := fmt.Sscanf(s, "%d-%d-%d", &y, &m, &d); err != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", fmt.Errorf("“%s”不是 年-月-日 格式的日期", s)
	}
	return fmt.Sprintf("%d年%d月%d日", y, m, d), nil
}
