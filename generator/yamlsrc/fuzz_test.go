package yamlsrc_test

import (
	"testing"

	"jixiao/data"
	"jixiao/generator/yamlsrc"
)

// FuzzParse: whatever the input, Parse and FoldedText return diagnostics
// and never panic; a syntax error always names a line.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"a: 1\nb: [1, 2\n", "人员:\n  编制数：125\n  在职人数: 3\n", "a: |\n  x\n y\n",
		"a: \"x\\x07\"\n", "- a\nb: 1\n", "a: *x\n", "a: 'b\n", "\tb: 1\n", "a: [1, {b: 2]]\n"} {
		f.Add([]byte(s))
	}
	f.Add(data.Complete)
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		n, diags := yamlsrc.Parse("f.yaml", src)
		if n != nil {
			yamlsrc.FoldedText("f.yaml", src, n)
		}
		for _, d := range diags {
			if d.Pos.File != "f.yaml" {
				t.Errorf("diagnostic without its file: %v", d)
			}
		}
	})
}
