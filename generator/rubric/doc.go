// Package rubric holds the scored indicator table (附件1-1) as data: every
// 一级/二级/三级 indicator with its 分值, its 评分要点 and 评分标准 as the
// official form prints them, and a machine rule that scores it.
//
// A rubric is a YAML file. Rule kinds: 分段 (bands, read with the bounds of
// 民法典 第1259条), 扣分 (a deduction per unit over or under a target, floor 0,
// pro-rata or per whole point as declared), 是否 (pass/fail), 例数扣分 (per
// case found), 否决 (one case zeroes the whole indicator), 比例 (points ×
// rate), 评定 (a judged score with a required reason); an indicator with 细项
// is the sum of its sub-items. Lint checks that points add up at every level,
// that the total is 100, that bands leave no gap and do not overlap, and
// every metric's formula. The rubric carries the facts and metrics its pack
// declares (Declarations), so rules read a pack's metrics by name exactly
// as they read the common ones.
package rubric
