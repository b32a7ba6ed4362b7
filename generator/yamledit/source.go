package yamledit

import (
	"bytes"
	"unicode/utf8"
)

// source is the text being edited with its line index.
type source struct {
	src   []byte
	lines []int  // byte offset of the start of each line
	nl    string // the file's line ending: "\n" or "\r\n"
}

func newSource(src []byte) *source {
	s := &source{src: src, lines: []int{0}, nl: "\n"}
	for i, b := range src {
		if b == '\n' {
			s.lines = append(s.lines, i+1)
		}
	}
	if i := bytes.IndexByte(src, '\n'); i > 0 && src[i-1] == '\r' {
		s.nl = "\r\n"
	}
	return s
}

// offset converts a 1-based line and rune column (as yaml.Node counts them)
// to a byte offset.
func (s *source) offset(line, col int) int {
	if line < 1 || line > len(s.lines) {
		return len(s.src)
	}
	off := s.lines[line-1]
	if line == 1 && bytes.HasPrefix(s.src, []byte("\uFEFF")) {
		off += len("\uFEFF")
	}
	for c := 1; c < col && off < len(s.src) && s.src[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(s.src[off:])
		off += size
	}
	return off
}

// lineEnd is the offset of the line ending (or the end of the text) of the
// line holding off.
func (s *source) lineEnd(off int) int {
	off = s.clamp(off)
	i := bytes.IndexByte(s.src[off:], '\n')
	if i < 0 {
		return len(s.src)
	}
	end := off + i
	if end > off && s.src[end-1] == '\r' {
		end--
	}
	return end
}

// nextLine is the offset just after the line ending of the line holding off
// (the end of the text on the last line).
func (s *source) nextLine(off int) int {
	off = s.clamp(off)
	i := bytes.IndexByte(s.src[off:], '\n')
	if i < 0 {
		return len(s.src)
	}
	return off + i + 1
}

// lineStart is the offset of the start of the line holding off.
func (s *source) lineStart(off int) int {
	return bytes.LastIndexByte(s.src[:s.clamp(off)], '\n') + 1
}

// clamp keeps off within the text.
func (s *source) clamp(off int) int { return min(max(off, 0), len(s.src)) }

// indent counts the spaces at the start of the line beginning at off.
func (s *source) indent(off int) int {
	n := 0
	for off+n < len(s.src) && s.src[off+n] == ' ' {
		n++
	}
	return n
}

// blank reports whether the line beginning at off holds only white space.
func (s *source) blank(off int) bool {
	end := s.lineEnd(off)
	return len(bytes.TrimSpace(s.src[off:end])) == 0
}
