package batchtest

import (
	"fmt"
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/num"
	"jixiao/generator/pack"
)

// TestUnitsAreCleanAndScoreApart: every generated unit loads without
// error, has no data error, is complete, and the units spread over the
// grades.
func TestUnitsAreCleanAndScoreApart(t *testing.T) {
	p, _ := pack.Default()
	grades := map[string]int{}
	totals := map[string]bool{}
	for i := range 100 {
		name := fmt.Sprintf("u%d.yaml", i)
		res, diags := evaluate.Run(p, name, Facts(i))
		if diags.HasErrors() {
			t.Fatalf("unit %d: %v", i, diags)
		}
		if res.Findings.HasErrors() {
			t.Errorf("unit %d has data errors: %v", i, res.Findings.Errors())
		}
		if res.Facts.Unit() != Name(i) || !res.Report.Complete {
			t.Errorf("unit %d: name %q, complete %v", i, res.Facts.Unit(), res.Report.Complete)
		}
		grades[res.Report.Grade]++
		totals[num.Fixed(res.Report.Total, 2)] = true
	}
	if len(grades) < 3 || len(totals) < 40 {
		t.Errorf("the units do not spread: grades %v, %d distinct totals", grades, len(totals))
	}
	t.Logf("grades %v, %d distinct totals", grades, len(totals))
}
