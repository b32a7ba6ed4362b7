// Package version implements `jixiao version` (also `jixiao --version`):
// the version and commit the release script stamps into the binary.
package version

import (
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"

	"jixiao/cmd/internal/cmdutil"
)

// Version and Commit are set when building a release:
//
//	go build -ldflags "-X jixiao/cmd/internal/version.Version=v1.0.0 -X jixiao/cmd/internal/version.Commit=<hash>"
//
// (scripts/release does it). A build without them is a developer build.
var (
	Version = ""
	Commit  = ""
)

// NewCmd returns the version command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "version",
		Summary: "显示 jixiao 的版本和提交（commit）",
		Usage:   "jixiao version",
		Run: func(io *cmdutil.IO, args []string) error {
			fs := flag.NewFlagSet("version", flag.ContinueOnError)
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			if err := cmdutil.MaxArgs(pos, 0); err != nil {
				return err
			}
			fmt.Fprintln(io.Out, String())
			return nil
		},
	}
}

// String is “jixiao v1.0.0（提交 0123abcd…，windows/amd64，go1.26.8）”.
func String() string {
	v, c := Version, Commit
	if v == "" {
		v = "开发版"
	}
	if c == "" {
		c = vcsRevision()
	}
	if c == "" {
		c = "未知"
	}
	return fmt.Sprintf("jixiao %s（提交 %s，%s/%s，%s）", v, c, runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// vcsRevision is the commit `go build` recorded, if it did.
func vcsRevision() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev != "" && dirty {
		rev += "（有未提交的修改）"
	}
	return rev
}
