package tmpl

import (
	"fmt"

	"jixiao/generator/num"
)

// proseFuncs print numbers as Chinese official prose writes them (GB/T
// 15835): no digit grouping, no trailing zeros, rates at the rubric's
// precision of two decimals. They are built on num.Short, num.ProseWan and
// num.ProsePct, so a reason in Go and a sentence of a template print a
// figure alike. 千分位 is the one exception, for a pack that wants grouped
// figures in a table.
func proseFuncs() []Func {
	return []Func{
		{Name: "万元", Fn: fmtWan, Doc: "金额的数字（单位万元，不带单位）：四舍五入到两位小数，不分千位，去掉末尾的 0；用于表格，或后面自己写“万元”",
			Examples: []Example{
				{Template: `{{万元 .x}}`, Data: map[string]any{"x": dec("16640.91")}, Want: "16640.91"},
				{Template: `{{万元 .x}}`, Data: map[string]any{"x": dec("12819.60")}, Want: "12819.6"},
				{Template: `{{万元 .x}}`, Data: map[string]any{"x": dec("1802.00")}, Want: "1802"},
				{Template: `{{万元 .x}}`, Data: map[string]any{"x": Pending{Need: []string{"人员.编制数"}}}, Want: "【待补：人员.编制数】"},
			}},
		{Name: "金额", Fn: fmtAmount, Doc: "正文中的金额，带单位：2415.52万元、12819.6万元、1802万元；为 0 时写“0元”（原件“预算0元”的写法）",
			Examples: []Example{
				{Template: `基本支出{{金额 .x}}`, Data: map[string]any{"x": dec("2415.52")}, Want: "基本支出2415.52万元"},
				{Template: `项目支出{{金额 .x}}`, Data: map[string]any{"x": dec("12819.60")}, Want: "项目支出12819.6万元"},
				{Template: `预算总额{{金额 .x}}`, Data: map[string]any{"x": dec("1802.00")}, Want: "预算总额1802万元"},
				{Template: `预算{{金额 .x}}`, Data: map[string]any{"x": dec("0")}, Want: "预算0元"},
			}},
		{Name: "百分比", Fn: fmtPct, Doc: "百分数：数值已是百分点，四舍五入到两位小数，去掉末尾的 0，加 %",
			Examples: []Example{
				{Template: `{{百分比 .x}}`, Data: map[string]any{"x": dec("92.156")}, Want: "92.16%"},
				{Template: `{{百分比 .x}}`, Data: map[string]any{"x": dec("61.00")}, Want: "61%"},
				{Template: `{{百分比 .x}}`, Data: map[string]any{"x": dec("-7.89")}, Want: "-7.89%"},
			}},
		{Name: "率", Fn: fmtRateClause, Doc: "比率写进句子“……率{{率 .指标值.…}}”：有值时写“为92.16%”，不适用（分母与分子都为 0）时写“不适用”，分母为 0 而分子不为 0 时写“无法计算”（原因由其后的评分句说明），待补时写“为【待补：…】”",
			Examples: []Example{
				{Template: `在职人员控制率{{率 .x}}。`, Data: map[string]any{"x": dec("92.156")}, Want: "在职人员控制率为92.16%。"},
				{Template: `政府采购执行率{{率 .x}}。`, Data: map[string]any{"x": NotApplicable{Why: "政府采购预算数为0"}}, Want: "政府采购执行率不适用。"},
				{Template: `政府采购执行率{{率 .x}}。`, Data: map[string]any{"x": NotApplicable{Why: "政府采购金额2023年预算数为0，而政府采购金额2023年决算数为50万元", Uncomputable: true}},
					Want: "政府采购执行率无法计算。"},
				{Template: `满意度{{率 .x}}。`, Data: map[string]any{"x": Pending{Need: []string{"满意数"}}}, Want: "满意度为【待补：满意数】。"},
			}},
		{Name: "增减", Fn: fmtChange, Doc: "变动率写成文字：正数“增长…%”，负数“下降…%”，0 为“持平”；数值已是百分点",
			Examples: []Example{
				{Template: `比上年{{增减 .x}}`, Data: map[string]any{"x": dec("149.58")}, Want: "比上年增长149.58%"},
				{Template: `比上年{{增减 .x}}`, Data: map[string]any{"x": dec("-7.89")}, Want: "比上年下降7.89%"},
				{Template: `与上年{{增减 .x}}`, Data: map[string]any{"x": dec("0.00")}, Want: "与上年持平"},
			}},
		{Name: "千分位", Fn: fmtGrouped, Doc: "保留 n 位小数并分千位：16,640.91；只在模板包要求表格分千位时用，正文不分千位",
			Examples: []Example{{Template: `{{千分位 .x 2}}`, Data: map[string]any{"x": dec("16640.91")}, Want: "16,640.91"}}},
	}
}

func fmtWan(v any) (any, error)    { return format1(v, func(d num.Dec) string { return num.Short(d, 2) }) }
func fmtAmount(v any) (any, error) { return format1(v, num.ProseWan) }
func fmtPct(v any) (any, error)    { return format1(v, num.ProsePct) }

func fmtGrouped(v any, places int) (any, error) {
	return format1(v, func(d num.Dec) string { return num.Grouped(d, int32(places)) })
}

// fmtRateClause writes the end of a sentence about a rate: “为92.16%”,
// “不适用”, “无法计算” (the verdict that follows says why), or “为【待补：…】”.
func fmtRateClause(v any) (any, error) {
	if na, ok := v.(NotApplicable); ok {
		return na.String(), nil
	}
	p, err := fmtPct(v)
	if err != nil {
		return nil, err
	}
	return "为" + fmt.Sprint(p), nil
}

// fmtChange writes a change in percent units as 增长/下降 and its size.
func fmtChange(v any) (any, error) {
	return format1(v, func(d num.Dec) string {
		switch r := num.RoundHalfUp(d, 2); {
		case r.IsPositive():
			return "增长" + num.ProsePct(r)
		case r.IsNegative():
			return "下降" + num.ProsePct(r.Neg())
		}
		return "持平"
	})
}
