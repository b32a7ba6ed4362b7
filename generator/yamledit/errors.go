package yamledit

import "fmt"

// Error is an edit that cannot be made without changing more of the file
// than the value; the text is left as it was.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

func errorf(format string, args ...any) error { return &Error{Msg: fmt.Sprintf(format, args...)} }
