package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// prog is one program measured: its label and command line.
type prog struct {
	name string
	args []string
	env  []string // added to the environment
	// findings allows exit code 1: the input has errors, which is what a
	// check of the built-in example reports
	findings bool
}

// sample is what one run of a process cost.
type sample struct {
	wall, cpu time.Duration
	rss       int64 // peak resident memory, bytes
	stderr    string
}

// runOnce runs args as a process and returns what it cost; a non-zero
// exit is an error, with the process's error output.
func runOnce(args, env []string) (sample, error) {
	return runProg(prog{args: args, env: env})
}

// runProg runs p as a process and returns what it cost.
func runProg(p prog) (sample, error) {
	cmd := exec.Command(p.args[0], p.args[1:]...)
	cmd.Env = append(os.Environ(), p.env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	s := sample{wall: time.Since(start), stderr: stderr.String()}
	if err != nil && !(p.findings && cmd.ProcessState != nil && cmd.ProcessState.ExitCode() == 1) {
		return s, fmt.Errorf("%s: %v\n%s", strings.Join(p.args, " "), err, stderr.String())
	}
	if u, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.cpu = time.Duration(u.Utime.Nano() + u.Stime.Nano())
		s.rss = int64(u.Maxrss) * rssUnit()
	}
	if gnuTime != "" {
		rss, err := peakRSS(p)
		if err != nil {
			return s, err
		}
		s.rss = rss
	}
	return s, nil
}

// gnuTime is GNU time (/usr/bin/time), when installed. On Linux a child's
// ru_maxrss keeps the high-water mark of the memory it was started from
// (exec records it, and Go starts children sharing its own memory), so the
// harness's own size would be the floor of every figure; GNU time starts
// the program by fork from its own small process, so its %M is the
// program's own peak.
var gnuTime = func() string {
	if runtime.GOOS != "linux" {
		return ""
	}
	if _, err := os.Stat("/usr/bin/time"); err != nil {
		return ""
	}
	return "/usr/bin/time"
}()

// peakRSS runs p once more under GNU time and returns its peak resident
// memory in bytes.
func peakRSS(p prog) (int64, error) {
	f, err := os.CreateTemp("", "jixiao-bench-rss-")
	if err != nil {
		return 0, err
	}
	f.Close()
	defer os.Remove(f.Name())
	cmd := exec.Command(gnuTime, append([]string{"-f", "%M", "-o", f.Name(), "--"}, p.args...)...)
	cmd.Env = append(os.Environ(), p.env...)
	err = cmd.Run()
	if err != nil && !(p.findings && cmd.ProcessState != nil && cmd.ProcessState.ExitCode() == 1) {
		return 0, fmt.Errorf("%s: %v", strings.Join(p.args, " "), err)
	}
	out, err := os.ReadFile(f.Name())
	if err != nil {
		return 0, err
	}
	lines := strings.Fields(string(out))
	if len(lines) == 0 {
		return 0, fmt.Errorf("GNU time 没有给出内存峰值")
	}
	kb, err := strconv.ParseInt(lines[len(lines)-1], 10, 64)
	return kb * 1024, err
}

// rssUnit is the unit of ru_maxrss: kilobytes on Linux, bytes on macOS.
func rssUnit() int64 {
	if runtime.GOOS == "darwin" {
		return 1
	}
	return 1024
}

// alternate runs every program once per round, runs rounds, after one
// warm-up round that is not counted; each sample passes through keep
// (nil keeps it as it is). It returns the samples by program.
func alternate(progs []prog, runs int, keep func(int, sample) sample) ([][]sample, error) {
	out := make([][]sample, len(progs))
	for round := -1; round < runs; round++ {
		for i, p := range progs {
			s, err := runProg(p)
			if err != nil {
				return nil, err
			}
			if keep != nil {
				s = keep(i, s)
			}
			if round >= 0 {
				out[i] = append(out[i], s)
			}
		}
	}
	return out, nil
}

// stat is the median and the range of some measurements.
type stat struct{ med, lo, hi float64 }

func statOf(xs []float64) stat {
	s := slices.Clone(xs)
	slices.Sort(s)
	return stat{med: median(s), lo: s[0], hi: s[len(s)-1]}
}

func median(sorted []float64) float64 {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// field picks one measurement of a sample, in display units.
type field struct {
	label string
	unit  string
	get   func(sample) float64
}

var (
	wallField = field{"墙钟时间", "ms", func(s sample) float64 { return float64(s.wall.Microseconds()) / 1000 }}
	cpuField  = field{"处理器时间（用户+系统）", "ms", func(s sample) float64 { return float64(s.cpu.Microseconds()) / 1000 }}
	rssField  = field{"内存峰值（max RSS）", "MB", func(s sample) float64 { return float64(s.rss) / (1 << 20) }}
)

// report prints, per field, each program's median and range, and its
// ratio to the first program's median.
func report(progs []prog, samples [][]sample, fields ...field) {
	if len(fields) == 0 {
		fields = []field{wallField, cpuField, rssField}
	}
	for _, f := range fields {
		fmt.Printf("%s（中位数，最小–最大，与“%s”之比）：\n", f.label, progs[0].name)
		first := 0.0
		for i, p := range progs {
			st := statOf(values(samples[i], f.get))
			if i == 0 {
				first = st.med
			}
			fmt.Printf("  %-8s %9.2f %s  (%.2f–%.2f)", p.name, st.med, f.unit, st.lo, st.hi)
			if i > 0 && first > 0 {
				fmt.Printf("  %.2f×", st.med/first)
			}
			fmt.Println()
		}
	}
}

func values(ss []sample, get func(sample) float64) []float64 {
	out := make([]float64, len(ss))
	for i, s := range ss {
		out[i] = get(s)
	}
	return out
}

// goBuild builds pkg in dir into out as the release does.
func goBuild(dir, pkg, out string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

// checkout writes the tree of commit rev into dir.
func checkout(rev, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	cmd := exec.Command("sh", "-c", `git archive "$1" | tar -x -C "$2"`, "sh", rev, dir)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("git archive %s: %v", rev, err)
	}
	return nil
}

// printMachine describes where the numbers come from.
func printMachine() {
	fmt.Printf("# jixiao 性能（%s）\n", time.Now().Format("2006-01-02 15:04"))
	fmt.Printf("机器：%s/%s，%d 个逻辑处理器，%s；%s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), loadAverage())
}

// cpuModel is the processor's name, where the system tells it.
func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "处理器型号未知"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "处理器型号未知"
}

// loadAverage is the load when the run started, where the system tells it.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "负载未知"
	}
	return "开始时负载 " + strings.Join(strings.Fields(string(data))[:3], " ")
}
