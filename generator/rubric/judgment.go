package rubric

import (
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/num"
)

// FactsSchema returns the schema of a facts file for this rubric: the core
// schema with the facts the pack declares, plus the 评定 section holding the
// unit's judgements (and 分值分配 when the unit distributes points).
func (r *Rubric) FactsSchema() *facts.Field {
	extra := []*facts.Field{r.JudgmentSchema()}
	if alloc := r.AllocationSchema(); len(alloc.Fields) > 0 {
		extra = append(extra, alloc)
	}
	return facts.Extend(r.baseSchema(), extra...)
}

// JudgmentSchema returns the 评定 section: one entry per judged rule, nested
// by the dotted path of its 取值 (评定.<三级指标>.<细项>), shaped by its kind:
// 是否 → 符合 + 依据; 例数扣分 and 否决 → 不符合例数 + 依据; 评定 → 得分 + 理由.
func (r *Rubric) JudgmentSchema() *facts.Field {
	root := &facts.Field{Key: "评定", Kind: facts.Object,
		Desc: "需要判断的指标：由单位按评分标准填写结论和依据（依据会写进评分说明）", Form: "附件1-1"}
	for _, ind := range r.Indicators() {
		for _, p := range ind.Parts() {
			if p.Rule == nil || !p.Rule.IsJudged() || !strings.HasPrefix(p.Rule.Ref, JudgmentPrefix) {
				continue
			}
			leaf := judgmentField(ind, p)
			place(root, strings.Split(strings.TrimPrefix(p.Rule.Ref, JudgmentPrefix), "."), leaf)
		}
	}
	return root
}

// place puts leaf at path below root, creating objects on the way.
func place(root *facts.Field, path []string, leaf *facts.Field) {
	cur := root
	for _, key := range path[:len(path)-1] {
		next := cur.Child(key)
		if next == nil {
			next = &facts.Field{Key: key, Kind: facts.Object, Desc: "三级指标“" + key + "”的评定"}
			cur.Fields = append(cur.Fields, next)
		}
		cur = next
	}
	leaf.Key = path[len(path)-1]
	cur.Fields = append(cur.Fields, leaf)
}

func judgmentField(ind *Indicator, p *Sub) *facts.Field {
	src := "附件1-1 " + ind.Name
	desc, row := ind.Name, ind.Name
	if p.Name != ind.Name {
		desc += "·" + p.Name
		row += ordinalOf(ind, p) + p.Name
	}
	f := &facts.Field{Kind: facts.Object, Desc: desc + "（" + string(p.Rule.Kind) + "）", Source: src, Row: row}
	switch p.Rule.Kind {
	case PassFail:
		f.Fields = []*facts.Field{
			{Key: "符合", Kind: facts.Bool, Desc: "是否符合：是 或 否", Source: src, Column: "是否符合"},
			{Key: "依据", Kind: facts.Prose, Desc: "判断的依据（不符合时必填）", Column: "依据"}}
	case PerCase, Veto:
		f.Fields = []*facts.Field{
			{Key: "不符合例数", Kind: facts.Count, Desc: "发现的不符合例数（未发现填 0）", Source: src, Unit: "例", Min: "0", Column: "不符合例数"},
			{Key: "依据", Kind: facts.Prose, Desc: "检查的依据或发现的问题（有不符合时必填）", Column: "依据"}}
	case Assessed:
		f.Fields = []*facts.Field{assessedScore(ind, p, src),
			{Key: "理由", Kind: facts.Prose, Desc: "评定的理由（必填）", Column: "评定理由"}}
	}
	return f
}

// ScorePlaces is the precision of every score: sub-item scores are rounded
// half-up to two decimals, so a judged score may not have more.
const ScorePlaces = 2

// assessedScore is the 得分 of a 评定: at most the part's points, or, when
// the unit distributes the indicator's points, checked against them later.
func assessedScore(ind *Indicator, p *Sub, src string) *facts.Field {
	f := &facts.Field{Key: "得分", Kind: facts.Decimal, Source: src, Unit: "分", Min: "0", Places: ScorePlaces, Column: "评定得分"}
	switch {
	case ind.Distributed:
		f.Desc = "评定的得分（0 到本指标的分值，最多两位小数）"
	case p.Points != nil:
		f.Max = p.Points.String()
		f.Desc = "评定的得分（0 到 " + f.Max + " 分，最多两位小数）"
	default:
		f.Desc = "评定的得分（最多两位小数）"
	}
	return f
}

// ordinalOf numbers a sub-item as the form does: ①, ②, ….
func ordinalOf(ind *Indicator, p *Sub) string {
	for i, s := range ind.Subs {
		if s == p {
			return Ordinal(i)
		}
	}
	return ""
}

var circled = []string{"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"}

// Ordinal returns ①…⑩ for i = 0…9, then (11), (12) ….
func Ordinal(i int) string {
	if i < len(circled) {
		return circled[i]
	}
	return "(" + num.Int(int64(i+1)).String() + ")"
}
