package root

import (
	"os"
	"syscall"
)

// stdoutWasClosed reports whether the program started with its standard
// output closed (jixiao score --json >&-): the Go runtime then opens
// /dev/null read-write in its place, so writes would vanish without an
// error. A shell's > /dev/null opens it write-only.
func stdoutWasClosed() bool {
	out, err := os.Stdout.Stat()
	if err != nil {
		return true
	}
	null, err := os.Stat(os.DevNull)
	if err != nil || !os.SameFile(out, null) {
		return false
	}
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, os.Stdout.Fd(), syscall.F_GETFL, 0)
	return errno == 0 && flags&syscall.O_ACCMODE == syscall.O_RDWR
}
