package consistency

// clerkChecks runs the checks a finance clerk does by hand before handing
// the package in: the basis of 预算数 and 预算完成数 against the 附件1-2
// totals, amounts typed in 元 instead of 万元, cumulative quarterly figures
// that go down, rows named twice, projects without a score.
func (c *checker) clerkChecks() {
	c.executionBasis()
	c.magnitudes()
	c.quarters()
	c.duplicateNames()
	c.unscoredProjects()
}
