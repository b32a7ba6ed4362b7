package metrics

// Def defines one metric: a ratio Num ÷ Den × 100% (each a signed sum of
// refs), or, with ListCount set, the number of items of a list.
type Def struct {
	Name      string
	Title     string // the name as the rubric prints it, when it differs: “三公经费”变动率
	Formula   string // in words, as the rubric states it
	Source    string // where the formula is defined
	Note      string // the basis (口径) and other remarks; "" when none
	Num, Den  []Term
	ListCount string // a list path: the metric is its number of items
	// Low and High bound the plausible range (inclusive, percent); a value
	// outside is a finding for `check`. "" means unbounded.
	Low, High string
	RangeNote string // why a value outside the range deserves a look
}

// Term is one operand of a sum; Neg subtracts it. An Optional term that is
// not given counts as 0 (the excluded adjustments, when there are none).
type Term struct {
	Ref      string
	Neg      bool
	Optional bool
}

// Label is the metric's name as the rubric prints it.
func (d *Def) Label() string {
	if d.Title != "" {
		return d.Title
	}
	return d.Name
}

func refs(rs ...string) []Term {
	ts := make([]Term, len(rs))
	for i, r := range rs {
		ts[i] = Term{Ref: r}
	}
	return ts
}

const (
	src2013 = "财预〔2013〕53号 附件2；附件1-1"
	srcSeed = "附件1-1"
)

// Defs returns every metric in the order reports list them.
func Defs() []*Def {
	defs := []*Def{
		{Name: "在职人员控制率", Formula: "在职人员数 ÷ 编制数 × 100%", Source: src2013,
			Num: refs("人员.在职人数"), Den: refs("人员.编制数"), Low: "0", High: "100", RangeNote: "在职人数超过编制数"},
		{Name: "聘用人员控制率", Formula: "聘用人员实际使用数 ÷ 批复数 × 100%", Source: srcSeed,
			Num: refs("人员.聘用人员.实际"), Den: refs("人员.聘用人员.批复"), Low: "0", High: "100", RangeNote: "聘用人员超过批复数"},
		{Name: "三公经费变动率", Title: "“三公经费”变动率", Formula: "（本年度“三公经费”预算数 − 上年度“三公经费”预算数）÷ 上年度“三公经费”预算数 × 100%",
			Source: src2013, Note: "按预算数计算，不用决算数",
			Num: []Term{{Ref: "合计.三公经费.本年预算"}, {Ref: "合计.三公经费.上年预算", Neg: true}},
			Den: refs("合计.三公经费.上年预算")},
		{Name: "预算执行率", Formula: "预算完成数 ÷ 预算数 × 100%", Source: src2013,
			Num: refs("预算执行.预算完成数"), Den: refs("预算执行.预算数"), Low: "0", High: "100", RangeNote: "完成数超过预算数"},
	}
	defs = append(defs, scheduleDefs()...)
	defs = append(defs, []*Def{
		{Name: "预算调整率", Formula: "预算调整数 ÷ 预算数 × 100%", Source: src2013,
			Note: "调整数不含因落实国家政策、发生不可抗力、县委县政府临时交办及经济科目非跨类调整而产生的调整",
			Num:  []Term{{Ref: "预算调整.调整数"}, {Ref: "预算调整.不计入[].金额", Neg: true, Optional: true}},
			Den:  refs("预算执行.预算数"), Low: "0", High: "100", RangeNote: "调整数超过预算数"},
		{Name: "三公经费控制率", Title: "“三公经费”控制率", Formula: "“三公经费”实际支出数 ÷ “三公经费”预算安排数 × 100%", Source: src2013,
			Num: refs("合计.三公经费.本年决算"), Den: refs("合计.三公经费.本年预算"), Low: "0", High: "100", RangeNote: "“三公经费”超预算"},
		{Name: "政府采购执行率", Formula: "实际政府采购金额 ÷ 政府采购预算数 × 100%", Source: src2013,
			Num: refs("政府采购.本年决算"), Den: refs("政府采购.本年预算"), Low: "0", High: "100", RangeNote: "实际采购超过采购预算，报告应说明原因"},
		{Name: "公用经费控制率", Formula: "实际支出公用经费总额 ÷ 预算安排公用经费总额 × 100%", Source: "财预〔2013〕53号 附件2",
			Num: refs("基本支出.公用经费.本年决算"), Den: refs("基本支出.公用经费.本年预算"), Low: "0", High: "100", RangeNote: "公用经费超预算"},
		{Name: "结转结余率", Formula: "结转结余总额 ÷ 支出预算数 × 100%", Source: "财预〔2013〕53号 附件2",
			Num: refs("结转结余.结转结余总额"), Den: refs("预算执行.预算数"), Low: "0", High: "100"},
	}...)
	defs = append(defs, workDefs()...)
	return append(defs, []*Def{
		{Name: "满意度", Formula: "（满意数 + 基本满意数）÷ 有效样本数 × 100%", Source: "附件1-1；计算方法按常用做法在此确定",
			Num: refs("满意度.满意数", "满意度.基本满意数"), Den: refs("满意度.有效样本数"), Low: "0", High: "100", RangeNote: "满意与基本满意之和超过样本数"},
		{Name: "楼堂馆所规模控制率", Formula: "实际规模 ÷ 批复规模 × 100%（本年完工项目合计）", Source: "附件1-2",
			Num: refs("楼堂馆所[].实际规模"), Den: refs("楼堂馆所[].批复规模"), Low: "0", High: "100", RangeNote: "超批复规模"},
		{Name: "楼堂馆所投资概算控制率", Formula: "实际投资 ÷ 预算投资 × 100%（本年完工项目合计）", Source: "附件1-2",
			Num: refs("楼堂馆所[].实际投资"), Den: refs("楼堂馆所[].预算投资"), Low: "0", High: "100", RangeNote: "超投资概算"},
		{Name: "绩效目标个数", Formula: "年度绩效目标的条数", Source: "附件1-1 绩效指标明确性①", ListCount: "绩效目标.目标", Low: "0"},
	}...)
}

// scheduleDefs are the quarter-end payment progress rates.
func scheduleDefs() []*Def {
	var defs []*Def
	for _, q := range []string{"一季度", "二季度", "三季度"} {
		base := "预算执行.序时进度." + q + "."
		defs = append(defs, &Def{Name: q + "支付序时进度", Formula: "序时执行数 ÷ 序时指标下达数 × 100%",
			Source: srcSeed + " 预算执行率②", Num: refs(base + "序时执行数"), Den: refs(base + "序时指标下达数"),
			Low: "0", High: "100", RangeNote: "序时执行数超过下达数"})
	}
	return defs
}

// workDefs are the 职责履行 rates; each divides by 计划工作数 (质量达标率
// too, as the seed and the 2013 framework define it).
func workDefs() []*Def {
	w := func(name, num, den, formula string) *Def {
		return &Def{Name: name, Formula: formula, Source: src2013,
			Num: refs("职责履行." + num), Den: refs("职责履行." + den), Low: "0", High: "100"}
	}
	return []*Def{
		w("实际完成率", "实际完成数", "计划工作数", "实际完成工作数 ÷ 计划工作数 × 100%"),
		w("完成及时率", "及时完成数", "计划工作数", "及时完成实际工作数 ÷ 计划工作数 × 100%"),
		w("质量达标率", "质量达标数", "计划工作数", "质量达标实际工作数 ÷ 计划工作数 × 100%"),
		w("重点工作办结率", "重点工作完成数", "重点工作交办数", "重点工作实际完成数 ÷ 交办或下达数 × 100%"),
	}
}
