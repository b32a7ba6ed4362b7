package cmdutil

import (
	"fmt"
	"io"
	"strings"

	"jixiao/generator/build"
	"jixiao/generator/diag"
	"jixiao/generator/evaluate"
	"jixiao/generator/gate"
	"jixiao/generator/num"
)

// Render renders every document of the pack in memory, printing template
// errors.
func Render(io *IO, res *evaluate.Result) ([]build.Output, error) {
	outs, diags := build.Render(res)
	return printRendered(io, outs, diags)
}

// RenderCached is Render with the templates c kept from earlier renders
// (build --watch): an unchanged template is not parsed again.
func RenderCached(io *IO, res *evaluate.Result, c *build.Templates) ([]build.Output, error) {
	outs, diags := build.RenderCached(res, c)
	return printRendered(io, outs, diags)
}

// printRendered prints the problems of a render and returns its documents,
// or ErrSilent when a template has errors.
func printRendered(io *IO, outs []build.Output, diags diag.List) ([]build.Output, error) {
	if err := templateProblems(io, diags); err != nil {
		return nil, err
	}
	return outs, nil
}

// templateProblems prints the problems of rendering: the warnings (a
// shortened file name, say), then the errors, which fail the command.
func templateProblems(io *IO, diags diag.List) error {
	io.PrintDiags(diags.Warnings())
	if !diags.HasErrors() {
		return nil
	}
	io.PrintDiags(diags.Errors())
	fmt.Fprintln(io.Err, "模板有错误，没有写出任何文件。")
	return ErrSilent
}

// RenderTexts is Render for `check`, which needs only the documents'
// texts (build.RenderTexts): the same problems, printed the same way.
func RenderTexts(io *IO, res *evaluate.Result) ([]build.Texts, error) {
	texts, diags := build.RenderTexts(res)
	if err := templateProblems(io, diags); err != nil {
		return nil, err
	}
	return texts, nil
}

// DraftLine is the unmistakable last word on a package that is not ready:
// “草稿：37 处待补，不能上报”.
func DraftLine(r *gate.Report) string { return r.DraftLine() }

// ScoreLine states the total, and the grade only with the draft count
// beside it when the package is not ready.
func ScoreLine(res *evaluate.Result, r *gate.Report) string {
	rep := res.Report
	var s string
	if rep.Complete {
		s = fmt.Sprintf("总分 %s 分，等级：%s", num.Fixed(rep.Total, 2), rep.Grade)
	} else {
		s = fmt.Sprintf("已评部分得 %s 分，另有 %s 分待评，等级待评", num.Fixed(rep.Total, 2), num.Plain(rep.Pending))
	}
	if r.Ready() {
		return s + "。可以上报。"
	}
	return s + "（" + DraftLine(r) + "）。"
}

// PrintGate lists everything that keeps the package from being final.
func PrintGate(w io.Writer, r *gate.Report) {
	if r.Ready() {
		fmt.Fprintln(w, "材料已完整：没有数据错误、待评指标和【待补】，可以生成上报的材料（jixiao build --final）。")
		return
	}
	fmt.Fprintln(w, "离可上报的材料还差：")
	if n := len(r.Errors); n > 0 {
		fmt.Fprintf(w, "  数据错误 %d 个（见上面的“错误”，改正后再生成）。\n", n)
	}
	PrintMissing(w, r.Missing)
	printPending(w, r.Pending)
	printPlaceholders(w, r)
	printUnreadable(w, r)
	fmt.Fprintf(w, "  合计 %d 处：%s。\n", r.Count(), r.Breakdown())
	fmt.Fprintln(w, DraftLine(r)+"。")
}

// PrintMissing lists the missing facts: where each is found on the forms
// and where to write it in the facts file.
func PrintMissing(w io.Writer, ms []gate.Missing) {
	if len(ms) == 0 {
		return
	}
	fmt.Fprintf(w, "  缺少的事实（%d 项，照表上的位置找到数字，写进事实文件）：\n", len(ms))
	for _, m := range ms {
		fmt.Fprintf(w, "    %s: %s——%s\n", m.Pos, m.Where, m.Hint)
	}
}

func printPending(w io.Writer, ps []gate.Pending) {
	if len(ps) == 0 {
		return
	}
	total := num.Zero
	for _, p := range ps {
		total = total.Add(p.Waits)
	}
	fmt.Fprintf(w, "  待评的指标（%d 项，共 %s 分）：\n", len(ps), num.Plain(total))
	for _, p := range ps {
		head := fmt.Sprintf("%s（%s分", p.Name, num.Plain(p.Points))
		if !p.Waits.Equal(p.Points) {
			head += "，其中" + num.Plain(p.Waits) + "分待评"
		}
		fmt.Fprintf(w, "    %s）：%s\n", head, strings.Join(p.Reasons, "；"))
	}
}

func printPlaceholders(w io.Writer, r *gate.Report) {
	if r.PlaceholderCount() == 0 {
		return
	}
	fmt.Fprintf(w, "  文档中的【待补】（%d 处）：\n", r.PlaceholderCount())
	for _, p := range r.Placeholders {
		if p.Count > 0 {
			fmt.Fprintf(w, "    %s：%d 处（%s）\n", p.Document, p.Count, itemsText(p.Items))
		}
	}
}

// printUnreadable names the documents whose text could not be read, so
// that no 【待补】 in them can be ruled out.
func printUnreadable(w io.Writer, r *gate.Report) {
	for _, p := range r.Placeholders {
		if p.Unreadable != "" {
			fmt.Fprintf(w, "  无法读取文字的文档：%s（%s），不能确认其中没有【待补】；请检查它的模板。\n", p.Document, p.Unreadable)
		}
	}
}

// itemsText lists what the placeholders ask for, the first few of them.
func itemsText(items []string) string {
	const max = 8
	var names []string
	for _, it := range items {
		if it == "" {
			it = "未注明"
		}
		names = append(names, it)
	}
	if len(names) > max {
		return strings.Join(names[:max], "、") + fmt.Sprintf("等 %d 项", len(names))
	}
	return strings.Join(names, "、")
}
