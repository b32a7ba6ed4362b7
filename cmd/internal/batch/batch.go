// Package batch implements `jixiao batch`: the packages of every unit of a
// county in one run, each in its own folder, and the 汇总 workbook.
package batch

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/batch"
	"jixiao/generator/build"
)

// Options are the parsed command line of `jixiao batch`.
type Options struct {
	Pack   string
	Out    string
	Final  bool
	PDF    bool
	Jobs   int
	Inputs []string // folders and facts files
}

// NewCmd returns the batch command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "batch",
		Summary: "一次生成多个单位的全套材料（每个单位一个文件夹）和汇总表",
		Usage:   "jixiao batch 文件夹|事实文件… [-o 输出文件夹] [--pack 模板包] [--final] [--pdf] [--jobs N]",
		Long: `文件夹表示其中所有的 .yaml 事实文件。每个单位的材料写进输出文件夹下它自己的文件夹“单位-年度”，
最后写出“汇总-年度.xlsx”：汇总（总分、等级、排名、各级小计、是否完整、问题数、模板包版本）、指标得分、问题清单、未完成和图表。
模板包只读取、解析一次，各单位按处理器核数并行生成（--jobs 指定同时处理几个单位）。
所有单位都用同一个模板包计分：--pack 指定的，不指定时用内置模板包；事实文件“模板包”写明的是别的模板包或别的版本时，汇总表中标出。
某个单位出错（事实文件有错、模板有错、加 --final 时未通过检查）不影响其他单位：它的问题带着 文件:行:列 列在最后，退出码为 1。
不加 --final 时，不完整的单位照样按草稿生成，汇总表写明每个单位还有几处待补；加 --final 时，只生成没有数据错误、待评指标和【待补】的单位。
同一单位、同一年度的事实文件出现两份时，只生成排在前面的一份。
--pdf 用 LibreOffice 把每个文档转成 PDF（见 jixiao help build）。`,
		Run: func(io *cmdutil.IO, args []string) error {
			opts := &Options{}
			fs := flag.NewFlagSet("batch", flag.ContinueOnError)
			fs.StringVar(&opts.Pack, "pack", "", "模板包（文件夹或 .zip）")
			fs.StringVar(&opts.Out, "o", "out", "输出文件夹")
			fs.BoolVar(&opts.Final, "final", false, "只生成可以上报的材料")
			fs.BoolVar(&opts.PDF, "pdf", false, "同时生成 PDF（需要 LibreOffice）")
			fs.IntVar(&opts.Jobs, "jobs", 0, "同时处理的单位数（默认为处理器核数）")
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			opts.Inputs = pos
			return batchRun(io, opts)
		},
	}
}

func batchRun(io *cmdutil.IO, opts *Options) error {
	if len(opts.Inputs) == 0 {
		return cmdutil.Usagef("请指定事实文件所在的文件夹或事实文件")
	}
	if opts.Jobs < 0 {
		return cmdutil.Usagef("--jobs 应为正整数")
	}
	files, err := batch.Files(opts.Inputs)
	if err != nil {
		return cmdutil.Usagef("%v", err)
	}
	p, err := cmdutil.LoadPack(io, opts.Pack)
	if err != nil {
		return err
	}
	prepared := build.Prepare(p)
	if problems := prepared.Problems(); problems.HasErrors() {
		io.PrintDiags(problems)
		fmt.Fprintln(io.Err, "模板包的模板有错误，没有生成任何单位。")
		return cmdutil.ErrSilent
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	bopts := batch.Options{Prepared: prepared, Out: opts.Out, Jobs: opts.Jobs, Final: opts.Final}
	if opts.PDF {
		conv, err := cmdutil.StartPDF(io, jobs(opts.Jobs))
		if err != nil {
			return err
		}
		if conv != nil {
			defer conv.Close()
			bopts.PDF = conv
		}
	}
	bopts.Progress = newProgress(io.Err, len(files))
	rep, err := batch.Run(ctx, files, bopts)
	report(io, rep)
	if err != nil {
		return &cmdutil.OutputError{Err: fmt.Errorf("汇总表：%w", err)}
	}
	if rep.Failed() > 0 || pdfErrors(rep) > 0 {
		return cmdutil.ErrSilent
	}
	return nil
}

// report prints the problems of the failed units, then one line per unit
// and the totals.
func report(io *cmdutil.IO, rep *batch.Report) {
	for _, r := range rep.Results {
		if len(r.Errors) == 0 {
			continue
		}
		if r.Source != nil {
			io.Remember(r.Name, r.Source)
		}
		fmt.Fprintf(io.Err, "%s：%s\n", r.Name, r.Failure)
		io.PrintDiags(r.Errors)
	}
	for _, r := range rep.Results {
		fmt.Fprintln(io.Out, r.Line())
	}
	done := len(rep.Results) - rep.Failed()
	fmt.Fprintf(io.Out, "共 %d 个单位：完成 %d 个，失败 %d 个。", len(rep.Results), done, rep.Failed())
	if rep.Summary != "" {
		fmt.Fprintf(io.Out, "汇总表：%s", rep.Summary)
	}
	fmt.Fprintln(io.Out)
}

// jobs is the number of units built at once.
func jobs(n int) int {
	if n > 0 {
		return n
	}
	return runtime.NumCPU()
}

// pdfErrors counts the units whose PDFs were not all made.
func pdfErrors(rep *batch.Report) int {
	n := 0
	for _, r := range rep.Results {
		if r.PDFError != "" {
			n++
		}
	}
	return n
}
