// Package console prepares the terminal jixiao writes to. On Windows it
// switches the console to UTF-8 (code page 65001), so that Chinese messages
// read correctly in cmd.exe whatever its code page (936 on a Chinese
// system), and it tells whether jixiao has a console window of its own:
// started from Explorer by a double-click or by a file dropped on the
// program, the window closes as soon as jixiao exits.
package console

// Setup prepares the console and reports whether jixiao runs in a console
// window of its own.
func Setup() (alone bool) { return setup() }
