package packsrc

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the pack's templates from this source")

// packDir is the default pack, relative to this package.
const packDir = "../../../templates/changsha-2022"

// TestTemplatesAreCurrent checks that the committed templates of both packs
// are exactly what this source writes (run with -update after changing the
// source).
func TestTemplatesAreCurrent(t *testing.T) {
	current(t, packDir, Templates())
	current(t, filepath.Join("../../..", FrameworkDir), FrameworkTemplates())
}

func current(t *testing.T, packDir string, builders map[string]func() ([]byte, error)) {
	t.Helper()
	for name, build := range builders {
		got, err := build()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join(packDir, name)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./generator/internal/packsrc -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date: run go test ./generator/internal/packsrc -update", path)
		}
	}
}
