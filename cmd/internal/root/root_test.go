package root

import (
	"bytes"
	"strings"
	"syscall"
	"testing"

	"jixiao/cmd/internal/cmdutil"
)

// failingWriter fails every write, like stdout on a full disk or closed.
type failingWriter struct{ err error }

func (f failingWriter) Write([]byte) (int, error) { return 0, f.err }

// TestOutputThatCannotBeWritten: results that cannot be written exit 3,
// as documented, whether or not the command looked at the error.
func TestOutputThatCannotBeWritten(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
		err  error
	}{
		{"schema > /dev/full", []string{"schema"}, syscall.ENOSPC},
		{"score --json >&-", []string{"score", "--json"}, syscall.EBADF},
		{"score >&-", []string{"score"}, syscall.EBADF},
		{"help > /dev/full", []string{"help"}, syscall.ENOSPC},
	} {
		var errb bytes.Buffer
		io := &cmdutil.IO{In: &bytes.Buffer{}, Out: failingWriter{tt.err}, Err: &errb, Sources: map[string][]byte{}}
		if code := Main(tt.args, io); code != cmdutil.ExitOutput {
			t.Errorf("%s: exit %d; want %d\n%s", tt.name, code, cmdutil.ExitOutput, errb.String())
		}
		if !strings.Contains(errb.String(), "无法写出结果") {
			t.Errorf("%s: stderr %q", tt.name, errb.String())
		}
	}
}

func TestHelpForAnUnknownCommand(t *testing.T) {
	io, out, errb := cmdutil.TestIO()
	if code := Main([]string{"help", "nosuch"}, io); code != cmdutil.ExitUsage {
		t.Errorf("exit %d; want %d", code, cmdutil.ExitUsage)
	}
	if out.Len() != 0 || !strings.Contains(errb.String(), "没有“nosuch”这个命令") {
		t.Errorf("stdout %q, stderr %q", out, errb)
	}
	io, _, _ = cmdutil.TestIO()
	if code := Main([]string{"help", "build"}, io); code != cmdutil.ExitOK {
		t.Errorf("help build: exit %d", code)
	}
}
