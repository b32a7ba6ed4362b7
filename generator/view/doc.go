// Package view builds the data a pack's templates see for one unit: the
// facts as written (absent ones as 【待补】 markers), the recomputed totals
// (合计), every metric (指标值, 指标算式), the scores with their reasons (评分),
// the rows of the official tables, which lists the facts file gives
// (已填写), and the consistency findings (问题).
//
// Everything here is computed by the scoring core; templates only place and
// format it, so one corrected fact changes every document consistently.
// docs/模板编写指南.md lists every name.
package view
