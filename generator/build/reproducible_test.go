package build

import (
	"bytes"
	"path/filepath"
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
)

// renderExample builds the example unit with pack p.
func renderExample(t testing.TB, p *pack.Pack, facts []byte) []Output {
	t.Helper()
	res, diags := evaluate.Run(p, "example.yaml", facts)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	outs, diags := Render(res)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if len(outs) != len(p.Meta.Documents) {
		t.Fatalf("%d outputs for %d documents", len(outs), len(p.Meta.Documents))
	}
	return outs
}

func sameOutputs(t *testing.T, what string, a, b []Output) {
	t.Helper()
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s: %s differs", what, a[i].Name)
		}
	}
}

// TestBuildTwiceIsByteIdentical: same facts and pack, same bytes.
func TestBuildTwiceIsByteIdentical(t *testing.T) {
	p, _ := pack.Default()
	_, src, _ := p.Example()
	sameOutputs(t, "two builds", renderExample(t, p, src), renderExample(t, p, src))
}

// TestExportedPackGivesTheSameDocuments: `pack export` then `--pack` of
// the export renders exactly what the embedded pack renders, and so does
// the zipped export.
func TestExportedPackGivesTheSameDocuments(t *testing.T) {
	p, _ := pack.Default()
	_, src, _ := p.Example()
	want := renderExample(t, p, src)
	dir := filepath.Join(t.TempDir(), "导出")
	if _, err := pack.Export(p, dir); err != nil {
		t.Fatal(err)
	}
	fromDir, diags := pack.Open(dir)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	sameOutputs(t, "exported folder", want, renderExample(t, fromDir, src))
	zipPath := filepath.Join(t.TempDir(), "导出.zip")
	if err := pack.Zip(fromDir, zipPath); err != nil {
		t.Fatal(err)
	}
	fromZip, diags := pack.Open(zipPath)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	sameOutputs(t, "zipped export", want, renderExample(t, fromZip, src))
}
