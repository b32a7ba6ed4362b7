// Package metrics computes, once and exactly, every figure derived from the
// facts: the totals that the forms state as subtotals (合计: the figure the
// unit stated, or the sum of the parts where it left the row blank), and every rate
// the rubric and the report use (在职人员控制率, 预算执行率 …), each with its
// formula, its basis and the unit's own numbers.
//
// Every metric is a formula (package formula) declared as data: the common
// metrics in base.yaml, which every pack may use, and a pack's own in its
// pack.yaml (指标), both read by LoadDefs. Compute evaluates each formula in
// exact rationals and rounds once, half-up, to two decimals (of a percent
// for rates); that rounded value is the one documents print and the rubric
// scores, so a document never shows 95.00% beside the 90–95 score.
// A missing input or a zero denominator never yields a number: the metric
// says what is missing, or which division is by 0, and the rubric's
// 分母为0 says what that scores.
package metrics
