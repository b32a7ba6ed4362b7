package packlint

import (
	"strings"
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

// TestLintReportsAnExhaustedBudgetOnce: an output name that exhausts the
// run's budget is the one error, at its own line; the documents after it
// are neither blamed nor rendered.
func TestLintReportsAnExhaustedBudgetOnce(t *testing.T) {
	p, _ := pack.Default()
	p.Meta.Documents[0].Output = `附件1-1 {{repeat 100000 (repeat 100000 "x")}}.xlsx`
	d := Lint(p).Errors()
	if len(d) != 1 || d[0].Pos != p.Meta.Documents[0].Pos || !strings.Contains(d[0].Msg, "生成的文字共超过") {
		t.Errorf("lint says:\n%v\nwant one error at %v", d, p.Meta.Documents[0].Pos)
	}
}
