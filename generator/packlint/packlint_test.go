package packlint

import (
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
)

func TestDefaultPackLintsClean(t *testing.T) {
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if d := Lint(p); len(d) != 0 {
		t.Errorf("the default pack has problems:\n%v", d)
	}
}

func TestSampleFillsEveryFact(t *testing.T) {
	p, _ := pack.Default()
	res, diags := evaluate.Run(p, SampleName, Sample(p.Rubric.FactsSchema()))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if len(res.Report.Missing) != 0 {
		t.Errorf("the sample lacks %v", res.Report.Missing)
	}
}
