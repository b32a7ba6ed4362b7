// Package num holds the exact decimal arithmetic every figure of jixiao goes
// through: parsing amounts as users type them, exact quotients rounded half-up
// to the displayed precision, and the printed forms (万元 with thousands
// grouping, percentages with two decimals).
//
// No float64 is used anywhere on the path from a fact to a printed figure.
package num
