// Package lint implements `jixiao lint`: check a rubric (and, with a pack,
// the whole pack) before anyone uses it.
package lint

import (
	"flag"
	"fmt"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/rubric"
)

// Options are the parsed command line of `jixiao lint`.
type Options struct {
	Pack   string
	Rubric string
}

// NewCmd returns the lint command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "lint",
		Summary: "检查评分规则：各级分值是否相加一致、总分是否为 100、分段有无空隙或重叠",
		Usage:   "jixiao lint [评分规则.yaml] [--pack 模板包]",
		Long:    `不指定文件时检查模板包（默认内置模板包）的评分规则。每个问题标明 文件:行。`,
		Run: func(io *cmdutil.IO, args []string) error {
			opts := &Options{}
			fs := flag.NewFlagSet("lint", flag.ContinueOnError)
			fs.StringVar(&opts.Pack, "pack", "", "模板包（文件夹或 .zip）")
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			if err := cmdutil.MaxArgs(pos, 1); err != nil {
				return err
			}
			if len(pos) == 1 {
				opts.Rubric = pos[0]
			}
			return lintRun(io, opts)
		},
	}
}

func lintRun(io *cmdutil.IO, opts *Options) error {
	r, err := loadRubric(io, opts)
	if err != nil {
		return err
	}
	diags := rubric.Lint(r)
	io.PrintDiags(diags)
	if len(diags) == 0 {
		fmt.Fprintf(io.Out, "%s：没有发现问题。\n", r.File)
		return nil
	}
	fmt.Fprintf(io.Out, "%s：%s。\n", r.File, cmdutil.Summary(diags))
	if diags.HasErrors() {
		return cmdutil.ErrSilent
	}
	return nil
}

func loadRubric(io *cmdutil.IO, opts *Options) (*rubric.Rubric, error) {
	if opts.Rubric == "" {
		p, err := cmdutil.LoadPack(io, opts.Pack)
		if err != nil {
			return nil, err
		}
		return p.Rubric, nil
	}
	r, src, diags := rubric.LoadFile(opts.Rubric)
	io.Remember(opts.Rubric, src)
	if diags.HasErrors() {
		io.PrintDiags(diags)
		return nil, cmdutil.ErrSilent
	}
	return r, nil
}
