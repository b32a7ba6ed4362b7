package docx

import (
	"io/fs"
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
	"jixiao/generator/view"
)

// BenchmarkExampleReport renders the default pack's 附件1-3 with the example
// unit's data (parsed once, as build does) and reports, in the same run,
// the floor for that output: copying the unchanged parts raw and deflating
// pre-rendered bytes of the changed ones (floor-ns/op, x-floor).
func BenchmarkExampleReport(b *testing.B) {
	p, diags := pack.Default()
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	name, facts, _ := p.Example()
	res, diags := evaluate.Run(p, name, facts)
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	src, err := fs.ReadFile(p.FS, "附件1-3 自评报告.docx")
	if err != nil {
		b.Fatal(err)
	}
	benchAgainstFloor(b, mustParse(b, src), view.Data(res))
}
