package summary

import (
	"fmt"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/evaluate"
	"jixiao/generator/gate"
	"jixiao/generator/num"
	"jixiao/generator/score"
)

// Unit is what the workbook needs of one unit of a batch. A unit whose
// facts could not be evaluated has no Report (Scored is false) and only its
// problems.
type Unit struct {
	File     string // the facts file as given
	Name     string // 单位; the file name when the facts could not be read
	Year     string // 年度
	Scored   bool   // evaluated: the figures below are set
	Total    num.Dec
	Grade    string // the grade, or 待评 while incomplete
	Complete bool
	Levels   []num.Dec  // the 一级 subtotals, in the rubric's order
	Scores   []*num.Dec // each 三级 indicator's score in the rubric's order; nil while 待评
	Pending  int        // the number of indicators still 待评
	ToFix    int        // places to fix before the package is final (the gate's count)
	Gaps     []Gap      // what keeps the package from being final
	Findings diag.List  // the facts file's problems and the data checks
	Pack     PackStamp  // the pack the unit's facts name; zero when they name none
	PackNote string     // why the pack could not be told, if so
	Failure  string     // why its documents were not written, "" when they were
}

// Gap is one thing that keeps a unit's package from being final: a
// missing fact, an indicator still 待评, the 【待补】 of a document.
type Gap struct {
	Kind string   // 缺少事实, 待评指标, 【待补】
	Pos  diag.Pos // where to fix it, when known
	Text string
}

// PackStamp names a template pack by its pack.yaml 名称 and 版本.
type PackStamp struct {
	Name, Version string
}

// FromResult keeps what the workbook needs of an evaluated unit read from
// file and of its gate report, so that the rest can be released. The pack
// stamp is left to the caller, who knows what the facts file names.
func FromResult(file string, res *evaluate.Result, rep *gate.Report) Unit {
	r := res.Report
	u := Unit{File: file, Name: r.Unit, Year: r.Year, Scored: true, Total: r.Total,
		Grade: r.GradeText(), Complete: r.Complete, ToFix: rep.Count(),
		Findings: append(diag.List(nil), res.Findings...), Gaps: gaps(rep)}
	for _, g := range r.Level1 {
		u.Levels = append(u.Levels, g.Score)
	}
	for _, res := range r.Results {
		if res.Status == score.Pending {
			u.Scores = append(u.Scores, nil)
			u.Pending++
			continue
		}
		s := res.Score
		u.Scores = append(u.Scores, &s)
	}
	return u
}

// gaps words the gate's report as rows of the 未完成 sheet.
func gaps(rep *gate.Report) []Gap {
	var out []Gap
	for _, m := range rep.Missing {
		out = append(out, Gap{"缺少事实", m.Pos, m.Where + "——" + m.Hint})
	}
	for _, p := range rep.Pending {
		head := fmt.Sprintf("%s（%s分", p.Name, num.Plain(p.Points))
		if !p.Waits.Equal(p.Points) {
			head += "，其中" + num.Plain(p.Waits) + "分待评"
		}
		out = append(out, Gap{"待评指标", diag.Pos{}, head + "）：" + strings.Join(p.Reasons, "；")})
	}
	for _, d := range rep.Placeholders {
		if d.Count > 0 {
			out = append(out, Gap{"【待补】", diag.Pos{File: d.Document},
				fmt.Sprintf("%d 处：%s", d.Count, strings.Join(nonEmpty(d.Items), "、"))})
		}
	}
	return out
}

func nonEmpty(items []string) []string {
	var out []string
	for _, it := range items {
		if it == "" {
			it = "未注明"
		}
		out = append(out, it)
	}
	return out
}

// Failed returns the record of a unit whose facts file could not be
// evaluated: its problems, under the file's name.
func Failed(file string, problems diag.List, why string) Unit {
	return Unit{File: file, Name: file, Findings: problems, Failure: why}
}

// Errors counts the unit's errors.
func (u *Unit) Errors() int { return len(u.Findings.Errors()) }

// Warnings counts the unit's warnings.
func (u *Unit) Warnings() int { return len(u.Findings.Warnings()) }
