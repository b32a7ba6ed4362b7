package xlsx

import (
	"os"
	"path/filepath"
	"testing"
)

// benchmarkParsePack parses every .xlsx template of a built-in pack.
func benchmarkParsePack(b *testing.B, pack string) {
	files, err := filepath.Glob(filepath.Join("..", "..", "templates", pack, "*.xlsx"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no templates in %s: %v", pack, err)
	}
	srcs := make([][]byte, len(files))
	for i, name := range files {
		if srcs[i], err = os.ReadFile(name); err != nil {
			b.Fatal(err)
		}
	}
	defer func(v func([]byte, *parsed)) { verifyFast = v }(verifyFast)
	verifyFast = nil // measure Parse, not the tests' cross-check (TestMain)
	b.ReportAllocs()
	for b.Loop() {
		for i, src := range srcs {
			if _, d := Parse(files[i], src); d.HasErrors() {
				b.Fatal(d)
			}
		}
	}
}

func BenchmarkParsePack(b *testing.B)     { benchmarkParsePack(b, "changsha-2022") }
func BenchmarkParsePack2013(b *testing.B) { benchmarkParsePack(b, "framework-2013") }
