// Package diff says what a correction changes: the facts added, removed or
// changed, every metric that moves, every indicator whose score, status or
// reason changes (with both reasons), the total and the grade.
package diff

import (
	"jixiao/generator/evaluate"
	"jixiao/generator/num"
	"jixiao/generator/score"
)

// Change is one value that differs; Old or New is "" when absent.
type Change struct {
	Name string `json:"名称"`
	Old  string `json:"原值"`
	New  string `json:"新值"`
	Pos  string `json:"位置,omitempty"`
}

// ScoreChange is an indicator whose result differs.
type ScoreChange struct {
	Indicator string `json:"三级指标"`
	Points    string `json:"分值"`
	OldScore  string `json:"原得分"`
	NewScore  string `json:"新得分"`
	OldStatus string `json:"原状态"`
	NewStatus string `json:"新状态"`
	OldReason string `json:"原说明"`
	NewReason string `json:"新说明"`
}

// Result is everything that differs between two evaluations.
type Result struct {
	Facts   []Change      `json:"事实"`
	Metrics []Change      `json:"指标值"`
	Scores  []ScoreChange `json:"评分"`
	Total   Change        `json:"总分"`
	Grade   Change        `json:"等级"`
}

// Empty reports whether nothing changed.
func (r *Result) Empty() bool {
	return len(r.Facts) == 0 && len(r.Metrics) == 0 && len(r.Scores) == 0
}

// Diff compares the evaluation of the old facts with that of the new ones.
func Diff(old, new *evaluate.Result) *Result {
	r := &Result{
		Facts:   factChanges(old, new),
		Metrics: metricChanges(old, new),
		Scores:  scoreChanges(old.Report, new.Report),
		Total:   Change{Name: "总分", Old: totalText(old.Report), New: totalText(new.Report)},
		Grade:   Change{Name: "等级", Old: old.Report.GradeText(), New: new.Report.GradeText()},
	}
	return r
}

func totalText(r *score.Report) string {
	s := num.Fixed(r.Total, 2)
	if !r.Complete {
		s += "（不完整，另有 " + num.Plain(r.Pending) + " 分待评）"
	}
	return s
}

func metricChanges(old, new *evaluate.Result) []Change {
	var out []Change
	for _, name := range new.Metrics.Order {
		a, b := old.Metrics.Get(name), new.Metrics.Get(name)
		if a == nil || b == nil {
			continue
		}
		if av, bv := a.Display(), b.Display(); av != bv {
			out = append(out, Change{Name: name, Old: orBlank(av), New: orBlank(bv)})
		}
	}
	return out
}

func scoreChanges(old, new *score.Report) []ScoreChange {
	byName := map[string]*score.Result{}
	for _, r := range old.Results {
		byName[r.Indicator.Name] = r
	}
	var out []ScoreChange
	for _, b := range new.Results {
		a := byName[b.Indicator.Name]
		if a == nil || (a.Status == b.Status && a.Score.Equal(b.Score) && a.Reason == b.Reason) {
			continue
		}
		out = append(out, ScoreChange{Indicator: b.Indicator.Name, Points: num.Plain(b.Points),
			OldScore: scoreText(a), NewScore: scoreText(b), OldStatus: string(a.Status), NewStatus: string(b.Status),
			OldReason: a.Reason, NewReason: b.Reason})
	}
	return out
}

func scoreText(r *score.Result) string {
	if r.Status == score.Pending {
		return "待评"
	}
	return num.Plain(r.Score)
}

func orBlank(s string) string {
	if s == "" {
		return "（无）"
	}
	return s
}
