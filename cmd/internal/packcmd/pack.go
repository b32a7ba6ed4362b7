// Package packcmd implements `jixiao pack`: write the built-in template
// pack out for editing, and bundle a pack folder into a .zip for sharing.
package packcmd

import (
	"flag"
	"fmt"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/atomicfile"
	"jixiao/generator/diag"
	"jixiao/generator/pack"
	"jixiao/generator/packlint"
)

// NewCmd returns the pack command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "pack",
		Summary: "模板包：export 导出内置模板包以便修改；zip 把模板包文件夹打包成 .zip 分发",
		Usage:   "jixiao pack export 文件夹 | jixiao pack zip 文件夹 输出.zip",
		Long: `jixiao pack export 文件夹    把内置模板包（评分规则、Word/Excel 模板、示例）写到一个新文件夹，不覆盖已有文件。
jixiao pack zip 文件夹 输出.zip  先检查模板包能否正常载入，再打包（同样的文件夹总是得到相同的 .zip）。
各单位用 jixiao build --pack 文件夹或.zip 使用它。`,
		Run: func(io *cmdutil.IO, args []string) error {
			fs := flag.NewFlagSet("pack", flag.ContinueOnError)
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			return packRun(io, pos)
		},
	}
}

func packRun(io *cmdutil.IO, args []string) error {
	switch {
	case len(args) == 2 && args[0] == "export":
		return exportRun(io, args[1])
	case len(args) == 3 && args[0] == "zip":
		return zipRun(io, args[1], args[2])
	}
	return cmdutil.Usagef("需要子命令：export 文件夹，或 zip 文件夹 输出.zip")
}

func exportRun(io *cmdutil.IO, dir string) error {
	p, err := cmdutil.LoadPack(io, "")
	if err != nil {
		return err
	}
	written, err := pack.Export(p, dir)
	if err != nil {
		return &cmdutil.OutputError{Err: err}
	}
	for _, w := range written {
		fmt.Fprintf(io.Out, "已写出 %s\n", w)
	}
	fmt.Fprintf(io.Out, "修改后用 jixiao lint --pack %s 检查，用 jixiao pack zip %s 模板包.zip 打包分发。\n", dir, dir)
	return nil
}

// zipRun bundles a pack folder: only a pack that lints without errors is
// bundled, and the bundle is opened and linted again, in memory, before
// it is written, so that what units receive is what was checked.
func zipRun(io *cmdutil.IO, dir, out string) error {
	p, err := cmdutil.LoadPack(io, dir)
	if err != nil {
		return err
	}
	if err := refuseLintErrors(io, dir, packlint.Lint(p)); err != nil {
		return err
	}
	data, err := pack.ZipBytes(p)
	if err != nil {
		return &cmdutil.OutputError{Err: err}
	}
	zipped, diags := pack.OpenZipBytes(out, data)
	if !diags.HasErrors() {
		diags = append(zipped.Gate(), packlint.Lint(zipped)...)
	}
	if err := refuseLintErrors(io, out, diags); err != nil {
		return err
	}
	if err := atomicfile.Write(out, data, 0o644); err != nil {
		return &cmdutil.OutputError{Err: err}
	}
	fmt.Fprintf(io.Out, "已打包 %s（共 %d 个文件，打包后重新读取检查无误）\n", out, len(zipped.Files()))
	return nil
}

// refuseLintErrors prints the problems of the pack named what and refuses
// to go on when there are errors.
func refuseLintErrors(io *cmdutil.IO, what string, diags diag.List) error {
	if !diags.HasErrors() {
		return nil
	}
	io.PrintDiags(diags)
	fmt.Fprintf(io.Err, "%s 有 %d 个错误，没有打包：请改正后用 jixiao lint --pack 检查。\n", what, len(diags.Errors()))
	return cmdutil.ErrSilent
}
