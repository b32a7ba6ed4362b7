package yamlsrc

import "testing"

// TestParseLibError: the parser's lines are 0-based (one line early) and
// missing on line 1; the scanner's are right.
func TestParseLibError(t *testing.T) {
	tests := []struct {
		text   string
		line   int
		parser bool
	}{
		{"yaml: line 1: did not find expected ',' or ']'", 2, true},
		{"yaml: did not find expected key", 1, true},
		{"yaml: line 9: mapping values are not allowed in this context", 9, false},
		{"yaml: mapping values are not allowed in this context", 1, false},
		{"yaml: unknown anchor 'x' referenced", 0, false},
		{"yaml: control characters are not allowed", 0, false},
	}
	for _, tt := range tests {
		e := parseLibError(tt.text)
		if e.line != tt.line || e.parser != tt.parser {
			t.Errorf("%q: line %d parser %v; want %d %v", tt.text, e.line, e.parser, tt.line, tt.parser)
		}
	}
}

// TestFaultLineSearchesPastTheContext: for a parser error the library names
// the start of the enclosing mapping; the fault is found further down.
func TestFaultLineSearchesPastTheContext(t *testing.T) {
	src := []byte("a:\n  b: 1\n  c: 2\n  d: 3\n e: 4\n  f: 5\n")
	lines := scanLines(src)
	e := libError{line: 1, msg: "did not find expected key", parser: true}
	if got := faultLine(src, lines, e); got != 5 {
		t.Errorf("faultLine = %d; want 5", got)
	}
}
