package rubric

import (
	"jixiao/generator/diag"
	"jixiao/generator/num"
)

// Rubric is a loaded 附件1-1.
type Rubric struct {
	File   string
	Name   string   // 部门整体支出绩效自评指标表
	Total  *num.Dec // declared total, normally 100
	Pos    diag.Pos
	Grades []Grade
	Level1 []*Group
	// Declared holds the facts and metrics the pack declares.
	Declared Declarations
}

// Grade is a grade band: the total is at least Min (inclusive).
type Grade struct {
	Name string
	Min  num.Dec
}

// Group is a 一级 or 二级 indicator: a name, its points, and its children
// (二级 groups under a 一级, indicators under a 二级).
type Group struct {
	Name       string
	Points     *num.Dec // nil when the form gives none
	Pos        diag.Pos
	Groups     []*Group     // set for 一级
	Indicators []*Indicator // set for 二级
}

// Indicator is a 三级 indicator, the unit of scoring.
type Indicator struct {
	Name     string
	Points   *num.Dec // nil when the form gives none
	Pos      diag.Pos
	Criteria string // 评分要点, as printed
	Standard string // 评分标准, as printed
	Decision string // 调整说明: how this pack resolved a defect of the form (lint and the guide show it, documents do not)
	// Distributed says the form leaves the points to the unit: Points is the
	// pack's default, and the facts' 分值分配 may set it within the 二级 total.
	Distributed bool
	Rule        *Rule // set when the indicator has no sub-items
	Subs        []*Sub
	Level1      string
	Level2      string

	// StandardAt is where the 评分标准 text starts in the rubric file;
	// StandardDiffs are the numbers of that text that differ from the rule
	// on purpose (评分标准差异: "①1.5分").
	StandardAt    diag.Pos
	StandardDiffs []string
}

// Sub is a numbered sub-item (①②…) of an indicator.
type Sub struct {
	Name   string
	Points *num.Dec
	Pos    diag.Pos
	Rule   *Rule
}

// Indicators returns every 三级 indicator in table order.
func (r *Rubric) Indicators() []*Indicator {
	var out []*Indicator
	for _, l1 := range r.Level1 {
		for _, l2 := range l1.Groups {
			out = append(out, l2.Indicators...)
		}
	}
	return out
}

// Parts returns the sub-items, or the indicator itself as a single part
// (named after it, with its points and rule) when it has none.
func (ind *Indicator) Parts() []*Sub {
	if len(ind.Subs) > 0 {
		return ind.Subs
	}
	return []*Sub{{Name: ind.Name, Points: ind.Points, Pos: ind.Pos, Rule: ind.Rule}}
}

// GradeOf returns the grade name of total: the first band whose Min it
// reaches, with Grades sorted from the highest Min down.
func (r *Rubric) GradeOf(total num.Dec) string {
	for _, g := range r.Grades {
		if total.GreaterThanOrEqual(g.Min) {
			return g.Name
		}
	}
	return ""
}

// mustDec parses a constant of this package.
func mustDec(s string) num.Dec { return num.MustParse(s) }

// Decision is how the pack resolved a defect or a gap of the official form
// for one indicator (its 调整说明). Decisions belong to the pack: `jixiao
// lint` and the template guide show them; the unit's documents do not.
type Decision struct {
	Indicator string
	Text      string
	Pos       diag.Pos
}

// Decisions lists the pack's decisions in table order.
func (r *Rubric) Decisions() []Decision {
	var out []Decision
	for _, ind := range r.Indicators() {
		if ind.Decision != "" {
			out = append(out, Decision{Indicator: ind.Name, Text: ind.Decision, Pos: ind.Pos})
		}
	}
	return out
}
