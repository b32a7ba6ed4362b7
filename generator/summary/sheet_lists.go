package summary

import (
	"jixiao/generator/diag"
)

// findings writes 问题清单: every problem of every unit, in rank order,
// each with the place in the unit's facts file.
func (w *writer) findings() error {
	const sh = sheetFindings
	if err := w.header(sh, 1, []string{"单位", "位置", "级别", "问题"}); err != nil {
		return err
	}
	r := 2
	for _, u := range w.units {
		for _, d := range u.Findings {
			style := w.styles.text
			if d.Severity == diag.Error {
				style = w.styles.flag
			}
			err := w.row(sh, r, cell{u.Name, w.styles.text}, cell{d.Pos.String(), w.styles.text},
				cell{d.Severity.String(), style}, cell{d.Msg, w.styles.wrap})
			if err == nil {
				err = w.fitHeight(sh, r, d.Msg, 90)
			}
			if err != nil {
				return err
			}
			r++
		}
	}
	if err := w.widths(sh, 28, 40, 6, 90); err != nil {
		return err
	}
	return w.tableSetup(sh, 1, 2, 4, r-1)
}

// unfinished writes 未完成: per unit, what keeps its package from being
// final — the facts it lacks and where to write them, the indicators still
// 待评 and why, the 【待补】 of each document — and the units whose
// documents were not written.
func (w *writer) unfinished() error {
	const sh = sheetUnfinished
	if err := w.header(sh, 1, []string{"单位", "类别", "位置", "内容"}); err != nil {
		return err
	}
	r := 2
	for _, u := range w.units {
		for _, g := range unfinishedItems(u) {
			err := w.row(sh, r, cell{u.Name, w.styles.text}, cell{g.Kind, w.styles.text},
				cell{g.Pos.String(), w.styles.text}, cell{g.Text, w.styles.wrap})
			if err == nil {
				err = w.fitHeight(sh, r, g.Text, 80)
			}
			if err != nil {
				return err
			}
			r++
		}
	}
	if err := w.widths(sh, 28, 12, 40, 80); err != nil {
		return err
	}
	return w.tableSetup(sh, 1, 2, 4, r-1)
}

// unfinishedItems are the rows of one unit: why its documents were not
// written, then its gaps.
func unfinishedItems(u *Unit) []Gap {
	var items []Gap
	if u.Failure != "" {
		items = append(items, Gap{Kind: "材料未生成", Pos: diag.Pos{File: u.File}, Text: u.Failure})
	}
	return append(items, u.Gaps...)
}
