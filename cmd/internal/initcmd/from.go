package initcmd

import (
	"fmt"
	"strconv"

	"path/filepath"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/facts"
	"jixiao/generator/fserr"
	"jixiao/generator/pack"
)

// loadFrom reads last year's facts file for --from with the pack's schema.
// A file with errors is refused (its errors printed): carrying wrong
// figures into a new year would hide them.
func loadFrom(io *cmdutil.IO, p *pack.Pack, path string) (*facts.Facts, error) {
	src, err := facts.ReadFile(path)
	if err != nil {
		return nil, cmdutil.Usagef("无法读取上年的事实文件“%s”：%s", path, fserr.Explain(err))
	}
	io.Remember(path, src)
	f, diags := facts.Load(path, src, p.Rubric.FactsSchema())
	if diags.HasErrors() {
		io.PrintDiags(diags.Errors())
		fmt.Fprintf(io.Err, "上年的事实文件有 %d 个错误，请先改正（jixiao check %s）。\n", len(diags.Errors()), path)
		return nil, cmdutil.ErrSilent
	}
	return f, nil
}

// fromDefaults fills --unit and --year from last year's file when they are
// not given (the year after it), and refuses a year that is not later.
func fromDefaults(opts *Options, last *facts.Facts) error {
	if opts.Unit == "" {
		opts.Unit = last.Unit()
	}
	lastYear, _ := strconv.Atoi(last.Year())
	if opts.Year == "" && lastYear > 0 {
		opts.Year = strconv.Itoa(lastYear + 1)
	}
	if y, err := strconv.Atoi(opts.Year); err != nil || y <= lastYear {
		return cmdutil.Usagef("--year %s 应晚于上年文件的年度 %d", opts.Year, lastYear)
	}
	return nil
}

// packOfLastYear is the 模板包 last year's file names, as a path from here,
// so the new year is scored with the same pack; "" when it names none.
func packOfLastYear(path string) string {
	src, err := facts.ReadFile(path)
	if err != nil {
		return ""
	}
	ref, _ := facts.StampedPack(path, src)
	if ref == "" || filepath.IsAbs(ref) {
		return ref
	}
	return filepath.Join(filepath.Dir(path), ref)
}
