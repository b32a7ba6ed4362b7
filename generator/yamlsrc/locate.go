package yamlsrc

import (
	"bytes"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxSearch is the largest source whose fault line is searched by parsing
// prefixes (a few dozen parses at most); larger files keep the library's
// line.
const maxSearch = 1 << 20

// faultLine finds the line where a parser error really is. The library
// names the line where the enclosing collection starts; the fault is the
// first line whose inclusion makes the same error appear, found by parsing
// growing prefixes of the source (binary search from the named line).
func faultLine(src []byte, lines []srcLine, e libError) int {
	if !e.parser || e.line <= 0 || len(src) > maxSearch || e.line > len(lines) {
		return e.line
	}
	n := len(lines) - e.line + 1
	k := sort.Search(n, func(i int) bool {
		return failsLike(prefix(lines, e.line+i), e.msg)
	})
	if k == n {
		return e.line
	}
	return e.line + k
}

// prefix is the source of the first n lines.
func prefix(lines []srcLine, n int) []byte {
	var b bytes.Buffer
	for _, l := range lines[:n] {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// failsLike reports whether src fails to parse with the message msg.
func failsLike(src []byte, msg string) bool {
	var n yaml.Node
	err := yaml.Unmarshal(src, &n)
	if err == nil {
		return false
	}
	for _, text := range strings.Split(err.Error(), "\n") {
		if parseLibError(text).msg == msg {
			return true
		}
	}
	return false
}
