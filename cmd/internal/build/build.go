// Package build implements `jixiao build`: the whole package of documents
// for one facts file.
package build

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/build"
	"jixiao/generator/evaluate"
	"jixiao/generator/num"
)

// Options are the parsed command line of `jixiao build`.
type Options struct {
	Pack   string
	Out    string
	Strict bool
	Watch  bool
	Facts  []string
	// Context ends --watch; nil means until Ctrl+C.
	Context context.Context
}

// NewCmd returns the build command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "build",
		Summary: "生成全套材料（自评报告、指标表、基础数据表、项目评分汇总表）",
		Usage:   "jixiao build [事实文件] [-o 输出文件夹] [--pack 模板包] [--strict] [--watch]",
		Long: `不指定事实文件时用内置示例；不指定 -o 时写到 out/。
所有文档先在内存中生成，任何一个模板出错都不会写出文件；每个文件先写临时文件再改名，不会留下半成品，也不会改动模板和事实文件。
数据检查发现的问题会列出来；加 --strict 时，数据有错误就不生成文档（退出码 1）。
加 --watch 时，每次保存事实文件或模板包都重新生成，并显示新的总分和新发现的问题；文件有错时保留上一次生成的文档。`,
		Run: func(io *cmdutil.IO, args []string) error {
			opts := &Options{}
			fs := flag.NewFlagSet("build", flag.ContinueOnError)
			fs.StringVar(&opts.Pack, "pack", "", "模板包（文件夹或 .zip）")
			fs.StringVar(&opts.Out, "o", "out", "输出文件夹")
			fs.BoolVar(&opts.Strict, "strict", false, "数据有错误时不生成")
			fs.BoolVar(&opts.Watch, "watch", false, "监视文件变化并重新生成")
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			opts.Facts = pos
			return buildRun(io, opts)
		},
	}
}

func buildRun(io *cmdutil.IO, opts *Options) error {
	if opts.Watch {
		ctx := opts.Context
		if ctx == nil {
			var stop context.CancelFunc
			ctx, stop = signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
		}
		return watchRun(ctx, io, opts)
	}
	_, err := buildOnce(io, opts, true)
	return err
}

// buildOnce evaluates, renders and writes once; printFindings prints the
// consistency findings (watch prints only the new ones).
func buildOnce(io *cmdutil.IO, opts *Options, printFindings bool) (*evaluate.Result, error) {
	res, err := cmdutil.Evaluate(io, opts.Pack, opts.Facts)
	if err != nil {
		return nil, err
	}
	if printFindings {
		io.PrintDiags(res.Findings)
	}
	if opts.Strict && res.Findings.HasErrors() {
		fmt.Fprintf(io.Err, "数据检查%s；--strict 下不生成文档。\n", cmdutil.Summary(res.Findings))
		return nil, cmdutil.ErrSilent
	}
	outs, diags := build.Render(res)
	io.PrintDiags(diags.Warnings()) // a shortened file name, say
	if diags.HasErrors() {
		io.PrintDiags(diags.Errors())
		fmt.Fprintln(io.Err, "模板有错误，没有写出任何文件。")
		return nil, cmdutil.ErrSilent
	}
	if err := build.Protect(opts.Out, outs, protected(opts)...); err != nil {
		return nil, cmdutil.Usagef("%v", err)
	}
	paths, err := build.Write(opts.Out, outs)
	for _, p := range paths {
		fmt.Fprintf(io.Out, "已生成 %s\n", p)
	}
	if err != nil {
		return nil, &cmdutil.OutputError{Err: err}
	}
	printSummary(io, res)
	return res, nil
}

func printSummary(io *cmdutil.IO, res *evaluate.Result) {
	r := res.Report
	if r.Complete {
		fmt.Fprintf(io.Out, "总分 %s 分，等级：%s。\n", num.Fixed(r.Total, 2), r.Grade)
	} else {
		fmt.Fprintf(io.Out, "已评部分得 %s 分，另有 %s 分待评（缺少 %d 项事实，见 jixiao score）。\n",
			num.Fixed(r.Total, 2), num.Plain(r.Pending), len(r.Missing))
	}
	if len(res.Findings) > 0 {
		fmt.Fprintf(io.Out, "数据检查%s，请在上报前核实（jixiao check）。\n", cmdutil.Summary(res.Findings))
	}
}

// protected lists the input files a build must never overwrite: the facts
// file and every file of a pack folder.
func protected(opts *Options) []string {
	files := append([]string(nil), opts.Facts...)
	if opts.Pack != "" {
		files = append(files, packFiles(opts.Pack)...)
	}
	return files
}
