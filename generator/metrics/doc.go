// Package metrics computes, once and exactly, every figure derived from the
// facts: the totals that the forms state as subtotals (合计), and every rate
// the rubric and the report use (在职人员控制率, 预算执行率 …), each with its
// formula, its basis and the unit's own numbers.
//
// Rates are percentages rounded half-up to two decimals from the exact
// quotient; that rounded value is the one documents print and the rubric
// scores, so a document never shows 95.00% beside the 90–95 score.
// A missing input or a zero denominator never yields a number: the metric
// says what is missing, and the indicators that need it are 待评.
package metrics
