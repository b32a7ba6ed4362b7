// Package score applies a rubric to a unit's metrics and facts. Like
// restic's retention policy, which says why it keeps each snapshot, every
// score here carries its reason in the unit's own numbers ("在职人员控制率 =
// 47 ÷ 51 = 92.16%，≤100%，计2分"), and an indicator whose facts are missing
// is 待评 with the list of what is missing, never a guess.
//
// Every sub-item score is rounded half-up to two decimals; indicator,
// level and total scores are exact sums of those, so the printed table
// always adds up.
package score
