// Package render implements `jixiao render`: any .docx or .xlsx template with
// any YAML or JSON data, no scoring.
package render

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/atomicfile"
	"jixiao/generator/datafile"
	"jixiao/generator/document"
	"jixiao/generator/fserr"
)

// Options are the parsed command line of `jixiao render`.
type Options struct {
	Template string
	Data     string
	Out      string
}

// NewCmd returns the render command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "render",
		Summary: "用任意 YAML/JSON 数据填写一个 .docx 或 .xlsx 模板（不评分）",
		Usage:   "jixiao render 模板.docx|模板.xlsx 数据.yaml|数据.json [-o 输出文件]",
		Long: `不指定 -o 时写到 out/ 下与模板同名的文件。
输出先写临时文件再改名：出错时不会留下半成品，也绝不会覆盖模板或数据文件。`,
		Run: func(io *cmdutil.IO, args []string) error {
			opts, err := parseArgs(args)
			if err != nil {
				return err
			}
			return renderRun(io, opts)
		},
	}
}

func parseArgs(args []string) (*Options, error) {
	opts := &Options{}
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.StringVar(&opts.Out, "o", "", "输出文件")
	pos, err := cmdutil.Parse(fs, args)
	if err != nil {
		return nil, err
	}
	if len(pos) != 2 {
		return nil, cmdutil.Usagef("需要两个参数：模板文件和数据文件")
	}
	opts.Template, opts.Data = pos[0], pos[1]
	if opts.Out == "" {
		opts.Out = filepath.Join("out", filepath.Base(opts.Template))
	}
	return opts, nil
}

func renderRun(io *cmdutil.IO, opts *Options) error {
	if err := checkOutput(opts); err != nil {
		return err
	}
	data, diags := datafile.Load(opts.Data)
	if diags.HasErrors() {
		io.PrintDiags(diags)
		return cmdutil.ErrSilent
	}
	src, err := os.ReadFile(opts.Template)
	if err != nil {
		return cmdutil.Usagef("无法读取模板“%s”：%s", opts.Template, fserr.Explain(err))
	}
	out, d := document.Render(opts.Template, src, data)
	if d.HasErrors() {
		io.PrintDiags(d)
		return cmdutil.ErrSilent
	}
	if err := write(opts.Out, out); err != nil {
		return err
	}
	fmt.Fprintf(io.Out, "已生成 %s\n", opts.Out)
	return nil
}

// checkOutput refuses an output path that is the template or the data file.
func checkOutput(opts *Options) error {
	for _, in := range []string{opts.Template, opts.Data} {
		if sameFile(in, opts.Out) {
			return cmdutil.Usagef("输出文件 %s 与输入文件相同，不会覆盖输入", opts.Out)
		}
	}
	if !strings.EqualFold(filepath.Ext(opts.Out), filepath.Ext(opts.Template)) {
		return cmdutil.Usagef("输出文件 %s 的扩展名应与模板相同（%s）", opts.Out, filepath.Ext(opts.Template))
	}
	return nil
}

func sameFile(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(ia, ib)
	}
	absA, _ := filepath.Abs(a)
	absB, _ := filepath.Abs(b)
	return absA == absB
}

func write(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return &cmdutil.OutputError{Err: err}
	}
	if err := atomicfile.Write(path, data, 0o644); err != nil {
		return &cmdutil.OutputError{Err: err}
	}
	return nil
}
