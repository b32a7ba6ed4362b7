package rubric

import (
	"strings"

	"jixiao/generator/facts"
)

// FactsSchema returns the schema of a facts file for this rubric: the core
// schema plus the 评定 section holding the unit's judgements.
func (r *Rubric) FactsSchema() *facts.Field {
	return facts.Extend(facts.Schema(), r.JudgmentSchema())
}

// JudgmentSchema returns the 评定 section: one entry per judged rule, nested
// by the dotted path of its 取值 (评定.<三级指标>.<细项>), shaped by its kind:
// 是否 → 符合 + 依据; 例数扣分 and 否决 → 不符合例数 + 依据; 评定 → 得分 + 理由.
func (r *Rubric) JudgmentSchema() *facts.Field {
	root := &facts.Field{Key: "评定", Kind: facts.Object,
		Desc: "需要判断的指标：由单位按评分标准填写结论和依据（依据会写进评分说明）"}
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
	desc := ind.Name
	if p.Name != ind.Name {
		desc += "·" + p.Name
	}
	f := &facts.Field{Kind: facts.Object, Desc: desc + "（" + string(p.Rule.Kind) + "）", Source: src}
	switch p.Rule.Kind {
	case PassFail:
		f.Fields = []*facts.Field{
			{Key: "符合", Kind: facts.Bool, Desc: "是否符合：是 或 否", Source: src},
			{Key: "依据", Kind: facts.Prose, Desc: "判断的依据（不符合时必填）"}}
	case PerCase, Veto:
		f.Fields = []*facts.Field{
			{Key: "不符合例数", Kind: facts.Count, Desc: "发现的不符合例数（没有填 0）", Source: src, Unit: "例", Min: "0"},
			{Key: "依据", Kind: facts.Prose, Desc: "检查的依据或发现的问题（有不符合时必填）"}}
	case Assessed:
		max := ""
		if p.Points != nil {
			max = p.Points.String()
		}
		f.Fields = []*facts.Field{
			{Key: "得分", Kind: facts.Decimal, Desc: "评定的得分（0 到 " + max + " 分）", Source: src, Unit: "分", Min: "0", Max: max},
			{Key: "理由", Kind: facts.Prose, Desc: "评定的理由（必填）"}}
	}
	return f
}
