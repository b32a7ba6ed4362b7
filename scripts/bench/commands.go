package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// commandCases measures start-up (package initialisation of version, help
// and check as whole processes) and build, and compares the example
// packages with the base's. It returns what differs.
func commandCases(b binaries, dir string, runs int) ([]string, error) {
	if err := initCase(b, runs); err != nil {
		return nil, err
	}
	if err := startCase(b, runs); err != nil {
		return nil, err
	}
	if err := buildCase(b, dir, runs); err != nil {
		return nil, err
	}
	if b.base == "" {
		return nil, nil
	}
	return samePackages(b, dir)
}

// initField is the package initialisation a process reported under
// GODEBUG=inittrace=1: the sum of the clock times of every package.
var initField = field{"包初始化（inittrace 各包 clock 之和）", "ms", func(s sample) float64 { return float64(s.init().Microseconds()) / 1000 }}

// init sums the clock times of the inittrace lines in the error output.
func (s sample) init() time.Duration {
	var total time.Duration
	sc := bufio.NewScanner(strings.NewReader(s.stderr))
	for sc.Scan() {
		// init jixiao/generator/tmpl @55 ms, 0.61 ms clock, 116848 bytes, 779 allocs
		f := strings.Fields(sc.Text())
		if len(f) >= 7 && f[0] == "init" && f[6] == "clock," {
			if ms, err := strconv.ParseFloat(f[4], 64); err == nil {
				total += time.Duration(ms * float64(time.Millisecond))
			}
		}
	}
	return total
}

// initCase measures the package initialisation of `jixiao version`.
func initCase(b binaries, runs int) error {
	trace := []string{"GODEBUG=inittrace=1"}
	progs := []prog{{name: "jixiao", args: []string{b.jixiao, "version"}, env: trace},
		{name: "标准库下限", args: []string{b.stdFloor}, env: trace}}
	if b.base != "" {
		progs = append(progs, prog{name: "旧版", args: []string{b.base, "version"}, env: trace})
	}
	fmt.Println("\n## 启动：jixiao version 的包初始化（“标准库下限”只链接 jixiao 用到的标准库包，什么也不做）")
	samples, err := alternate(progs, runs, nil)
	if err != nil {
		return err
	}
	report(progs, samples, initField)
	return nil
}

// startCase runs help and check (the built-in example) as whole
// processes.
func startCase(b binaries, runs int) error {
	progs := []prog{
		{name: "help", args: []string{b.jixiao, "help"}},
		{name: "version", args: []string{b.jixiao, "version"}},
		{name: "check", args: []string{b.jixiao, "check"}, findings: true},
		{name: "标准库下限", args: []string{b.stdFloor}},
	}
	if b.base != "" {
		progs = append(progs, prog{name: "旧版 help", args: []string{b.base, "help"}},
			prog{name: "旧版 check", args: []string{b.base, "check"}, findings: true})
	}
	fmt.Println("\n## 启动：整个进程（jixiao help、version，jixiao check 内置示例）")
	samples, err := alternate(progs, runs, nil)
	if err != nil {
		return err
	}
	report(progs, samples, wallField, cpuField)
	return nil
}

// buildCase measures `jixiao build` of the built-in example.
func buildCase(b binaries, dir string, runs int) error {
	out := filepath.Join(dir, "build")
	progs := []prog{{name: "jixiao", args: []string{b.jixiao, "build", "-o", out}}}
	if b.base != "" {
		progs = append([]prog{{name: "旧版", args: []string{b.base, "build", "-o", out + "-base"}}}, progs...)
	}
	fmt.Println("\n## build：内置示例的全套材料")
	samples, err := alternate(progs, runs, nil)
	if err != nil {
		return err
	}
	report(progs, samples)
	return nil
}

// samePackages builds the default and the complete example with both
// programs and compares every file.
func samePackages(b binaries, dir string) ([]string, error) {
	var failed []string
	for _, example := range []string{"", "完整"} {
		args := []string{"build"}
		if example != "" {
			args = append(args, "--example", example)
		}
		mine, theirs := filepath.Join(dir, "pkg-new-"+example), filepath.Join(dir, "pkg-base-"+example)
		if _, err := runOnce(append(append([]string{b.jixiao}, args...), "-o", mine), nil); err != nil {
			return nil, err
		}
		if _, err := runOnce(append(append([]string{b.base}, args...), "-o", theirs), nil); err != nil {
			return nil, err
		}
		diff, err := sameDirs(mine, theirs)
		if err != nil {
			return nil, err
		}
		label := "内置示例"
		if example != "" {
			label = "示例“" + example + "”"
		}
		if len(diff) > 0 {
			failed = append(failed, label+"："+strings.Join(diff, "、"))
			fmt.Printf("%s：与旧版不同的文件：%s\n", label, strings.Join(diff, "、"))
		} else {
			fmt.Printf("%s：全套材料与旧版逐字节相同\n", label)
		}
	}
	return failed, nil
}

// sameDirs lists the files that differ between two folders, or are in
// one only.
func sameDirs(a, b string) ([]string, error) {
	names := map[string]bool{}
	for _, d := range []string{a, b} {
		entries, err := os.ReadDir(d)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			names[e.Name()] = true
		}
	}
	var diff []string
	for name := range names {
		same, err := sameFiles(filepath.Join(a, name), filepath.Join(b, name))
		if err != nil || !same {
			diff = append(diff, name)
		}
	}
	return diff, nil
}
