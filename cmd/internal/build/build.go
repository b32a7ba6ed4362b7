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
	"jixiao/generator/gate"
)

// Options are the parsed command line of `jixiao build`.
type Options struct {
	Pack    string
	Example string
	Out     string
	Strict  bool
	Final   bool
	Watch   bool
	PDF     bool
	Facts   []string
	// Context ends --watch; nil means until Ctrl+C.
	Context context.Context

	// templates keeps the parsed templates between the builds of --watch
	templates *build.Templates
}

// NewCmd returns the build command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "build",
		Summary: "生成全套材料（自评报告、指标表、基础数据表、项目评分汇总表）",
		Usage:   "jixiao build [事实文件] [-o 输出文件夹] [--final] [--strict] [--watch] [--pdf] [--pack 模板包] [--example 长沙县|完整]",
		Long: `不指定事实文件时用内置示例（长沙县机关事务中心 2022）；--example 完整 用填写完整、可以上报的示例。不指定 -o 时写到 out/。
不加 --pack 时用事实文件中“模板包”写明的模板包，再没有就用内置模板包；生成后说明用的是哪个模板包。
所有文档先在内存中生成，任何一个模板出错都不会写出文件；每个文件先写临时文件再改名，不会留下半成品，也不会改动模板和事实文件。
不加 --final 时生成的是草稿：最后一行是“草稿：N 处待补，不能上报”，并按文档列出【待补】。
加 --final 时，只有没有数据错误、没有待评指标、文档中没有【待补】才生成；否则列出全部缺项，不写任何文件，退出码 1。
加 --strict 时，数据有错误就不生成（退出码 1），缺项仍按草稿生成。
加 --watch 时，每次保存事实文件或模板包都重新生成，并显示新的总分和新发现的问题；文件有错时保留上一次生成的文档。
加 --pdf 时，再用 LibreOffice 把每个文档转成 PDF，放在文档旁边：PDF 与文档同名；同名的 Word 和 Excel 两种（如附件1-1 指标表）
分别叫“…（Word）.pdf”和“…（Excel）.pdf”。没有安装 LibreOffice 时给出提示，Word/Excel 文件照常生成；缺少公文字体（仿宋_GB2312、楷体_GB2312、黑体、方正小标宋简体、宋体）时也给出提示。`,
		Run: func(io *cmdutil.IO, args []string) error {
			opts := &Options{}
			fs := flag.NewFlagSet("build", flag.ContinueOnError)
			fs.StringVar(&opts.Pack, "pack", "", "模板包（文件夹或 .zip）；不指定时用事实文件中的“模板包”")
			fs.StringVar(&opts.Out, "o", "out", "输出文件夹")
			fs.BoolVar(&opts.Strict, "strict", false, "数据有错误时不生成")
			fs.BoolVar(&opts.Final, "final", false, "生成上报的材料：有错误、待评或【待补】时不生成")
			cmdutil.ExampleFlag(fs, &opts.Example)
			fs.BoolVar(&opts.Watch, "watch", false, "监视文件变化并重新生成")
			fs.BoolVar(&opts.PDF, "pdf", false, "同时生成 PDF（需要 LibreOffice）")
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
	if opts.Watch && opts.PDF {
		return cmdutil.Usagef("--pdf 不能与 --watch 一起使用")
	}
	if opts.Watch {
		ctx := opts.Context
		if ctx == nil {
			var stop context.CancelFunc
			ctx, stop = signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
		}
		return watchRun(ctx, io, opts)
	}
	_, _, err := buildOnce(io, opts, true)
	return err
}

// Once builds once as `jixiao build` does without --watch and returns what
// is still missing (nil when nothing was built), for callers that go on to
// list the gaps (a facts file dropped on the program).
func Once(io *cmdutil.IO, opts *Options) (*gate.Report, error) {
	_, rep, err := buildOnce(io, opts, true)
	return rep, err
}

// buildOnce evaluates, renders and writes once; printFindings prints the
// consistency findings (watch prints only the new ones).
func buildOnce(io *cmdutil.IO, opts *Options, printFindings bool) (*evaluate.Result, *gate.Report, error) {
	res, err := cmdutil.EvaluateInput(io, cmdutil.Input{Pack: opts.Pack, Example: opts.Example, Facts: opts.Facts})
	if err != nil {
		return nil, nil, err
	}
	if printFindings {
		io.PrintDiags(res.Findings)
	}
	if opts.Strict && res.Findings.HasErrors() {
		fmt.Fprintf(io.Err, "数据检查%s；--strict 下不生成文档。\n", cmdutil.Summary(res.Findings))
		return nil, nil, cmdutil.ErrSilent
	}
	outs, err := render(io, opts, res)
	if err != nil {
		return nil, nil, err
	}
	rep := gate.Inspect(res, outs)
	if opts.Final && !rep.Ready() {
		cmdutil.PrintGate(io.Err, rep)
		fmt.Fprintln(io.Err, "--final：材料还不完整，没有写出任何文件。")
		return nil, nil, cmdutil.ErrSilent
	}
	if err := build.Protect(opts.Out, outs, protected(opts)...); err != nil {
		return nil, nil, cmdutil.Usagef("%v", err)
	}
	paths, err := build.Write(opts.Out, outs)
	for _, p := range paths {
		fmt.Fprintf(io.Out, "已生成 %s\n", p)
	}
	if err != nil {
		return nil, nil, &cmdutil.OutputError{Err: err}
	}
	if opts.PDF {
		if err := convertPDF(io, paths); err != nil {
			return nil, nil, err
		}
	}
	printSummary(io, res, rep)
	return res, rep, nil
}

// render renders the documents, with the templates kept between the
// builds of --watch.
func render(io *cmdutil.IO, opts *Options, res *evaluate.Result) ([]build.Output, error) {
	if opts.templates != nil {
		return cmdutil.RenderCached(io, res, opts.templates)
	}
	return cmdutil.Render(io, res)
}

// printSummary says which pack scored the unit, the score, the data
// findings, and, for a draft, its 【待补】 by document and the draft line last.
func printSummary(io *cmdutil.IO, res *evaluate.Result, rep *gate.Report) {
	fmt.Fprintf(io.Out, "评分所用模板包：%s\n", cmdutil.PackLine(res.Pack))
	fmt.Fprintln(io.Out, cmdutil.ScoreLine(res, rep))
	if len(res.Findings) > 0 {
		fmt.Fprintf(io.Out, "数据检查%s，请在上报前核实（jixiao check）。\n", cmdutil.Summary(res.Findings))
	}
	if rep.Ready() {
		return
	}
	for _, p := range rep.Placeholders {
		if p.Count > 0 {
			fmt.Fprintf(io.Out, "  %s：%d 处【待补】\n", p.Document, p.Count)
		}
	}
	if n := len(rep.Pending); n > 0 {
		fmt.Fprintf(io.Out, "  待评指标 %d 项；缺少的事实 %d 项（jixiao check 列出每一项和写在哪里）\n", n, len(rep.Missing))
	}
	fmt.Fprintln(io.Out, cmdutil.DraftLine(rep)+"。")
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
