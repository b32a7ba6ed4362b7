// Package check implements `jixiao check`: validate a facts file, check its
// figures for consistency and list everything a final package still lacks.
package check

import (
	"flag"
	"fmt"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/gate"
)

// Options are the parsed command line of `jixiao check`.
type Options struct {
	Pack    string
	Example string
	Final   bool
	Facts   []string
}

// NewCmd returns the check command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "check",
		Summary: "检查事实文件：格式、数字是否自相矛盾，并列出离可上报的材料还差什么（缺少的事实、待评指标、文档中的【待补】）",
		Usage:   "jixiao check [事实文件] [--final] [--pack 模板包] [--example 长沙县|完整]",
		Long: `不指定事实文件时检查内置示例（长沙县机关事务中心 2022）；--example 完整 检查填写完整的示例。
先列出数据问题（每个都标明文件:行:列），再列出离可上报的材料还差什么：缺少的事实（标明在哪张表的哪一行找、写在事实文件的哪里）、
待评的指标、生成的每个文档里还有几处【待补】，最后一行是“草稿：N 处待补，不能上报”或“材料已完整”。
退出码：有数据“错误”时为 1；只有提示和缺项时为 0。加 --final 时，只要还有错误、待评或【待补】就为 1。`,
		Run: func(io *cmdutil.IO, args []string) error {
			opts := &Options{}
			fs := flag.NewFlagSet("check", flag.ContinueOnError)
			fs.StringVar(&opts.Pack, "pack", "", "模板包（文件夹或 .zip）；不指定时用事实文件中的“模板包”，再没有就用内置模板包")
			fs.BoolVar(&opts.Final, "final", false, "按上报要求检查：有错误、待评或【待补】时退出码为 1")
			cmdutil.ExampleFlag(fs, &opts.Example)
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
	res, err := cmdutil.EvaluateInput(io, cmdutil.Input{Pack: opts.Pack, Example: opts.Example, Facts: opts.Facts})
	if err != nil {
		return err
	}
	io.PrintDiags(res.Findings)
	if len(res.Findings) == 0 {
		fmt.Fprintln(io.Out, "数据检查没有发现问题。")
	} else {
		fmt.Fprintf(io.Out, "数据检查%s。\n", cmdutil.Summary(res.Findings))
	}
	texts, err := cmdutil.RenderTexts(io, res)
	if err != nil {
		return err
	}
	rep := gate.InspectTexts(res, texts)
	cmdutil.PrintGate(io.Out, rep)
	if res.Findings.HasErrors() || (opts.Final && !rep.Ready()) {
		return cmdutil.ErrSilent
	}
	return nil
}
