package metrics

import (
	"jixiao/generator/facts"
	"jixiao/generator/num"
)

// Total is an amount the forms state as a sum of other rows: the figure
// the unit stated, or the sum of its parts where the unit left it blank.
type Total struct {
	Name    string   // "三公经费.本年预算"
	Value   num.Dec  // the stated figure, or the parts' sum when none is stated
	OK      bool     // false when neither a stated figure nor all parts are given
	FromSum bool     // Value is the sum of all parts (nothing was stated)
	Parts   []string // the refs summed
	Missing []string // fact paths missing
}

// TotalDef says what a total is: Stated is the row the forms print, Parts
// the rows it must equal the sum of (and is computed from when blank).
type TotalDef struct {
	Name   string
	Stated string
	Parts  []string
}

// TotalDefs lists the totals for each of the four periods, in dependency
// order (公务用车 before 三公经费).
func TotalDefs() []TotalDef {
	var defs []TotalDef
	for _, p := range facts.Periods {
		defs = append(defs,
			TotalDef{"公务用车购置和运行维护费." + p, "三公经费.公务用车购置和运行维护费." + p,
				[]string{"三公经费.公车购置." + p, "三公经费.公车运行维护." + p}},
			TotalDef{"三公经费." + p, "三公经费.合计." + p,
				[]string{"合计.公务用车购置和运行维护费." + p, "三公经费.因公出国." + p, "三公经费.公务接待." + p}},
			TotalDef{"基本支出." + p, "基本支出.合计." + p,
				[]string{"基本支出.人员经费." + p, "基本支出.公用经费." + p}},
			TotalDef{"项目支出." + p, "项目支出.合计." + p, []string{"项目支出.分类[]." + p}},
		)
	}
	return defs
}

// Prefix starts every ref to a total: "合计.三公经费.本年预算".
const Prefix = "合计."
