// Package score implements `jixiao score`: the scored indicator table of a
// facts file, as a readable table or as JSON.
package score

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/diag"
	"jixiao/generator/num"
	"jixiao/generator/score"
)

// Options are the parsed command line of `jixiao score`.
type Options struct {
	Pack    string
	Example string
	JSON    bool
	Facts   []string
}

// NewCmd returns the score command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "score",
		Summary: "按评分规则计算每个指标的得分和理由、各级小计、总分和等级",
		Usage:   "jixiao score [事实文件] [--json] [--pack 模板包] [--example 长沙县|完整]",
		Long: `不指定事实文件时使用内置示例（--example 完整 用填写完整的示例）。缺少事实的指标为“待评”，总分注明尚不完整并列出缺少的事实（按表上的位置）。
--json 输出机器可读的结果：模板包（名称、版本）、单位、年度、总分、等级、完整、指标值（指标名 → 两位小数）、
指标（每个三级指标的分值、得分、状态、说明）、缺少（未完整时缺少的事实的键，以及评分规则未作规定的项）。`,
		Run: func(io *cmdutil.IO, args []string) error {
			opts := &Options{}
			fs := flag.NewFlagSet("score", flag.ContinueOnError)
			fs.StringVar(&opts.Pack, "pack", "", "模板包（文件夹或 .zip）；不指定时用事实文件中的“模板包”")
			fs.BoolVar(&opts.JSON, "json", false, "输出 JSON")
			cmdutil.ExampleFlag(fs, &opts.Example)
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			opts.Facts = pos
			return scoreRun(io, opts)
		},
	}
}

func scoreRun(io *cmdutil.IO, opts *Options) error {
	res, err := cmdutil.EvaluateInput(io, cmdutil.Input{Pack: opts.Pack, Example: opts.Example, Facts: opts.Facts})
	if err != nil {
		return err
	}
	if opts.JSON {
		enc := json.NewEncoder(io.Out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(res.ScoreJSON())
	}
	fmt.Fprintf(io.Out, "评分所用模板包：%s\n", cmdutil.PackLine(res.Pack))
	printReport(io.Out, res.Report)
	if n := len(res.Findings); n > 0 {
		fmt.Fprintf(io.Out, "\n数据检查发现问题（%s），运行 jixiao check 查看。\n", cmdutil.Summary(res.Findings))
	}
	return nil
}

func printReport(w io.Writer, r *score.Report) {
	fmt.Fprintf(w, "%s %s年度 部门整体支出绩效自评得分\n\n", r.Unit, r.Year)
	for _, res := range r.Results {
		ind := res.Indicator
		head := fmt.Sprintf("%s / %s / %s", ind.Level1, ind.Level2, ind.Name)
		fmt.Fprintf(w, "%s%s分值 %-4s 得分 %s\n", head, pad(head, 44), num.Plain(res.Points), scoreText(res))
		fmt.Fprintf(w, "    %s\n", res.Reason)
	}
	fmt.Fprintln(w)
	for _, g := range r.Level1 {
		fmt.Fprintf(w, "%s（%s分）：%s\n", g.Name, num.Plain(g.Points), groupText(g))
		for _, c := range g.Groups {
			fmt.Fprintf(w, "    %s（%s分）：%s\n", c.Name, num.Plain(c.Points), groupText(c))
		}
	}
	fmt.Fprintln(w)
	printTotal(w, r)
}

func printTotal(w io.Writer, r *score.Report) {
	if r.Complete {
		fmt.Fprintf(w, "总分 %s 分，等级：%s（评分已完整；材料能否上报，用 jixiao check --final 检查）\n", num.Fixed(r.Total, 2), r.Grade)
		return
	}
	fmt.Fprintf(w, "总分尚不完整：已评部分得 %s 分，另有 %s 分待评（最高可得 %s 分），等级待评。\n",
		num.Fixed(r.Total, 2), num.Plain(r.Pending), num.Fixed(r.MaxPossible(), 2))
	if len(r.Where) > 0 {
		fmt.Fprintf(w, "缺少 %d 项事实：%s\n", len(r.Where), strings.Join(r.Where, "、"))
	}
	for _, u := range r.Undecided {
		fmt.Fprintf(w, "评分规则未作规定：%s\n", u)
	}
}

func scoreText(res *score.Result) string {
	if res.Status == score.Pending {
		return "待评"
	}
	return num.Plain(res.Score) + "（" + string(res.Status) + "）"
}

func groupText(g *score.Group) string {
	s := "得 " + num.Plain(g.Score) + " 分"
	if g.Pending.IsPositive() {
		s += "，" + num.Plain(g.Pending) + " 分待评"
	}
	return s
}

// pad returns the spaces that bring s to width terminal columns.
func pad(s string, width int) string {
	return strings.Repeat(" ", max(2, width-diag.Width(s)))
}
