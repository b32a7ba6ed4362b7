package score

import (
	"sort"

	"jixiao/generator/metrics"
	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

type scorer struct {
	set    *metrics.Set
	points map[*rubric.Indicator]num.Dec // the unit's points per indicator
	words  wording
}

// Score applies rubric r to the metrics and facts of set. Indicators whose
// points the form leaves to the unit take the unit's 分值分配.
func Score(r *rubric.Rubric, set *metrics.Set) *Report {
	s := &scorer{set: set, points: r.Allocation(set.Facts), words: wording{set: set}}
	rep := &Report{Unit: set.Facts.Unit(), Year: set.Facts.Year(), Rubric: r, Metrics: set}
	for _, ind := range r.Indicators() {
		rep.Results = append(rep.Results, s.indicator(ind))
	}
	rep.sum()
	return rep
}

// indicator scores every part, words each reason and combines them.
func (s *scorer) indicator(ind *rubric.Indicator) *Result {
	pts, hasPoints := s.points[ind]
	res := &Result{Indicator: ind, Points: pts}
	for _, p := range ind.Parts() {
		var part *Part
		switch {
		case p.Rule == nil || p.Points == nil || !hasPoints:
			part = &Part{Name: p.Name, Status: Pending, Cause: "评分规则没有给出分值或规则"}
			part.why = pendingReason{cause: part.Cause}
		case len(ind.Subs) == 0:
			part = s.evalPart(p, pts)
		default:
			part = s.evalPart(p, *p.Points)
		}
		part.Reason, part.Brief = s.words.full(part), s.words.brief(part)
		res.Parts = append(res.Parts, part)
	}
	combine(res)
	res.Reason, res.Brief = s.words.indicator(res), s.words.indicatorBrief(res)
	res.Grounds, res.Verdict, res.Line = s.words.indicatorGrounds(res), s.words.verdict(res), s.words.line(res)
	return res
}

// combine sets the indicator's score and status from its parts: a veto
// zeroes it; otherwise the scored parts add up, and the points of the parts
// still pending are pending (so ① of 预算执行率 counts while ② waits).
func combine(res *Result) {
	status, vetoed := NotApplicable, false
	for _, p := range res.Parts {
		res.Missing = append(res.Missing, p.Missing...)
		vetoed = vetoed || p.Vetoed
		status = worse(status, p.Status)
		if p.Status == Pending {
			res.Pending = res.Pending.Add(p.Points)
		} else {
			res.Score = res.Score.Add(p.Score)
		}
	}
	res.Status = status
	if vetoed {
		res.Status, res.Score, res.Pending = Judged, num.Zero, num.Zero
	}
}

// worse orders statuses: 待评 over 评定 over 计算 over 不适用.
func worse(a, b Status) Status {
	rank := map[Status]int{NotApplicable: 0, Computed: 1, Judged: 2, Pending: 3}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

// sum fills the level subtotals, the total, the grade and the gaps.
func (rep *Report) sum() {
	groups := rep.groups()
	seen := map[string]bool{}
	for _, res := range rep.Results {
		for _, g := range groups[res.Indicator] {
			g.Score, g.Pending = g.Score.Add(res.Score), g.Pending.Add(res.Pending)
		}
		rep.Total, rep.Pending = rep.Total.Add(res.Score), rep.Pending.Add(res.Pending)
		for _, p := range res.Parts {
			rep.gaps(res, p, seen)
		}
	}
	sort.Strings(rep.Missing)
	rep.Where = rep.Metrics.WhereAll(rep.Missing)
	rep.Complete = len(rep.Missing) == 0 && len(rep.Undecided) == 0
	if rep.Complete {
		rep.Grade = rep.Rubric.GradeOf(rep.Total)
	}
}

// gaps records what keeps a pending part from a score.
func (rep *Report) gaps(res *Result, p *Part, seen map[string]bool) {
	if p.Status != Pending || res.Status != Pending {
		return
	}
	for _, m := range p.Missing {
		if !seen[m] {
			seen[m] = true
			rep.Missing = append(rep.Missing, m)
		}
	}
	if len(p.Missing) == 0 {
		rep.Undecided = append(rep.Undecided, partName(res, p)+"："+p.Reason)
	}
}

// partName is "预算执行率②支付序时进度", or the indicator's name alone.
func partName(res *Result, p *Part) string {
	for i, q := range res.Parts {
		if q == p && len(res.Indicator.Subs) > 0 {
			return res.Indicator.Name + rubric.Ordinal(i) + p.Name
		}
	}
	return res.Indicator.Name
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

func pointsOf(p *num.Dec) num.Dec {
	if p == nil {
		return num.Zero
	}
	return *p
}
