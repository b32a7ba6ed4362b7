package main

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeIsWhole: every section of the README appears once (an edit
// that splices a section in must not copy the rest of the file after it),
// and the README still gives the two commands a developer starts with.
func TestReadmeIsWhole(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "## ") {
			continue
		}
		if seen[line] {
			t.Errorf("README: the section %q appears twice", line)
		}
		seen[line] = true
	}
	for _, cmd := range []string{"go run ./cmd/jixiao build\n", "go test ./...\n", "bash .ci/run"} {
		if !strings.Contains(text, cmd) {
			t.Errorf("README: %q is missing", strings.TrimSpace(cmd))
		}
	}
}
