package score

import (
	"sort"
	"strings"

	"jixiao/generator/metrics"
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

type scorer struct {
	set *metrics.Set
}

// Score applies rubric r to the metrics and facts of set.
func Score(r *rubric.Rubric, set *metrics.Set) *Report {
	s := &scorer{set: set}
	rep := &Report{Unit: set.Facts.Unit(), Year: set.Facts.Year(), Rubric: r, Metrics: set}
	for _, ind := range r.Indicators() {
		rep.Results = append(rep.Results, s.indicator(ind))
	}
	rep.sum()
	return rep
}

// indicator scores every part and combines them.
func (s *scorer) indicator(ind *rubric.Indicator) *Result {
	res := &Result{Indicator: ind, Points: pointsOf(ind.Points)}
	for _, p := range ind.Parts() {
		if p.Points == nil || p.Rule == nil {
			res.Parts = append(res.Parts, &Part{Name: p.Name, Status: Pending, Reason: "评分规则没有给出分值或规则，待评"})
			continue
		}
		res.Parts = append(res.Parts, s.evalPart(p))
	}
	combine(res)
	return res
}

func pointsOf(p *num.Dec) num.Dec {
	if p == nil {
		return num.Zero
	}
	return *p
}

// combine sets the indicator's score, status and reason from its parts: a
// veto zeroes it; any pending part leaves it pending; else the parts add up.
func combine(res *Result) {
	var reasons []string
	status, vetoed, sum := Computed, false, num.Zero
	for i, p := range res.Parts {
		reasons = append(reasons, prefix(res, i)+p.Reason)
		res.Missing = append(res.Missing, p.Missing...)
		vetoed = vetoed || p.Vetoed
		sum = sum.Add(p.Score)
		status = worse(status, p.Status)
	}
	res.Reason = strings.Join(reasons, "；")
	switch {
	case vetoed:
		res.Status, res.Score = Judged, num.Zero
		res.Reason += "。否决项成立，本指标" + fmtPts(res.Points) + "分全扣，计0分"
	case status == Pending:
		res.Status = Pending
	default:
		res.Status, res.Score = status, sum
	}
}

// prefix numbers the parts of a composite indicator: "①在职人员控制率：".
func prefix(res *Result, i int) string {
	if len(res.Parts) == 1 && res.Indicator.Subs == nil {
		return ""
	}
	return ordinal(i) + res.Parts[i].Name + "："
}

// worse orders statuses: 待评 over 评定 over 计算.
func worse(a, b Status) Status {
	rank := map[Status]int{Computed: 0, Judged: 1, Pending: 2}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

// sum fills the level subtotals, the total, the grade and the missing list.
func (rep *Report) sum() {
	groups := rep.groups()
	seen := map[string]bool{}
	for _, res := range rep.Results {
		for _, g := range groups[res.Indicator] {
			g.count(res)
		}
		rep.count(res)
		for _, m := range res.Missing {
			if !seen[m] {
				seen[m] = true
				rep.Missing = append(rep.Missing, m)
			}
		}
	}
	sort.Strings(rep.Missing)
	rep.Complete = rep.Pending.IsZero()
	if rep.Complete {
		rep.Grade = rep.Rubric.GradeOf(rep.Total)
	}
}

// groups builds the 一级/二级 subtotals and maps each indicator to its 二级
// and 一级 group.
func (rep *Report) groups() map[*rubric.Indicator][]*Group {
	of := map[*rubric.Indicator][]*Group{}
	for _, l1 := range rep.Rubric.Level1 {
		g1 := &Group{Name: l1.Name, Points: pointsOf(l1.Points)}
		for _, l2 := range l1.Groups {
			g2 := &Group{Name: l2.Name, Points: pointsOf(l2.Points)}
			for _, ind := range l2.Indicators {
				of[ind] = []*Group{g2, g1}
			}
			g1.Groups = append(g1.Groups, g2)
		}
		rep.Level1 = append(rep.Level1, g1)
	}
	return of
}

// count adds a result to a group's score or pending points.
func (g *Group) count(res *Result) {
	if res.Status == Pending {
		g.Pending = g.Pending.Add(res.Points)
	} else {
		g.Score = g.Score.Add(res.Score)
	}
}

// count adds a result to the total or the pending points.
func (rep *Report) count(res *Result) {
	if res.Status == Pending {
		rep.Pending = rep.Pending.Add(res.Points)
	} else {
		rep.Total = rep.Total.Add(res.Score)
	}
}
