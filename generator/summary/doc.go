// Package summary writes the county's 汇总 workbook (汇总-<年度>.xlsx) from
// the units of a batch: one compact record per unit (Unit, made from an
// evaluated unit by FromResult and released with the rest of it), and one
// workbook of five sheets:
//
//   - 汇总: one row per unit, sorted by score, with its rank (ties share a
//     rank; only complete units are ranked), subtotals, completeness, counts
//     and the pack it was scored with; units of another pack version or
//     year are flagged;
//   - 指标得分: units × the 三级 indicators with their points in the
//     header, cells below full marks highlighted, and rows for the average,
//     minimum and maximum;
//   - 问题清单: every finding of every unit, with its file:line;
//   - 未完成: every missing fact and 待评 indicator of every unit, and the
//     units that could not be built;
//   - 图表: three Excel charts over small tables — the grade distribution,
//     the score histogram and each indicator's average share of its points.
//
// Figures are exact decimals written as numbers: a 总分 cell holds the same
// digits as `jixiao score --json`. The same units give the same bytes.
package summary
