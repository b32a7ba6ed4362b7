// Package cmdutil holds what every jixiao command shares: the IO streams a
// command writes to (swapped for buffers in tests), the errors that map to
// documented exit codes, and flag parsing that accepts flags before or after
// the file arguments with Chinese messages.
package cmdutil
