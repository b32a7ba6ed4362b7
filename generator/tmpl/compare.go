package tmpl

import "jixiao/generator/num"

// compareFuncs compare exact decimals (text/template's lt/gt only know Go
// numbers). A Pending or NotApplicable argument makes every comparison false.
func compareFuncs() []Func {
	mk := func(name, doc string, ok func(c int) bool, ex Example) Func {
		return Func{Name: name, Doc: doc, Examples: []Example{ex}, Fn: func(a, b any) (bool, error) {
			if IsAbsent(a) || IsAbsent(b) {
				return false, nil
			}
			ds, p, err := decArgs(a, b)
			if err != nil || p != nil {
				return false, err
			}
			return ok(ds[0].Cmp(ds[1])), nil
		}}
	}
	return []Func{
		mk("大于", "a > b（精确比较）", func(c int) bool { return c > 0 },
			Example{Template: `{{if 大于 .x 100}}超预算{{end}}`, Data: map[string]any{"x": num.MustParse("183.03")}, Want: "超预算"}),
		mk("小于", "a < b", func(c int) bool { return c < 0 },
			Example{Template: `{{if 小于 .x 80}}低于80%{{end}}`, Data: map[string]any{"x": num.MustParse("77.04")}, Want: "低于80%"}),
		mk("不大于", "a ≤ b", func(c int) bool { return c <= 0 },
			Example{Template: `{{if 不大于 .x 100}}未超{{end}}`, Data: map[string]any{"x": num.MustParse("100.00")}, Want: "未超"}),
		mk("不小于", "a ≥ b", func(c int) bool { return c >= 0 },
			Example{Template: `{{if 不小于 .x 90}}优{{end}}`, Data: map[string]any{"x": num.MustParse("90")}, Want: "优"}),
		mk("等于", "a = b（0 与 0.00 相等）", func(c int) bool { return c == 0 },
			Example{Template: `{{if 等于 .x 0}}无{{end}}`, Data: map[string]any{"x": num.MustParse("0.00")}, Want: "无"}),
	}
}
