// Package root dispatches `jixiao <command>` to the command packages and
// turns their errors into exit codes.
package root

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/cmd/internal/console"
	"jixiao/cmd/internal/launch"
)

// StdIO returns the process streams, with the console prepared (UTF-8 on
// Windows). A standard output that was closed when the program started
// fails every write, so that results that cannot be written end with
// ExitOutput instead of vanishing.
func StdIO() *cmdutil.IO {
	var out io.Writer = os.Stdout
	if stdoutWasClosed() {
		out = closedWriter{}
	}
	return &cmdutil.IO{In: os.Stdin, Out: out, Err: os.Stderr, Sources: map[string][]byte{},
		Alone: console.Setup()}
}

// closedWriter is a standard output that is not open.
type closedWriter struct{}

// Write implements io.Writer.
func (closedWriter) Write([]byte) (int, error) { return 0, errors.New("标准输出已关闭") }

// Main runs jixiao with args (without the program name) and returns the exit
// code. It never panics: a bug is reported as such with exit code 4.
func Main(args []string, io *cmdutil.IO) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(io.Err, "jixiao 内部错误（请把这段信息报告给维护者）：%v\n", r)
			code = cmdutil.ExitInternal
		}
	}()
	out := &trackedWriter{w: io.Out}
	io.Out = out
	defer func() {
		if out.err != nil && code != cmdutil.ExitInternal {
			fmt.Fprintf(io.Err, "无法写出结果：%v\n", out.err)
			code = cmdutil.ExitOutput
		}
	}()
	if cmd, cmdArgs, pause := launch.Plan(args, io.Alone); cmd != nil {
		code = run(io, cmd, cmdArgs)
		if pause {
			launch.WaitForEnter(io)
		}
		return code
	}
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		args[0] = "version"
	}
	if len(args) == 0 || isHelp(args[0]) {
		return printHelp(io, args)
	}
	cmd := find(args[0])
	if cmd == nil {
		fmt.Fprintf(io.Err, "未知命令“%s”。%s\n运行 jixiao help 查看所有命令。\n", args[0], suggest(args[0]))
		return cmdutil.ExitUsage
	}
	return run(io, cmd, args[1:])
}

func run(io *cmdutil.IO, cmd *cmdutil.Command, args []string) int {
	err := cmd.Run(io, args)
	if errors.Is(err, flag.ErrHelp) {
		printCommandHelp(io, cmd)
		return cmdutil.ExitOK
	}
	var usage *cmdutil.UsageError
	switch {
	case err == nil, errors.Is(err, cmdutil.ErrSilent):
	case errors.As(err, &usage):
		fmt.Fprintf(io.Err, "%s\n用法：%s\n", usage.Msg, cmd.Usage)
	case failedOutput(io):
		// reported once by Main as “无法写出结果”
	default:
		fmt.Fprintln(io.Err, err)
	}
	return cmdutil.ExitCode(err)
}

func isHelp(s string) bool { return s == "help" || s == "-h" || s == "--help" || s == "帮助" }

func find(name string) *cmdutil.Command {
	for _, c := range Commands() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func suggest(name string) string {
	for _, c := range Commands() {
		if strings.HasPrefix(c.Name, name) || strings.HasPrefix(name, c.Name) {
			return fmt.Sprintf("是不是想用 %s？", c.Name)
		}
	}
	return ""
}

// trackedWriter remembers the first error writing to the output stream
// (a full disk, a closed stdout), so that a command whose results could
// not be written exits with ExitOutput even where it ignored the error.
type trackedWriter struct {
	w   io.Writer
	err error
}

// Write implements io.Writer.
func (t *trackedWriter) Write(p []byte) (int, error) {
	n, err := t.w.Write(p)
	if err != nil && t.err == nil {
		t.err = err
	}
	return n, err
}

// failedOutput reports whether writing the command's output failed.
func failedOutput(io *cmdutil.IO) bool {
	tw, ok := io.Out.(*trackedWriter)
	return ok && tw.err != nil
}
