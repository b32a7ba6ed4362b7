// Package consistency finds what is wrong with a unit's figures before they
// reach a document: subtotals that disagree with their parts, 其中 rows larger
// than their parent, figures stated twice that differ, spending over budget,
// rates outside their plausible range, judgements without reasons. Each
// finding names the facts, their file:line:col and the numbers involved.
//
// Errors are contradictions in the data (the package must not be handed in
// as is); warnings are things a reviewer will ask about.
package consistency

import (
	"jixiao/generator/diag"
	"jixiao/generator/metrics"
	"jixiao/generator/rubric"
)

// Check runs every check on the facts and metrics of set; r supplies the
// judgements to check (nil skips them).
func Check(set *metrics.Set, r *rubric.Rubric) diag.List {
	c := &checker{set: set}
	c.subtotals()
	c.subsets()
	c.overBudget()
	c.statedTwice()
	c.basis()
	c.ranges()
	c.counts()
	c.projectScores()
	c.clerkChecks()
	c.reportDate()
	if r != nil {
		c.judgments(r)
		c.allocation(r)
	}
	c.diags.Sort()
	return c.diags
}

type checker struct {
	set   *metrics.Set
	diags diag.List
}
