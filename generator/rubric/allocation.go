package rubric

import (
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/facts"
	"jixiao/generator/num"
	"jixiao/generator/yamlsrc"
)

// DistributedKey marks an indicator whose points the form leaves to the unit
// ("根据部门实际"): `单位分配: 是`.
const DistributedKey = "单位分配"

// AllocationKey is the section of the facts file where the unit sets those
// points: `分值分配: {实际完成率: 7, …}`.
const AllocationKey = "分值分配"

func loadDistributed(m *yamlsrc.Map, ind *Indicator) bool {
	switch v := m.Str(DistributedKey, false); v {
	case "", "否":
		return false
	case "是":
		if m.Has("细项") {
			m.Diags.Errorf(m.KeyPos(DistributedKey), "三级指标“%s”有细项，不能由单位分配分值（细项的分值是固定的）", ind.Name)
		}
		return true
	default:
		m.Diags.Errorf(m.KeyPos(DistributedKey), "“%s”应为 是 或 否，实际为“%s”", DistributedKey, v)
		return false
	}
}

// AllocationSchema is the 分值分配 section: one score per indicator the
// unit distributes, each at most its 二级 group's points.
func (r *Rubric) AllocationSchema() *facts.Field {
	sec := &facts.Field{Key: AllocationKey, Kind: facts.Object,
		Desc: "原件没有给分值、由单位根据部门实际分配的指标的分值（同一二级指标内合计不变）；不写则用模板包的默认分值",
		Form: "附件1-1", Column: "分值"}
	for _, l1 := range r.Level1 {
		for _, g := range l1.Groups {
			for _, ind := range g.Indicators {
				if !ind.Distributed {
					continue
				}
				f := &facts.Field{Key: ind.Name, Kind: facts.Decimal, Unit: "分", Min: "0", Places: 2,
					Desc:   "“" + ind.Name + "”的分值（默认 " + pointsText(ind.Points) + " 分；“" + g.Name + "”各指标合计 " + pointsText(g.Points) + " 分）",
					Source: "附件1-1 " + ind.Name, Row: ind.Name}
				if g.Points != nil {
					f.Max = g.Points.String()
				}
				sec.Fields = append(sec.Fields, f)
			}
		}
	}
	return sec
}

func pointsText(p *num.Dec) string {
	if p == nil {
		return "?"
	}
	return num.Plain(*p)
}

// Allocation gives the points of every indicator for the unit of f: the
// unit's 分值分配 for a distributed indicator when it sets one, else the
// rubric's. An indicator without points is absent.
func (r *Rubric) Allocation(f *facts.Facts) map[*Indicator]num.Dec {
	out := map[*Indicator]num.Dec{}
	for _, ind := range r.Indicators() {
		if ind.Points != nil {
			out[ind] = *ind.Points
		}
		if !ind.Distributed || f == nil {
			continue
		}
		if d, ok := f.Dec(AllocationKey + "." + ind.Name); ok {
			out[ind] = d
		}
	}
	return out
}

// AllocationProblem is a 二级 group whose allocated points do not add up.
type AllocationProblem struct {
	Group      *Group
	Sum, Want  num.Dec
	Terms      string // "7+6+6+7"
	Pos        diag.Pos
	UnitChosen bool // the unit set at least one of them
}

// AllocationProblems lists the groups where the unit's distribution does not
// add up to the group's points.
func (r *Rubric) AllocationProblems(f *facts.Facts) []AllocationProblem {
	alloc := r.Allocation(f)
	var out []AllocationProblem
	for _, l1 := range r.Level1 {
		for _, g := range l1.Groups {
			if p, ok := r.groupAllocation(f, g, alloc); ok {
				out = append(out, p)
			}
		}
	}
	return out
}

func (r *Rubric) groupAllocation(f *facts.Facts, g *Group, alloc map[*Indicator]num.Dec) (AllocationProblem, bool) {
	p := AllocationProblem{Group: g, Pos: f.Root.Pos}
	if v := f.Get(AllocationKey); v != nil && v.Present {
		p.Pos = v.KeyPos
	}
	var terms []string
	for _, ind := range g.Indicators {
		pts, ok := alloc[ind]
		if !ok {
			return p, false
		}
		if ind.Distributed {
			if v := f.Get(AllocationKey + "." + ind.Name); v != nil && v.Present {
				p.UnitChosen = true
			}
		}
		p.Sum = p.Sum.Add(pts)
		terms = append(terms, num.Plain(pts))
	}
	p.Terms = strings.Join(terms, "+")
	if !p.UnitChosen || g.Points == nil || p.Sum.Equal(*g.Points) {
		return p, false
	}
	p.Want = *g.Points
	return p, true
}
