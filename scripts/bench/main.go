// Command bench measures jixiao as whole processes, the way a clerk's
// machine runs it, against floors measured in the same run:
//
//	go run ./scripts/bench [-base 提交] [-runs 11] [-rows 1000,10000]
//
// It builds jixiao from the working tree (CGO_ENABLED=0, -trimpath, as the
// release does), the floor program (scripts/bench/floor) and, with -base,
// jixiao at an older commit. Then, for a report-shaped Word template
// (docxtest.ReportTemplate) with 1,000 and 10,000 projects in a JSON data
// file, it renders once to learn the changed parts, hands them to the
// floor, and runs `jixiao render` and the floor alternately (and the base,
// when given), printing medians, spreads and ratios of wall time, CPU
// time (user + system) and peak memory (max RSS, taken from GNU time in a separate run where
// /usr/bin/time is installed: Linux counts the harness in a direct child). It also measures the
// package initialisation of `jixiao version` (GODEBUG=inittrace=1, the sum
// of the clock times), `jixiao help`, `jixiao check` on the built-in
// example and `jixiao build` of it, beside the start-up floor: a program
// that only links the standard-library packages jixiao links (stdfloor.go). With -base every output (the renders,
// the default and the complete example package) must be byte-identical to
// the base's; a difference is reported and fails the run.
//
// Unix only (it reads rusage). Pick a quiet moment: other work on the
// machine shows in wall times, much less in CPU times.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	base := flag.String("base", "", "与之比较的旧提交（如 main~3）；空表示不比较")
	runs := flag.Int("runs", 11, "每项交替运行的次数")
	rows := flag.String("rows", "1000,10000", "表格行数（项目数），逗号分隔")
	keep := flag.Bool("keep", false, "保留临时文件夹")
	flag.Parse()
	if err := run(*base, *runs, *rows, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(base string, runs int, rowList string, keep bool) error {
	dir, err := os.MkdirTemp("", "jixiao-bench-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Println("临时文件夹：", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	b, err := buildAll(dir, base)
	if err != nil {
		return err
	}
	printMachine()
	var sizes []int
	for _, s := range strings.Split(rowList, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("-rows: %v", err)
		}
		sizes = append(sizes, n)
	}
	var failed []string
	for _, n := range sizes {
		f, err := renderCase(b, dir, n, runs)
		if err != nil {
			return err
		}
		failed = append(failed, f...)
	}
	f, err := commandCases(b, dir, runs)
	if err != nil {
		return err
	}
	failed = append(failed, f...)
	if len(failed) > 0 {
		return fmt.Errorf("输出与 %s 不同：%s", base, strings.Join(failed, "；"))
	}
	return nil
}

// binaries are the programs measured: jixiao from the working tree, the
// floor and, when asked for, jixiao at the base commit ("" otherwise).
type binaries struct {
	jixiao, floor, base string
	// stdFloor links only the standard-library packages jixiao links: the
	// floor of start-up
	stdFloor string
}

// buildAll builds the programs into dir.
func buildAll(dir, base string) (binaries, error) {
	b := binaries{jixiao: filepath.Join(dir, "jixiao"), floor: filepath.Join(dir, "floor")}
	if err := goBuild(".", "./cmd/jixiao", b.jixiao); err != nil {
		return b, err
	}
	if err := goBuild(".", "./scripts/bench/floor", b.floor); err != nil {
		return b, err
	}
	stdFloor, err := buildStdFloor(dir)
	if err != nil {
		return b, err
	}
	b.stdFloor = stdFloor
	if base == "" {
		return b, nil
	}
	src := filepath.Join(dir, "base-src")
	if err := checkout(base, src); err != nil {
		return b, err
	}
	b.base = filepath.Join(dir, "jixiao-base")
	return b, goBuild(src, "./cmd/jixiao", b.base)
}

// renderCase measures render with n projects; it returns what differs
// from the base's output.
func renderCase(b binaries, dir string, n, runs int) ([]string, error) {
	c, err := newRenderFixture(dir, n)
	if err != nil {
		return nil, err
	}
	out := filepath.Join(dir, fmt.Sprintf("out-%d.docx", n))
	if err := c.prepareFloor(b.jixiao, out); err != nil {
		return nil, err
	}
	var failed []string
	if b.base != "" {
		same, err := sameRender(b, c, dir)
		if err != nil {
			return nil, err
		}
		if !same {
			failed = append(failed, fmt.Sprintf("render %d 行", n))
		}
	}
	progs := []prog{
		{name: "下限", args: []string{b.floor, c.template, c.parts, out}},
		{name: "jixiao", args: []string{b.jixiao, "render", c.template, c.data, "-o", out}},
	}
	if b.base != "" {
		progs = append(progs, prog{name: "旧版", args: []string{b.base, "render", c.template, c.data, "-o", out}})
	}
	fmt.Printf("\n## render：%d 个项目的报告模板（数据 %s，%d 字节）\n", n, filepath.Base(c.data), c.dataSize)
	samples, err := alternate(progs, runs, nil)
	if err != nil {
		return nil, err
	}
	report(progs, samples)
	return failed, nil
}

// sameRender renders c with the base and compares the bytes.
func sameRender(b binaries, c *renderFixture, dir string) (bool, error) {
	mine, theirs := filepath.Join(dir, "same-new.docx"), filepath.Join(dir, "same-base.docx")
	if _, err := runOnce([]string{b.jixiao, "render", c.template, c.data, "-o", mine}, nil); err != nil {
		return false, err
	}
	if _, err := runOnce([]string{b.base, "render", c.template, c.data, "-o", theirs}, nil); err != nil {
		return false, err
	}
	return sameFiles(mine, theirs)
}

// sameFiles reports whether two files hold the same bytes.
func sameFiles(a, b string) (bool, error) {
	x, err := os.ReadFile(a)
	if err != nil {
		return false, err
	}
	y, err := os.ReadFile(b)
	if err != nil {
		return false, err
	}
	return bytes.Equal(x, y), nil
}
