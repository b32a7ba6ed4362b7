// Package initcmd implements `jixiao init`: a blank facts file for a unit,
// with the JSON Schema beside it for editors.
package initcmd

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/cmd/internal/schema"
	"jixiao/generator/atomicfile"
	"jixiao/generator/scaffold"
)

// SchemaFile is the name of the schema written next to the facts file.
const SchemaFile = "jixiao-事实文件.schema.json"

// Options are the parsed command line of `jixiao init`.
type Options struct {
	Pack, Unit, Year, Out string
	From                  string // last year's facts file
}

// NewCmd returns the init command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "init",
		Summary: "为一个单位生成待填写的事实文件（每项带中文说明、来源和用于哪些指标）",
		Usage:   "jixiao init --unit 单位名称 --year 年度 [-o 文件] [--pack 模板包]\n       jixiao init --from 上年的事实文件 [--year 年度] [-o 文件] [--pack 模板包]",
		Long: `不指定 -o 时写成“单位名称-年度.yaml”。已有同名文件时不会覆盖。
同时在同一文件夹写出 ` + SchemaFile + `，编辑器据此提示和检查。
--from 从上年的事实文件开始新的一年：单位、负责人、职能职责、编制数、聘用人员批复数、管理制度、
预算执行口径沿用上年；上年的本年预算、本年决算移入各行的上年预算、上年决算（列表中的行保留名称）；
其余各项留空。不写 --unit、--year 时沿用上年的单位、年度加一。
指定 --pack 时，事实文件第一项写明“模板包: …”（相对于事实文件的路径），之后 check、score、build、diff 不加 --pack 也按它计分；
--from 的上年文件写明了模板包而没有 --pack 时，沿用上年的模板包。`,
		Run: func(io *cmdutil.IO, args []string) error {
			opts := &Options{}
			fs := flag.NewFlagSet("init", flag.ContinueOnError)
			fs.StringVar(&opts.Pack, "pack", "", "模板包（文件夹或 .zip）")
			fs.StringVar(&opts.Unit, "unit", "", "单位名称")
			fs.StringVar(&opts.Year, "year", "", "年度")
			fs.StringVar(&opts.Out, "o", "", "输出文件")
			fs.StringVar(&opts.From, "from", "", "上年的事实文件")
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			if err := validate(opts, pos); err != nil {
				return err
			}
			return initRun(io, opts)
		},
	}
}

func validate(opts *Options, pos []string) error {
	if err := cmdutil.MaxArgs(pos, 0); err != nil {
		return err
	}
	if opts.From != "" {
		return nil // checked with last year's file (validateNames)
	}
	return validateNames(opts)
}

// validateNames checks --unit and --year and sets the default output name.
func validateNames(opts *Options) error {
	if strings.TrimSpace(opts.Unit) == "" || strings.TrimSpace(opts.Year) == "" {
		return cmdutil.Usagef("需要 --unit 单位名称 和 --year 年度")
	}
	if len(opts.Year) != 4 || strings.Trim(opts.Year, "0123456789") != "" {
		return cmdutil.Usagef("年度应为四位数字，如 2023，实际为“%s”", opts.Year)
	}
	if opts.Out == "" {
		opts.Out = strings.NewReplacer("/", "_", `\`, "_").Replace(opts.Unit) + "-" + opts.Year + ".yaml"
	}
	return nil
}

func initRun(io *cmdutil.IO, opts *Options) error {
	if opts.Pack == "" && opts.From != "" {
		opts.Pack = packOfLastYear(opts.From)
	}
	p, err := cmdutil.LoadPack(io, opts.Pack)
	if err != nil {
		return err
	}
	so := scaffold.Options{SchemaRef: SchemaFile, Usage: p.Rubric.FactUsage(), FromName: filepath.Base(opts.From)}
	if opts.From != "" {
		if so.From, err = loadFrom(io, p, opts.From); err != nil {
			return err
		}
		if err := fromDefaults(opts, so.From); err != nil {
			return err
		}
		if err := validateNames(opts); err != nil {
			return err
		}
	}
	if _, err := os.Stat(opts.Out); err == nil {
		return cmdutil.Usagef("%s 已存在，不会覆盖；请用 -o 指定另一个文件名", opts.Out)
	}
	so.Unit, so.Year, so.Pack = opts.Unit, opts.Year, relativeTo(opts.Out, opts.Pack)
	text := scaffold.Facts(p.Rubric.FactsSchema(), so)
	sch, err := schema.JSON(p)
	if err != nil {
		return err
	}
	schemaPath := filepath.Join(filepath.Dir(opts.Out), SchemaFile)
	for _, f := range []struct {
		path string
		data []byte
	}{{opts.Out, text}, {schemaPath, sch}} {
		if err := atomicfile.Write(f.path, f.data, 0o644); err != nil {
			return &cmdutil.OutputError{Err: err}
		}
	}
	fmt.Fprintf(io.Out, "已生成 %s（以及 %s）。\n", opts.Out, schemaPath)
	if opts.Pack != "" {
		fmt.Fprintf(io.Out, "事实文件记下了模板包“%s”（%s），之后的命令不必再加 --pack。\n", relativeTo(opts.Out, opts.Pack), cmdutil.PackName(p))
	}
	fmt.Fprintf(io.Out, "填写后运行：jixiao check %s\n", opts.Out)
	return nil
}

// relativeTo writes pack relative to the folder of the facts file, so that
// the two can move together; "" stays "".
func relativeTo(factsFile, pack string) string {
	if pack == "" {
		return ""
	}
	dir, errD := filepath.Abs(filepath.Dir(factsFile))
	abs, errP := filepath.Abs(pack)
	if errD != nil || errP != nil {
		return pack
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return abs
	}
	return filepath.ToSlash(rel)
}
