package cmdutil

import (
	"bytes"
	"io"

	"jixiao/generator/diag"
)

// IO are the streams of one command run.
type IO struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
	// Sources holds the text of every YAML file read in this run, so that
	// diagnostics can show the offending line.
	Sources map[string][]byte
	// Alone is set when jixiao runs in a console window of its own (started
	// from Explorer), which closes as soon as it exits.
	Alone bool
}

// TestIO returns IO writing to fresh buffers.
func TestIO() (*IO, *bytes.Buffer, *bytes.Buffer) {
	out, errb := &bytes.Buffer{}, &bytes.Buffer{}
	return &IO{In: &bytes.Buffer{}, Out: out, Err: errb, Sources: map[string][]byte{}}, out, errb
}

// PrintDiags writes diagnostics to the error stream with source snippets.
func (s *IO) PrintDiags(l diag.List) {
	diag.Printer{Sources: s.Sources}.Print(s.Err, l)
}

// Remember records the content of a file for snippets.
func (s *IO) Remember(file string, src []byte) {
	if s.Sources == nil {
		s.Sources = map[string][]byte{}
	}
	s.Sources[file] = src
}
