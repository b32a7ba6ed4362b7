package summary

import (
	"fmt"

	"jixiao/generator/diag"
	"jixiao/generator/num"
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
// complete — the facts it lacks, the indicators still 待评 and why — and
// the units whose documents were not written.
func (w *writer) unfinished() error {
	const sh = sheetUnfinished
	if err := w.header(sh, 1, []string{"单位", "类别", "内容"}); err != nil {
		return err
	}
	r := 2
	put := func(u *Unit, kind, text string) error {
		err := w.row(sh, r, cell{u.Name, w.styles.text}, cell{kind, w.styles.text}, cell{text, w.styles.wrap})
		if err == nil {
			err = w.fitHeight(sh, r, text, 100)
		}
		r++
		return err
	}
	for _, u := range w.units {
		for _, item := range unfinishedItems(u, w.b) {
			if err := put(u, item[0], item[1]); err != nil {
				return err
			}
		}
	}
	if err := w.widths(sh, 28, 12, 100); err != nil {
		return err
	}
	return w.tableSetup(sh, 1, 2, 3, r-1)
}

// unfinishedItems are the (类别, 内容) rows of one unit.
func unfinishedItems(u *Unit, b *Book) [][2]string {
	var items [][2]string
	if u.Failure != "" {
		items = append(items, [2]string{"材料未生成", u.Failure})
	}
	for _, m := range u.Missing {
		items = append(items, [2]string{"缺少事实", m})
	}
	points := map[string]*num.Dec{}
	for _, ind := range b.Rubric.Indicators() {
		points[ind.Name] = ind.Points
	}
	for _, p := range u.Pending {
		items = append(items, [2]string{"待评指标", pendingText(p, points[p.Name])})
	}
	return items
}

// pendingText is “人员控制率（4分）：…”.
func pendingText(p Pending, points *num.Dec) string {
	return fmt.Sprintf("%s：%s", groupTitle(p.Name, points), p.Reason)
}
