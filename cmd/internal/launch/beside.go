package launch

import (
	"fmt"
	"path/filepath"
	"strings"

	"jixiao/cmd/internal/build"
	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/batch"
	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/gate"
	"jixiao/generator/pack"
)

// BesideCmd is what a facts file dropped on jixiao runs: `jixiao build` into
// a folder beside the file named after the unit and year, then the facts
// still missing.
func BesideCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "build",
		Summary: "把事实文件生成的全套材料写到它旁边的“单位-年度”文件夹",
		Usage:   "jixiao 事实文件.yaml",
		Run: func(io *cmdutil.IO, args []string) error {
			return besideRun(io, args[0])
		},
	}
}

func besideRun(io *cmdutil.IO, file string) error {
	dir := filepath.Join(filepath.Dir(file), folderName(file, quietEvaluate(file)))
	fmt.Fprintf(io.Out, "由 %s 生成全套材料，写到 %s\n\n", file, dir)
	rep, err := build.Once(io, &build.Options{Out: dir, Facts: []string{file}})
	if err != nil {
		return err
	}
	printGaps(io, rep)
	return nil
}

// quietEvaluate evaluates the file without printing, for its unit and
// year; nil when it does not load (build then says why).
func quietEvaluate(file string) *evaluate.Result {
	src, err := facts.ReadFile(file)
	if err != nil {
		return nil
	}
	p, diags := pack.Default()
	if diags.HasErrors() {
		return nil
	}
	res, diags := evaluate.Run(p, file, src)
	if diags.HasErrors() {
		return nil
	}
	return res
}

// folderName is “单位-年度” as `jixiao batch` names a unit's folder, or the
// file's name without .yaml when the facts do not say.
func folderName(file string, res *evaluate.Result) string {
	if res != nil {
		if name := batch.FolderName(res.Facts.Unit(), res.Facts.Year()); name != "" {
			return name
		}
	}
	return strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
}

// printGaps lists the facts still missing, which make the package a draft,
// and how to go on.
func printGaps(io *cmdutil.IO, rep *gate.Report) {
	if rep == nil || len(rep.Missing) == 0 {
		return
	}
	fmt.Fprintln(io.Out, "\n补上下面的数字后，把文件再拖到 jixiao 上即可更新材料；也可以双击 jixiao 在网页中填写。")
	cmdutil.PrintMissing(io.Out, rep.Missing)
}
