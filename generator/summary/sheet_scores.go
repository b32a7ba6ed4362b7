package summary

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// firstIndicatorCol is the column of the first indicator in 指标得分
// (after 单位 and 总分).
const firstIndicatorCol = 3

// scores writes 指标得分: a two-row header (一级 groups over their
// indicators, each with its points), one row per scored unit in rank order,
// the cells below full marks highlighted, then the 平均, 最低 and 最高 rows.
func (w *writer) scores() error {
	const sh = sheetScores
	inds := w.b.Rubric.Indicators()
	if err := w.scoresHeader(sh, inds); err != nil {
		return err
	}
	units := w.scoredUnits()
	for i, u := range units {
		row := []cell{{u.Name, w.styles.text}, {u.Total, w.styles.score}}
		for _, s := range u.Scores {
			row = append(row, cell{s, w.styles.score})
		}
		if err := w.row(sh, i+3, row...); err != nil {
			return err
		}
	}
	last := len(units) + 2
	if err := w.highlightBelowFull(sh, inds, last); err != nil {
		return err
	}
	if err := w.statRows(sh, units, len(inds), last+1); err != nil {
		return err
	}
	widths := []float64{30, 9}
	for _, ind := range inds {
		widths = append(widths, max(9, min(textWidth(ind.Name)/2+2, 14)))
	}
	if err := w.widths(sh, widths...); err != nil {
		return err
	}
	if err := w.f.SetRowHeight(sh, 2, 48); err != nil {
		return err
	}
	return w.tableSetup(sh, 2, firstIndicatorCol, len(inds)+2, last)
}

// scoredUnits are the units with scores, in rank order.
func (w *writer) scoredUnits() []*Unit {
	var out []*Unit
	for _, u := range w.units {
		if u.Scored {
			out = append(out, u)
		}
	}
	return out
}

// scoresHeader writes the two header rows.
func (w *writer) scoresHeader(sh string, inds []*rubric.Indicator) error {
	row1 := []string{"单位", "总分"}
	row2 := []string{"单位", groupTitle("总分", w.b.Rubric.Total)}
	for _, ind := range inds {
		row1 = append(row1, w.level1Title(ind.Level1))
		row2 = append(row2, groupTitle(ind.Name, ind.Points))
	}
	if err := w.header(sh, 1, row1); err != nil {
		return err
	}
	if err := w.header(sh, 2, row2); err != nil {
		return err
	}
	if err := w.f.MergeCell(sh, "A1", "A2"); err != nil {
		return err
	}
	if err := w.f.MergeCell(sh, "B1", "B2"); err != nil {
		return err
	}
	return w.mergeRuns(sh, row1)
}

// level1Title is the header of a 一级 group: “投入（15分）”.
func (w *writer) level1Title(name string) string {
	for _, g := range w.b.Rubric.Level1 {
		if g.Name == name {
			return groupTitle(g.Name, g.Points)
		}
	}
	return name
}

// mergeRuns merges the runs of equal titles of the first header row.
func (w *writer) mergeRuns(sh string, row1 []string) error {
	start := firstIndicatorCol - 1
	for i := start + 1; i <= len(row1); i++ {
		if i < len(row1) && row1[i] == row1[start] {
			continue
		}
		if i-1 > start {
			if err := w.f.MergeCell(sh, ref(start+1, 1), ref(i, 1)); err != nil {
				return err
			}
		}
		start = i
	}
	return nil
}

// highlightBelowFull marks every indicator score below the indicator's
// points; a blank (待评) cell is not marked.
func (w *writer) highlightBelowFull(sh string, inds []*rubric.Indicator, last int) error {
	if last < 3 {
		return nil
	}
	for i, ind := range inds {
		if ind.Points == nil {
			continue
		}
		col := colName(firstIndicatorCol + i)
		rule := fmt.Sprintf("AND(ISNUMBER(%s3),%s3<%s)", col, col, ind.Points.String())
		err := w.f.SetConditionalFormat(sh, fmt.Sprintf("%s3:%s%d", col, col, last),
			[]excelize.ConditionalFormatOptions{{Type: "formula", Criteria: rule, Format: &w.styles.below}})
		if err != nil {
			return err
		}
	}
	return nil
}

// statRows writes 平均, 最低 and 最高 from row r: of the totals of the
// complete units and of each indicator's scores where it was scored.
func (w *writer) statRows(sh string, units []*Unit, n, r int) error {
	cols := make([]stats, n+1)
	for _, u := range units {
		if u.Complete {
			cols[0].add(u.Total)
		}
		for i, s := range u.Scores {
			if s != nil {
				cols[i+1].add(*s)
			}
		}
	}
	for k, label := range []string{"平均", "最低", "最高"} {
		row := []cell{{label, w.styles.statTag}}
		for _, c := range cols {
			row = append(row, cell{c.value(k), w.styles.stat})
		}
		if err := w.row(sh, r+k, row...); err != nil {
			return err
		}
	}
	return nil
}

// stats are the average, minimum and maximum of some scores.
type stats struct {
	n             int64
	sum, min, max num.Dec
}

func (s *stats) add(d num.Dec) {
	if s.n == 0 || d.LessThan(s.min) {
		s.min = d
	}
	if s.n == 0 || d.GreaterThan(s.max) {
		s.max = d
	}
	s.sum = s.sum.Add(d)
	s.n++
}

// value is the average (rounded half up to two places), the minimum or
// the maximum (k = 0, 1, 2); nil when there is nothing to count.
func (s *stats) value(k int) *num.Dec {
	if s.n == 0 {
		return nil
	}
	var d num.Dec
	switch k {
	case 0:
		d, _ = num.Quo(s.sum, num.Int(s.n), 2)
	case 1:
		d = s.min
	default:
		d = s.max
	}
	return &d
}
