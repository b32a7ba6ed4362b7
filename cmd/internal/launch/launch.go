// Package launch decides what jixiao does when it is started without a
// command, as a clerk starts it on Windows:
//
//   - a double-click in Explorer (no arguments, a console window of its
//     own): start the web page (serve --open) and say in the window how to
//     stop it;
//   - a facts file dropped on the program (one .yaml argument, no command):
//     build the package into a folder beside the file named after the unit
//     and year, print the summary and the gaps, and wait for Enter so that
//     the window stays open to be read.
//
// The decision (Plan) is separate from the Windows call that tells whether
// the console is jixiao's own (package console), so it is tested anywhere.
package launch

import (
	"bufio"
	"fmt"
	"path/filepath"
	"strings"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/cmd/internal/serve"
)

// Plan returns the command to run for args when they hold no command, with
// its arguments, and whether to wait for Enter before exiting (alone: the
// console window is jixiao's own and closes when it exits). It returns nil
// when args are an ordinary command line.
func Plan(args []string, alone bool) (*cmdutil.Command, []string, bool) {
	switch {
	case len(args) == 0 && alone:
		return serve.NewCmd(), []string{"--open"}, true
	case len(args) == 1 && IsFactsFile(args[0]):
		return BesideCmd(), args, alone
	}
	return nil, nil, false
}

// IsFactsFile reports whether arg names a YAML file (and not a command).
func IsFactsFile(arg string) bool {
	ext := strings.ToLower(filepath.Ext(arg))
	return ext == ".yaml" || ext == ".yml"
}

// WaitForEnter asks for Enter and reads one line, so that a window of its
// own stays open until the clerk has read it.
func WaitForEnter(io *cmdutil.IO) {
	fmt.Fprint(io.Out, "\n按 Enter 键关闭本窗口……")
	bufio.NewReader(io.In).ReadString('\n')
}
