// Command release builds the release archives of jixiao, reproducibly: the
// same commit gives the same bytes.
//
//	go run ./scripts/release [-o dist] [-version v1.0.0] [-targets windows/amd64,…]
//
// For each target it cross-compiles ./cmd/jixiao with CGO_ENABLED=0,
// -trimpath and the version and commit stamped (jixiao version prints
// them), and packs the program with README.md and docs/模板编写指南.md into
// jixiao-<版本>-<系统>-<架构>.zip (Windows) or .tar.gz, every entry with the
// commit's time, fixed owner and mode, in a fixed order. SHA256SUMS lists
// the archives. The version defaults to `git describe --tags --always
// --dirty`.
package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Targets are the platforms of a release.
var Targets = []string{"windows/amd64", "windows/386", "linux/amd64", "linux/arm64", "darwin/arm64"}

// Docs are the files every archive holds besides the program, by their path
// in the repository (kept in the archive).
var Docs = []string{"README.md", "docs/模板编写指南.md"}

// versionVar is the variable the version is stamped into.
const versionVar = "jixiao/cmd/internal/version"

func main() {
	out := flag.String("o", "dist", "输出文件夹")
	version := flag.String("version", "", "版本（默认 git describe --tags --always --dirty）")
	targets := flag.String("targets", strings.Join(Targets, ","), "目标平台，逗号分隔")
	flag.Parse()
	if err := release(*out, *version, strings.Split(*targets, ",")); err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
}

func release(out, version string, targets []string) error {
	commit, err := git("rev-parse", "HEAD")
	if err != nil {
		return err
	}
	if version == "" {
		if version, err = git("describe", "--tags", "--always", "--dirty"); err != nil {
			return err
		}
	}
	stamp, err := commitTime()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var sums strings.Builder
	for _, target := range targets {
		name, err := buildTarget(out, target, version, commit, stamp)
		if err != nil {
			return fmt.Errorf("%s: %w", target, err)
		}
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			return err
		}
		fmt.Fprintf(&sums, "%x  %s\n", sha256.Sum256(data), name)
		fmt.Println(filepath.Join(out, name))
	}
	return os.WriteFile(filepath.Join(out, "SHA256SUMS"), []byte(sums.String()), 0o644)
}

// buildTarget compiles the program for target and packs its archive; it
// returns the archive's name.
func buildTarget(out, target, version, commit string, stamp time.Time) (string, error) {
	goos, goarch, ok := strings.Cut(target, "/")
	if !ok {
		return "", fmt.Errorf("目标应写成 系统/架构，如 windows/amd64")
	}
	tmp, err := os.MkdirTemp("", "jixiao-release-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	exe := "jixiao"
	if goos == "windows" {
		exe += ".exe"
	}
	if err := compile(filepath.Join(tmp, exe), goos, goarch, version, commit); err != nil {
		return "", err
	}
	program, err := os.ReadFile(filepath.Join(tmp, exe))
	if err != nil {
		return "", err
	}
	files := []File{{Name: exe, Data: program, Exec: true}}
	for _, d := range Docs {
		data, err := os.ReadFile(d)
		if err != nil {
			return "", err
		}
		files = append(files, File{Name: d, Data: data})
	}
	base := fmt.Sprintf("jixiao-%s-%s-%s", version, goos, goarch)
	data, name := TarGz(base, files, stamp), base+".tar.gz"
	if goos == "windows" {
		data, name = Zip(base, files, stamp), base+".zip"
	}
	return name, os.WriteFile(filepath.Join(out, name), data, 0o644)
}

// compile runs go build for one platform, reproducibly.
func compile(path, goos, goarch, version, commit string) error {
	ldflags := fmt.Sprintf("-s -w -buildid= -X %s.Version=%s -X %s.Commit=%s", versionVar, version, versionVar, commit)
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags", ldflags, "-o", path, "./cmd/jixiao")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+goos, "GOARCH="+goarch, "GOFLAGS=")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

func git(args ...string) (string, error) {
	out, err := exec.Command("git", args...).Output()
	if err != nil {
		return "", fmt.Errorf("git %s: %w", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out)), nil
}

// commitTime is the time of the commit, used for every archive entry.
func commitTime() (time.Time, error) {
	s, err := git("log", "-1", "--format=%ct")
	if err != nil {
		return time.Time{}, err
	}
	sec, err := strconv.ParseInt(s, 10, 64)
	return time.Unix(sec, 0).UTC(), err
}
