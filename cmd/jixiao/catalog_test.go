package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The bad-input catalog: every case runs jixiao as its own process on
// files made for it, bounded in time and memory, and checks what a clerk
// must be able to rely on: the documented exit code, a message in Chinese
// that names the place (file:line:col, or template, sheet or part, cell or
// paragraph), no Go stack trace or fatal error, nothing written when the
// command fails, and no input file changed or lost.
//
// The cases are in catalog_cases_test.go; this file runs them.

// Limits of one case.
const (
	caseTimeout = 30 * time.Second // killed beyond: a hang
	caseMemory  = 500 << 20        // bytes of peak resident memory
)

// catalogCase is one bad input and what jixiao must do with it.
type catalogCase struct {
	name  string
	area  string // facts, data, template, pack, output, cli
	setup func(t *testing.T, dir string)
	args  []string
	exit  int
	// want are regular expressions the standard error (or, with a
	// leading "stdout:", the standard output) must match; at least one
	// must name the place for a failing command.
	want []string
	// outputs are files the command must write (exit 0); for a failing
	// command nothing new may appear.
	outputs []string
	// stdout, when set, is where the command's standard output goes:
	// "full" (/dev/full) or "closed".
	stdout string
}

// stackTrace matches what a Go crash prints.
var stackTrace = regexp.MustCompile(`goroutine \d+|panic:|fatal error:|runtime\.|\.go:\d+`)

// han matches a Chinese character.
var han = regexp.MustCompile(`\p{Han}`)

func TestBadInputCatalog(t *testing.T) {
	if len(catalog) < 60 {
		t.Fatalf("the catalog has %d cases; want at least 60", len(catalog))
	}
	areas := map[string]int{}
	for _, c := range catalog {
		areas[c.area]++
	}
	for _, a := range []string{"facts", "data", "template", "pack", "output", "cli"} {
		if areas[a] == 0 {
			t.Errorf("no case for %s", a)
		}
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range catalog {
		t.Run(c.area+"/"+c.name, func(t *testing.T) { runCase(t, exe, c) })
	}
}

// runCase runs one case in a fresh folder.
func runCase(t *testing.T, exe string, c catalogCase) {
	dir := t.TempDir()
	if c.setup != nil {
		c.setup(t, dir)
	}
	before := snapshot(t, dir)
	ctx, cancel := context.WithTimeout(context.Background(), caseTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, c.args...)
	if c.stdout == "closed" { // as the shell's >&-: the standard output is not open at all
		cmd = exec.CommandContext(ctx, "/bin/sh", append([]string{"-c", `exec "$0" "$@" >&-`, exe}, c.args...)...)
	}
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "JIXIAO_AS_MAIN=1")
	var stdout, stderr bytes.Buffer
	cmd.Stderr = &stderr
	switch c.stdout {
	case "full":
		f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Skip("/dev/full:", err)
		}
		defer f.Close()
		cmd.Stdout = f
	case "closed":
	default:
		cmd.Stdout = &stdout
	}
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if ctx.Err() != nil {
		t.Fatalf("still running after %v: killed", caseTimeout)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	rss := int64(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) << 10
	t.Logf("exit %d in %v, %d MiB", code, elapsed.Round(time.Millisecond), rss>>20)
	if rss > caseMemory {
		t.Errorf("used %d MiB; the limit is %d MiB", rss>>20, caseMemory>>20)
	}
	check(t, c, code, stdout.String(), stderr.String())
	checkFiles(t, c, code, dir, before)
}

// check compares the exit code and the messages.
func check(t *testing.T, c catalogCase, code int, stdout, stderr string) {
	if code != c.exit {
		t.Errorf("exit %d; want %d\nstderr:\n%s", code, c.exit, stderr)
	}
	if stackTrace.MatchString(stderr) {
		t.Errorf("a Go stack trace or fatal error:\n%s", stderr)
	}
	if c.exit != 0 && !han.MatchString(stderr) {
		t.Errorf("no message in Chinese:\n%s", stderr)
	}
	for _, w := range c.want {
		text, pattern := stderr, w
		if p, ok := strings.CutPrefix(w, "stdout:"); ok {
			text, pattern = stdout, p
		}
		if !regexp.MustCompile(pattern).MatchString(text) {
			t.Errorf("want %q in:\n%s", pattern, text)
		}
	}
}

// checkFiles makes sure no input changed or vanished, that a failing
// command wrote nothing, and that a succeeding one wrote its outputs.
func checkFiles(t *testing.T, c catalogCase, code int, dir string, before map[string][32]byte) {
	after := snapshot(t, dir)
	for name, sum := range before {
		got, ok := after[name]
		switch {
		case !ok && !isTemp(name):
			t.Errorf("%s was lost", name)
		case ok && got != sum && !isOutput(c, name):
			t.Errorf("%s was changed", name)
		}
	}
	var added []string
	for name := range after {
		if _, ok := before[name]; !ok {
			added = append(added, name)
		}
	}
	sort.Strings(added)
	if code != 0 && len(added) > 0 {
		t.Errorf("a failing command wrote %v", added)
	}
	for _, o := range c.outputs {
		if _, ok := after[o]; !ok {
			t.Errorf("%s was not written; new files: %v", o, added)
		}
	}
}

func isOutput(c catalogCase, name string) bool {
	for _, o := range c.outputs {
		if o == name {
			return true
		}
	}
	return false
}

// isTemp reports the temporary files a build may remove.
func isTemp(name string) bool {
	base := filepath.Base(name)
	return strings.HasPrefix(base, ".jixiao-") && strings.HasSuffix(base, ".tmp")
}

// snapshot hashes every regular file below dir (links as their targets).
func snapshot(t *testing.T, dir string) map[string][32]byte {
	out := map[string][32]byte{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		data, err := os.ReadFile(p)
		if err != nil {
			out[filepath.ToSlash(rel)] = [32]byte{}
			return nil
		}
		out[filepath.ToSlash(rel)] = sha256.Sum256(data)
		return nil
	})
	return out
}
