//go:build !linux

package root

// stdoutWasClosed reports whether the program started with its standard
// output closed; it cannot tell on this system.
func stdoutWasClosed() bool { return false }
