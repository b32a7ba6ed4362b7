package evaluate_test

import (
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
)

// TestLoaderHintsAreFindings: a hint of the loader (text folded by YAML)
// is a finding of check, with the consistency findings, and not returned
// a second time as a load problem.
func TestLoaderHintsAreFindings(t *testing.T) {
	p, d := pack.Default()
	if d.HasErrors() {
		t.Fatal(d)
	}
	src := strings.Replace(string(data.Complete), "其他: |-\n    无其他需要说明的问题。", "其他: 无其他需要\n    说明的问题。", 1)
	res, diags := evaluate.Run(p, "f.yaml", []byte(src))
	if len(diags) != 0 || res == nil {
		t.Fatalf("diags = %v", diags)
	}
	if len(res.Findings) != 1 || !strings.Contains(res.Findings[0].Msg, "“其他”写在第") {
		t.Errorf("findings = %v", res.Findings)
	}
}
