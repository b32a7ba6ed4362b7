package cmdutil

import (
	"errors"
	"fmt"
)

// Exit codes, documented in `jixiao help` and the README.
const (
	ExitOK       = 0 // done; warnings may have been printed
	ExitInput    = 1 // the facts, rubric, template or pack has errors
	ExitUsage    = 2 // wrong command line
	ExitOutput   = 3 // an output file could not be written
	ExitInternal = 4 // a bug in jixiao
)

// UsageError is a wrong command line; the command's usage is printed after it.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Usagef returns a UsageError.
func Usagef(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// ErrSilent means the problems were already printed (as diagnostics); only
// the exit code remains to be set.
var ErrSilent = errors.New("已报告")

// OutputError wraps a failure to write results.
type OutputError struct{ Err error }

func (e *OutputError) Error() string { return "无法写出结果：" + e.Err.Error() }
func (e *OutputError) Unwrap() error { return e.Err }

// ExitCode maps an error returned by a command to the process exit code.
func ExitCode(err error) int {
	var usage *UsageError
	var output *OutputError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &usage):
		return ExitUsage
	case errors.As(err, &output):
		return ExitOutput
	}
	return ExitInput
}
