package view

import (
	"strings"

	"jixiao/generator/num"
	"jixiao/generator/score"
)

// pendingScore is what a 待评 score prints as, in documents and cells.
const pendingScore = "待评"

// scores gives 评分: the total, grade and completeness, what is still
// missing (缺少: facts named as the forms do, and undecided parts), every
// indicator row (with what the tables need to merge 一级/二级 cells; its
// 分值 is the unit's own where it distributes the points), the level
// subtotals, the score, full reason (说明) and short reason (简述) of each
// indicator by name, the report's sentence on it (评语: its grounds and
// score, the score said once) and its line under its name (列项), and the
// indicators that lost points.
func scores(r *score.Report) map[string]any {
	rows, byName, reasons, lost := indicatorRows(r)
	verdicts, briefs, sentences, lines := map[string]any{}, map[string]any{}, map[string]any{}, map[string]any{}
	for _, res := range r.Results {
		k := Key(res.Indicator.Name)
		verdicts[k], briefs[k], sentences[k], lines[k] = verdict(res), res.Brief, res.Verdict, res.Line
	}
	gaps := append(append([]string{}, r.Where...), r.Undecided...)
	out := map[string]any{
		"总分": r.Total, "等级": r.GradeText(), "完整": r.Complete, "待评分值": r.Pending,
		"最高可得": r.MaxPossible(), "缺少": strs(gaps), "缺少数": len(gaps),
		"指标": rows, "一级指标": groups(r.Level1), "得分": byName, "说明": reasons, "简述": briefs, "失分": lost,
		"结论": verdicts, "评语": sentences, "列项": lines,
	}
	out["合计得分"] = totalCell(r)
	return out
}

// totalCell is the total of the forms' 合计 row: the total score, or 待评
// while any indicator is.
func totalCell(r *score.Report) any {
	if !r.Complete {
		return pendingScore
	}
	return r.Total
}

// Key is the name of an indicator as a template field: without the quotes
// some names carry (“三公经费”变动率 → 三公经费变动率), since a field name
// cannot hold them.
func Key(name string) string {
	return strings.NewReplacer("“", "", "”", "", `"`, "").Replace(name)
}

// verdict is “得2分” or “待评”, for sentences.
func verdict(res *score.Result) string {
	if res.Status == score.Pending {
		return "待评"
	}
	return "得" + num.Plain(res.Score) + "分"
}

func indicatorRows(r *score.Report) (rows []any, byName, reasons map[string]any, lost []any) {
	byName, reasons = map[string]any{}, map[string]any{}
	spans1, spans2 := spans(r)
	points := groupPoints(r.Level1)
	seq := 0
	for i, res := range r.Results {
		if spans1[i] > 0 {
			seq = 0
		}
		seq++
		ind := res.Indicator
		row := map[string]any{
			"一级指标": ind.Level1, "二级指标": ind.Level2, "三级指标": ind.Name, "分值": res.Points,
			"一级分值": points[ind.Level1], "二级分值": points[ind.Level1+"/"+ind.Level2],
			"得分": scoreValue(res), "状态": string(res.Status), "说明": res.Reason, "简述": res.Brief,
			"得分理由": res.Grounds, "已评得分": res.Score, "待评分值": res.Pending,
			"评分要点": ind.Criteria, "评分标准": ind.Standard, "调整说明": ind.Decision,
			"一级行数": spans1[i], "二级行数": spans2[i], "细项": parts(res), "组内序号": seq,
		}
		rows = append(rows, row)
		byName[Key(ind.Name)], reasons[Key(ind.Name)] = row["得分"], res.Reason
		if res.Status != score.Pending && res.Score.LessThan(res.Points) {
			lost = append(lost, row)
		}
	}
	formStandards(rows)
	return rows, byName, reasons, lost
}

// formStandards gives each row 合并评分标准, its 评分标准 cell as the form
// prints it: a blank 评分标准 continues the one above within the same
// 二级指标, as the seed's one cell “此三项指标为…” spans 经济效益, 社会效益
// and 生态效益. {{纵向合并 .合并评分标准 .二级指标}} merges them back.
func formStandards(rows []any) {
	prev := map[string]any{}
	for _, r := range rows {
		row := r.(map[string]any)
		row["合并评分标准"] = row["评分标准"]
		if row["评分标准"] == "" && prev["二级指标"] == row["二级指标"] && prev["一级指标"] == row["一级指标"] {
			row["合并评分标准"] = prev["合并评分标准"]
		}
		prev = row
	}
}

// groupPoints gives the points of each 一级 group by its name and of each
// 二级 group by "一级/二级", for the labels 投入（15分） of the tables.
func groupPoints(level1 []*score.Group) map[string]num.Dec {
	out := map[string]num.Dec{}
	for _, g1 := range level1 {
		out[g1.Name] = g1.Points
		for _, g2 := range g1.Groups {
			out[g1.Name+"/"+g2.Name] = g2.Points
		}
	}
	return out
}

// spans gives, for each result, the number of rows its 一级 and 二级 cells
// span when it is the first of its group, else 0.
func spans(r *score.Report) ([]int, []int) {
	n := len(r.Results)
	s1, s2 := make([]int, n), make([]int, n)
	for i := 0; i < n; i++ {
		ind := r.Results[i].Indicator
		if i == 0 || r.Results[i-1].Indicator.Level1 != ind.Level1 {
			s1[i] = runLength(r, i, func(j int) string { return r.Results[j].Indicator.Level1 })
		}
		if i == 0 || r.Results[i-1].Indicator.Level2 != ind.Level2 || s1[i] > 0 {
			s2[i] = runLength(r, i, func(j int) string { return r.Results[j].Indicator.Level1 + "/" + r.Results[j].Indicator.Level2 })
		}
	}
	return s1, s2
}

func runLength(r *score.Report, i int, key func(int) string) int {
	n := 1
	for j := i + 1; j < len(r.Results) && key(j) == key(i); j++ {
		n++
	}
	return n
}

func scoreValue(res *score.Result) any {
	if res.Status == score.Pending {
		return pendingScore
	}
	return res.Score
}

func parts(res *score.Result) []any {
	out := make([]any, 0, len(res.Parts))
	for _, p := range res.Parts {
		var s any = pendingScore
		if p.Status != score.Pending {
			s = p.Score
		}
		out = append(out, map[string]any{"名称": p.Name, "分值": p.Points, "得分": s, "状态": string(p.Status),
			"说明": p.Reason, "简述": p.Brief})
	}
	return out
}

func groups(gs []*score.Group) []any {
	out := make([]any, 0, len(gs))
	for _, g := range gs {
		out = append(out, map[string]any{"名称": g.Name, "分值": g.Points, "得分": g.Score,
			"待评分值": g.Pending, "二级指标": groups(g.Groups)})
	}
	return out
}

func strs(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
