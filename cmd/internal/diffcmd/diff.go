// Package diffcmd implements `jixiao diff`: what a correction to the facts
// changes in the metrics, the scores, the total and the grade.
package diffcmd

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/diff"
	"jixiao/generator/evaluate"
)

// Options are the parsed command line of `jixiao diff`.
type Options struct {
	Pack     string
	JSON     bool
	Old, New string
}

// NewCmd returns the diff command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "diff",
		Summary: "比较修改前后的两份事实文件：哪些事实、指标值、得分（及理由）、总分和等级变了",
		Usage:   "jixiao diff 原文件.yaml 新文件.yaml [--json] [--pack 模板包]",
		Run: func(io *cmdutil.IO, args []string) error {
			opts := &Options{}
			fs := flag.NewFlagSet("diff", flag.ContinueOnError)
			fs.StringVar(&opts.Pack, "pack", "", "模板包（文件夹或 .zip）；不指定时用各事实文件中的“模板包”")
			fs.BoolVar(&opts.JSON, "json", false, "输出 JSON")
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			if len(pos) != 2 {
				return cmdutil.Usagef("需要两个事实文件：修改前的和修改后的")
			}
			opts.Old, opts.New = pos[0], pos[1]
			return diffRun(io, opts)
		},
	}
}

func diffRun(io *cmdutil.IO, opts *Options) error {
	old, err := cmdutil.EvaluateInput(io, cmdutil.Input{Pack: opts.Pack, Facts: []string{opts.Old}})
	if err != nil {
		return err
	}
	new, err := cmdutil.EvaluateInput(io, cmdutil.Input{Pack: opts.Pack, Facts: []string{opts.New}})
	if err != nil {
		return err
	}
	d := diff.Diff(old, new)
	if opts.JSON {
		enc := json.NewEncoder(io.Out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	printDiff(io.Out, d, new)
	return nil
}

func printDiff(w io.Writer, d *diff.Result, new *evaluate.Result) {
	if d.Empty() {
		fmt.Fprintln(w, "两份事实文件的数字和评分没有差别。")
	}
	section(w, "事实", d.Facts)
	section(w, "指标值", d.Metrics)
	if len(d.Scores) > 0 {
		fmt.Fprintf(w, "评分变化（%d 项）：\n", len(d.Scores))
		for _, s := range d.Scores {
			fmt.Fprintf(w, "  %s（%s分）：%s → %s\n", s.Indicator, s.Points, scoreText(s.OldScore, s.OldStatus), scoreText(s.NewScore, s.NewStatus))
			fmt.Fprintf(w, "    原：%s\n    新：%s\n", s.OldReason, s.NewReason)
		}
	}
	fmt.Fprintf(w, "总分：%s → %s\n等级：%s → %s\n", d.Total.Old, d.Total.New, d.Grade.Old, d.Grade.New)
	if n := len(new.Findings); n > 0 {
		fmt.Fprintf(w, "新文件的数据检查%s（jixiao check 查看）。\n", cmdutil.Summary(new.Findings))
	}
}

// scoreText is "2分（计算）", or "待评".
func scoreText(score, status string) string {
	if score == status {
		return score
	}
	return score + "分（" + status + "）"
}

func section(w io.Writer, title string, changes []diff.Change) {
	if len(changes) == 0 {
		return
	}
	fmt.Fprintf(w, "%s变化（%d 项）：\n", title, len(changes))
	for _, c := range changes {
		fmt.Fprintf(w, "  %s：%s → %s", c.Name, c.Old, c.New)
		if c.Pos != "" {
			fmt.Fprintf(w, "（%s）", c.Pos)
		}
		fmt.Fprintln(w)
	}
}
