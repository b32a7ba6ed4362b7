// Package formula reads the formulas a template pack writes for its metrics
// and conditions, in the notation of the official forms:
//
//	重点支出.本年预算 ÷ 合计.项目支出.本年预算 × 100%
//	（合计.三公经费.本年预算 − 合计.三公经费.上年预算）÷ 合计.三公经费.上年预算 × 100%
//	未填为0(合计(预算调整.不计入.金额))
//	人员.聘用人员.实际 <= 人员.聘用人员.批复
//
// The grammar is small on purpose: names (fact paths, recomputed totals),
// numbers, + − × ÷ (ASCII + - * / too), parentheses (full-width or not),
// the functions 合计(列表.字段), 个数(列表), 最小(…), 最大(…) and 未填为0(…),
// and one comparison (< <= > >= = ≠, full-width forms too) for conditions.
// “%” marks a rate: a metric formula ends in “× 100%”, and a condition may
// compare a rate with 95%.
//
// A dedicated parser rather than an expression library: the notation is
// the clerks' (÷, ×, （）, Chinese names with dots), every error must say in
// Chinese where in the formula it is, and evaluation must be exact decimal
// arithmetic end to end (package metrics evaluates in exact rationals and
// rounds half-up once, to the displayed precision), which general-purpose
// libraries do in float64. The package parses, prints (with the unit's
// numbers in place of the names, as the reasons show a computation) and
// type-checks; it never evaluates with floats.
package formula
