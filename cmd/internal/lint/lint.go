// Package lint implements `jixiao lint`: check a rubric file, or a whole
// template pack (its rubric, pack.yaml and every template), before anyone
// uses it.
package lint

import (
	"flag"
	"fmt"
	"strings"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/diag"
	"jixiao/generator/packlint"
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
		Summary: "检查模板包或评分规则：分值相加、分段、模板中的名称、函数和 range/if/end 是否配对",
		Usage:   "jixiao lint [评分规则.yaml] [--pack 模板包]",
		Long: `指定评分规则文件时只检查它：各级分值相加是否一致、总分是否 100、分段有无空隙或重叠。
否则检查整个模板包（默认内置模板包）：评分规则；pack.yaml 列出的模板是否存在；每个模板用一份填满的示例数据试着生成，
列出写错的名称、不存在的函数、没有配对或位置不对的 range/if/end，每条标明文件和段落或单元格。
可用的名称和函数见 docs/模板编写指南.md。`,
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
			if len(pos) == 1 && opts.Pack != "" {
				return cmdutil.Usagef("“%s”和 --pack 只能给一个：检查一份评分规则文件，或检查整个模板包（lint 不读事实文件，检查事实文件请用 jixiao check）", pos[0])
			}
			if len(pos) == 1 {
				opts.Rubric = pos[0]
			}
			return lintRun(io, opts)
		},
	}
}

func lintRun(io *cmdutil.IO, opts *Options) error {
	name, r, diags, err := lintTarget(io, opts)
	if err != nil {
		return err
	}
	io.PrintDiags(diags)
	printDecisions(io, r)
	if len(diags) == 0 {
		fmt.Fprintf(io.Out, "%s：没有发现问题。\n", name)
		return nil
	}
	fmt.Fprintf(io.Out, "%s：%s。可用的名称和函数见 docs/模板编写指南.md。\n", name, cmdutil.Summary(diags))
	if diags.HasErrors() {
		return cmdutil.ErrSilent
	}
	return nil
}

// lintTarget lints the rubric file, or the whole pack, and names it.
func lintTarget(io *cmdutil.IO, opts *Options) (string, *rubric.Rubric, diag.List, error) {
	if opts.Rubric != "" {
		r, err := loadRubric(io, opts.Rubric)
		if err != nil {
			return "", nil, nil, err
		}
		return r.File, r, rubric.Lint(r), nil
	}
	p, err := cmdutil.OpenPack(io, opts.Pack)
	if err != nil {
		return "", nil, nil, err
	}
	return "模板包“" + p.Meta.Name + "”（" + p.Source + "）", p.Rubric, packlint.Lint(p), nil
}

// printDecisions lists how the rubric resolved the official form's defects
// (its 调整说明): the pack's decisions, which the unit's documents do not
// print, so that the pack's author sees them here.
func printDecisions(io *cmdutil.IO, r *rubric.Rubric) {
	ds := r.Decisions()
	if len(ds) == 0 {
		return
	}
	fmt.Fprintln(io.Out, "评分规则对原件的处理（“调整说明”，由 lint 和模板编写指南列出，不印入单位的文档）：")
	for _, d := range ds {
		fmt.Fprintf(io.Out, "  %s: %s：%s\n", d.Pos, d.Indicator, strings.ReplaceAll(d.Text, "\n", " "))
	}
}

func loadRubric(io *cmdutil.IO, path string) (*rubric.Rubric, error) {
	r, src, diags := rubric.LoadFile(path)
	io.Remember(path, src)
	if diags.HasErrors() {
		io.PrintDiags(diags)
		return nil, cmdutil.ErrSilent
	}
	return r, nil
}
