//go:build !windows

package console

// setup does nothing: terminals elsewhere are UTF-8, and a program started
// from a file manager without a terminal should not start a server unseen.
func setup() bool { return false }
