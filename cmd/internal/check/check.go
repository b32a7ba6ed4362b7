// Package check implements `jixiao check`: validate a facts file and check
// its figures for consistency.
package check

import (
	"flag"
	"fmt"

	"jixiao/cmd/internal/cmdutil"
)

// Options are the parsed command line of `jixiao check`.
type Options struct {
	Pack  string
	Facts []string
}

// NewCmd returns the check command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "check",
		Summary: "检查事实文件：格式、数字是否自相矛盾（合计与分项、两处数字不一、超预算等）",
		Usage:   "jixiao check [事实文件] [--pack 模板包]",
		Long: `不指定事实文件时检查内置示例（长沙县机关事务中心 2022）。
每个问题都标明文件:行:列。有“错误”时退出码为 1；只有“提示”时为 0。`,
		Run: func(io *cmdutil.IO, args []string) error {
			opts := &Options{}
			fs := flag.NewFlagSet("check", flag.ContinueOnError)
			fs.StringVar(&opts.Pack, "pack", "", "模板包（文件夹或 .zip）")
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			opts.Facts = pos
			return checkRun(io, opts)
		},
	}
}

func checkRun(io *cmdutil.IO, opts *Options) error {
	res, err := cmdutil.Evaluate(io, opts.Pack, opts.Facts)
	if err != nil {
		return err
	}
	io.PrintDiags(res.Findings)
	if len(res.Findings) == 0 {
		fmt.Fprintln(io.Out, "没有发现问题。")
		return nil
	}
	fmt.Fprintf(io.Out, "%s。\n", cmdutil.Summary(res.Findings))
	if res.Findings.HasErrors() {
		return cmdutil.ErrSilent
	}
	return nil
}
