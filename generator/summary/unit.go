package summary

import (
	"jixiao/generator/diag"
	"jixiao/generator/evaluate"
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
	Pending  []Pending  // the indicators still 待评
	Missing  []string   // the missing facts
	Findings diag.List  // the facts file's problems and the data checks
	Pack     PackStamp  // the pack the unit's facts are for
	Failure  string     // why its documents were not written, "" when they were
}

// Pending is an indicator still 待评 and why.
type Pending struct {
	Name   string
	Reason string
}

// PackStamp names a template pack by its pack.yaml 名称 and 版本.
type PackStamp struct {
	Name, Version string
}

// FromResult keeps what the workbook needs of an evaluated unit read from
// file, so that the rest of the evaluation can be released. The pack stamp
// is the pack that scored it; the batch replaces it with the one the
// facts file names, if any.
func FromResult(file string, res *evaluate.Result) Unit {
	r := res.Report
	u := Unit{File: file, Name: r.Unit, Year: r.Year, Scored: true, Total: r.Total,
		Grade: r.GradeText(), Complete: r.Complete, Missing: append([]string(nil), r.Missing...),
		Findings: append(diag.List(nil), res.Findings...),
		Pack:     PackStamp{Name: res.Pack.Meta.Name, Version: res.Pack.Meta.Version}}
	for _, g := range r.Level1 {
		u.Levels = append(u.Levels, g.Score)
	}
	for _, res := range r.Results {
		if res.Status == score.Pending {
			u.Scores = append(u.Scores, nil)
			u.Pending = append(u.Pending, Pending{Name: res.Indicator.Name, Reason: res.Reason})
			continue
		}
		s := res.Score
		u.Scores = append(u.Scores, &s)
	}
	return u
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
