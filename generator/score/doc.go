// Package score applies a rubric to a unit's metrics and facts. Like
// restic's retention policy, which says why it keeps each snapshot, every
// score here carries its reason in the unit's own numbers. Rules record
// their reasons as data (reasons.go) and one wording layer (wording*.go)
// turns them into the clerk's words, in full (“在职人员控制率=47÷51×100%=
// 92.16%，不超过100%，计2分”) and in brief (“在职人员控制率92.16%，不超过100%，
// 计2分”): facts by their names on the forms, formulas as the forms write
// them, amounts and rates as prose writes them. A part whose facts are
// missing is 待评 with what is missing, never a guess; the other parts of
// its indicator still count. A rate with a zero denominator is scored as
// the rubric's 分母为0 says; 不适用 parts score full points.
//
// Every sub-item score is rounded half-up to two decimals; indicator,
// level and total scores are exact sums of those, so the printed table
// always adds up.
package score
