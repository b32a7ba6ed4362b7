package gate

import (
	"fmt"
	"strings"

	"jixiao/generator/build"
	"jixiao/generator/diag"
	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/num"
	"jixiao/generator/score"
)

// Report is everything that keeps a package from being final.
type Report struct {
	Errors       diag.List      // data errors (consistency findings of level 错误)
	Missing      []Missing      // facts to fill in
	Pending      []Pending      // indicators still 待评
	Placeholders []Placeholders // 【待补】 per document, in the pack's order
}

// Missing is a fact still to be filled in.
type Missing struct {
	Path  string   // its key in the facts file: 人员.聘用人员.实际
	Where string   // where on the forms: 附件1-1 人员控制率② 聘用人员 实际使用数
	Pos   diag.Pos // where to write it: the key it goes under
	Hint  string   // how: 在“人员:”下写 聘用人员: 实际:
	Shown bool     // a document shows its 【待补】
	// Value is the absent fact itself, for callers that point at it
	// otherwise (the web page links it to its field).
	Value *facts.Value
}

// Pending is an indicator still 待评.
type Pending struct {
	Name          string
	Points, Waits num.Dec // its points, and how many of them wait
	Reasons       []string
	Undecided     bool // it waits for something no fact fixes (the rubric's decision)
}

// Placeholders are the 【待补】 of one document.
type Placeholders struct {
	Document string
	Count    int
	Items    []string // the facts they ask for, without repeats, in order ("" for a bare 【待补】)
	// Unreadable is why the document's text could not be read, or "": its
	// 【待补】 cannot be counted, so the package is not ready.
	Unreadable string
}

// Ready reports whether nothing is missing: the package may be handed in.
func (r *Report) Ready() bool {
	return len(r.Errors) == 0 && len(r.Missing) == 0 && len(r.Pending) == 0 && r.PlaceholderCount() == 0 &&
		r.unreadable() == 0
}

// unreadable is the number of documents whose text could not be read.
func (r *Report) unreadable() int {
	n := 0
	for _, p := range r.Placeholders {
		if p.Unreadable != "" {
			n++
		}
	}
	return n
}

// PlaceholderCount is the number of 【待补】 in all documents.
func (r *Report) PlaceholderCount() int {
	n := 0
	for _, p := range r.Placeholders {
		n += p.Count
	}
	return n
}

// DraftLine is the unmistakable last word on a package that is not ready:
// “草稿：37 处待补，不能上报”.
func (r *Report) DraftLine() string {
	return fmt.Sprintf("草稿：%d 处待补，不能上报", r.Count())
}

// Breakdown says what Count counts, part by part: “数据错误 3 个、文档中的
// 【待补】31 处、文档中没有显示的缺少事实 37 项”.
func (r *Report) Breakdown() string {
	var parts []string
	for _, c := range r.counts() {
		if c.n > 0 {
			parts = append(parts, fmt.Sprintf(c.what, c.n))
		}
	}
	return strings.Join(parts, "、")
}

// Count is the number of places still to fix, each counted once: the
// 【待补】 in the documents, the data errors, the missing facts no document
// shows, the 待评 indicators no missing fact explains, and the documents
// whose text could not be read.
func (r *Report) Count() int {
	n := 0
	for _, c := range r.counts() {
		n += c.n
	}
	return n
}

// tally is one kind of place still to fix, counted, with its words.
type tally struct {
	n    int
	what string // with %d for n
}

// counts are the kinds of places Count adds up.
func (r *Report) counts() []tally {
	var unshown, undecided int
	for _, m := range r.Missing {
		if !m.Shown {
			unshown++
		}
	}
	for _, p := range r.Pending {
		if p.Undecided {
			undecided++
		}
	}
	return []tally{
		{len(r.Errors), "数据错误 %d 个"},
		{r.PlaceholderCount(), "文档中的【待补】%d 处"},
		{unshown, "文档中没有显示的缺少事实 %d 项"},
		{undecided, "需要核实才能评分的指标 %d 项"},
		{r.unreadable(), "无法读取文字、不能确认没有【待补】的文档 %d 个"},
	}
}

// Inspect collects the gaps of an evaluated unit whose documents were
// rendered into outs.
func Inspect(res *evaluate.Result, outs []build.Output) *Report {
	var ps []Placeholders
	for _, o := range outs {
		ps = append(ps, count(o))
	}
	return report(res, ps)
}

// InspectTexts is Inspect on the texts of the documents
// (build.RenderTexts) instead of the documents: the same report.
func InspectTexts(res *evaluate.Result, docs []build.Texts) *Report {
	var ps []Placeholders
	for _, d := range docs {
		ps = append(ps, countTexts(d))
	}
	return report(res, ps)
}

// report collects the gaps of an evaluated unit whose documents hold the
// placeholders ps.
func report(res *evaluate.Result, ps []Placeholders) *Report {
	r := &Report{Errors: res.Findings.Errors(), Placeholders: ps}
	r.Missing = missingFacts(res, r.Placeholders)
	for _, res := range res.Report.Results {
		if res.Status == score.Pending {
			r.Pending = append(r.Pending, pending(res))
		}
	}
	return r
}

func pending(res *score.Result) Pending {
	p := Pending{Name: res.Indicator.Name, Points: res.Points, Waits: res.Pending}
	for i, part := range res.Parts {
		if part.Status != score.Pending {
			continue
		}
		prefix, label := "", res.Indicator.Name
		if len(res.Indicator.Subs) > 0 {
			prefix, label = ordinal(i)+part.Name+"：", label+ordinal(i)
		}
		p.Reasons = append(p.Reasons, prefix+withinIndicator(part, label))
		p.Undecided = p.Undecided || len(part.Missing) == 0
	}
	return p
}

// withinIndicator is the part's reason with the names of its missing facts
// said once under the indicator: “缺少附件1-1 预算执行率② 一季度末 序时执行数”
// is listed under 预算执行率 ② as “缺少“一季度末 序时执行数””. label is the
// indicator's name and the part's ordinal, as the names begin.
func withinIndicator(part *score.Part, label string) string {
	reason := part.Reason
	for _, w := range part.Where {
		form, rest, ok := strings.Cut(w, " ")
		if !ok || !strings.HasPrefix(form, "附件") || !strings.HasPrefix(rest, label) {
			continue
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, label), part.Name) // the part's name may follow its ordinal
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		reason = strings.Replace(reason, w, "“"+strings.TrimSpace(rest)+"”", 1)
	}
	return reason
}
