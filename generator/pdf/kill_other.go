//go:build !unix

package pdf

import (
	"os/exec"
	"strconv"
)

// killTree makes cmd, when its context ends, kill LibreOffice with its
// child processes (soffice.exe starts soffice.bin).
func killTree(cmd *exec.Cmd) {
	cmd.Cancel = func() error {
		_ = exec.Command("taskkill", "/T", "/F", "/PID", strconv.Itoa(cmd.Process.Pid)).Run()
		return cmd.Process.Kill()
	}
}
