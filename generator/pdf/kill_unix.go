//go:build unix

package pdf

import (
	"os/exec"
	"syscall"
)

// killTree makes cmd start a process group and, when its context ends,
// kill the whole group: soffice is a script that starts soffice.bin.
func killTree(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
