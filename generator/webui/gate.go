package webui

import (
	"strconv"

	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/gate"
	"jixiao/generator/num"
	"jixiao/generator/score"
)

// GateView is what keeps the package from being final, as `jixiao check`
// lists it (generator/gate): the draft line, the data errors, each missing
// fact (where on the forms, where in the file, and its field), each 待评
// indicator with the gate's reasons, and the 【待补】 of each document.
type GateView struct {
	Rev   int    `json:"rev"`
	Ready bool   `json:"ready"`
	Line  string `json:"line"` // “草稿：N 处待补，不能上报”, or that it is complete
	Count int    `json:"count"`
	// Score states the total, and the grade only with the draft line
	// beside it, as `build` does.
	Score         string        `json:"score"`
	Errors        []Diag        `json:"errors"`
	Missing       []MissingView `json:"missing"`
	Pending       []PendingView `json:"pending"`
	PendingPoints string        `json:"pendingPoints"`
	Documents     []DocGate     `json:"documents"`
	Placeholders  int           `json:"placeholders"`
	// Problems are template errors: no document could be rendered.
	Problems []Diag `json:"problems,omitempty"`
}

// MissingView is a fact still to be filled in.
type MissingView struct {
	Where string   `json:"where"` // 附件1-1 人员控制率② 聘用人员 实际使用数
	Hint  string   `json:"hint"`  // 在“人员:”下写 聘用人员: 实际:
	Line  int      `json:"line"`  // the line of the facts file where it goes
	Path  []string `json:"path,omitempty"`
}

// PendingView is an indicator still 待评, with the field to fill first.
type PendingView struct {
	Name    string   `json:"name"`
	Points  string   `json:"points"`
	Waits   string   `json:"waits"`
	Reasons []string `json:"reasons"`
	Path    []string `json:"path,omitempty"`
}

// DocGate is the 【待补】 of one document.
type DocGate struct {
	Name  string   `json:"name"`
	Count int      `json:"count"`
	Items []string `json:"items"`
}

// readyLine is said of a package with nothing left to fill in.
const readyLine = "材料已完整：没有数据错误、待评指标和【待补】，可以上报（上报前请再通读一遍）"

// gateView converts the gate's report of revision rev.
func (s *Session) gateView(rev int, e *evaluation, rep *gate.Report) *GateView {
	v := &GateView{Rev: rev, Ready: rep.Ready(), Count: rep.Count(), Errors: e.diags(rep.Errors),
		Missing: []MissingView{}, Pending: []PendingView{}, Placeholders: rep.PlaceholderCount()}
	v.Line, v.Score = readyLine, scoreLine(e.res.Report, rep)
	if !v.Ready {
		v.Line = rep.DraftLine()
	}
	for _, m := range rep.Missing {
		v.Missing = append(v.Missing, MissingView{Where: m.Where, Hint: m.Hint, Line: m.Pos.Line, Path: valuePath(m.Value)})
	}
	waits := num.Zero
	for _, p := range rep.Pending {
		waits = waits.Add(p.Waits)
		v.Pending = append(v.Pending, PendingView{Name: p.Name, Points: num.Plain(p.Points), Waits: num.Plain(p.Waits),
			Reasons: p.Reasons, Path: s.pendingPath(e.res, p.Name, rep.Missing)})
	}
	v.PendingPoints = num.Plain(waits)
	for _, p := range rep.Placeholders {
		v.Documents = append(v.Documents, DocGate{Name: p.Document, Count: p.Count, Items: itemNames(p.Items)})
	}
	return v
}

// scoreLine is `build`'s summary line: the grade never without the count
// of what is still to fill in.
func scoreLine(rep *score.Report, g *gate.Report) string {
	s := "已评部分得 " + num.Fixed(rep.Total, 2) + " 分，另有 " + num.Plain(rep.Pending) + " 分待评，等级待评"
	if rep.Complete {
		s = "总分 " + num.Fixed(rep.Total, 2) + " 分，等级：" + rep.Grade
	}
	if g.Ready() {
		return s + "。可以上报。"
	}
	return s + "（" + g.DraftLine() + "）。"
}

// itemNames names what the placeholders of a document ask for; a bare
// 【待补】 is “未注明”.
func itemNames(items []string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it
		if it == "" {
			out[i] = "未注明"
		}
	}
	return out
}

// valuePath is the place of a value in the facts file as the page names
// fields: keys, and list items by their index from 0.
func valuePath(v *facts.Value) []string {
	var out []string
	for c := v; c != nil && c.Parent != nil; c = c.Parent {
		seg := c.Field.Key
		if c.Parent.Field.Kind == facts.List {
			seg = strconv.Itoa(c.Index - 1)
		}
		out = append([]string{seg}, out...)
	}
	return out
}

// pendingPath is the field to fill first for the pending indicator name:
// the first missing fact its score waits for, else its 评定 entry.
func (s *Session) pendingPath(res *evaluate.Result, name string, missing []gate.Missing) []string {
	wants := map[string]bool{}
	for _, r := range res.Report.Results {
		if r.Indicator.Name != name {
			continue
		}
		for _, p := range r.Parts {
			for _, m := range p.Missing {
				wants[m] = true
			}
		}
	}
	for _, m := range missing {
		if wants[m.Path] && m.Value != nil {
			return valuePath(m.Value)
		}
	}
	return s.form.judged[name]
}
