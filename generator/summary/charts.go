package summary

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/num"
	"jixiao/generator/rubric"
)

// charts writes the 图表 sheet: three small tables and an Excel chart
// beside each — the grade distribution, the histogram of the totals of the
// complete units, and each indicator's average score as a share of its
// points, which shows where the county loses points.
func (w *writer) charts() error {
	const sh = sheetCharts
	if err := w.widths(sh, 30, 10, 10, 10); err != nil {
		return err
	}
	gradeRows, err := w.gradeTable(sh, 1)
	if err != nil {
		return err
	}
	histStart := max(gradeRows+3, 18)
	histRows, err := w.histogramTable(sh, histStart)
	if err != nil {
		return err
	}
	shareStart := max(histRows+3, histStart+17)
	if err := w.shareTable(sh, shareStart); err != nil {
		return err
	}
	return w.landscape(sh, "")
}

// gradeTable writes the number of units of each grade from row r and
// charts it; it returns the table's last row.
func (w *writer) gradeTable(sh string, r int) (int, error) {
	grades := []string{}
	for _, g := range w.b.Rubric.Grades {
		grades = append(grades, g.Name)
	}
	grades = append(grades, "待评")
	count := map[string]int{}
	for _, u := range w.units {
		if u.Scored {
			count[u.Grade]++
		}
	}
	if err := w.header(sh, r, []string{"等级", "单位数"}); err != nil {
		return 0, err
	}
	for i, g := range grades {
		if err := w.row(sh, r+1+i, cell{g, w.styles.text}, cell{count[g], w.styles.count}); err != nil {
			return 0, err
		}
	}
	last := r + len(grades)
	return last, w.chart(sh, r, last, excelize.Col, "等级分布（单位数）", 480, 300, nil)
}

// bin is one bar of the histogram: totals from lo (inclusive) to hi
// (exclusive; the last bin includes 100).
type bin struct {
	label  string
	lo, hi num.Dec
}

// bins are below 60, then every 5 points up to 100: the grade bands'
// boundaries (60, 80, 90) are bin boundaries.
func bins() []bin {
	out := []bin{{"60 以下", num.Int(-1000), num.Int(60)}}
	for lo := int64(60); lo < 100; lo += 5 {
		label := fmt.Sprintf("%d.00–%d.99", lo, lo+4)
		if lo == 95 {
			label = "95.00–100"
		}
		out = append(out, bin{label, num.Int(lo), num.Int(lo + 5)})
	}
	out[len(out)-1].hi = num.Int(1000)
	return out
}

// histogramTable counts the totals of the complete units in each bin from
// row r and charts them; it returns the table's last row.
func (w *writer) histogramTable(sh string, r int) (int, error) {
	bs := bins()
	counts := make([]int, len(bs))
	for _, u := range w.units {
		if !u.Scored || !u.Complete {
			continue
		}
		for i, b := range bs {
			if u.Total.GreaterThanOrEqual(b.lo) && u.Total.LessThan(b.hi) {
				counts[i]++
			}
		}
	}
	if err := w.header(sh, r, []string{"总分", "单位数"}); err != nil {
		return 0, err
	}
	for i, b := range bs {
		if err := w.row(sh, r+1+i, cell{b.label, w.styles.text}, cell{counts[i], w.styles.count}); err != nil {
			return 0, err
		}
	}
	last := r + len(bs)
	gap := uint(10)
	return last, w.chart(sh, r, last, excelize.Col, "总分分布（评分完整的单位数）", 480, 300, &gap)
}

// shareTable writes, from row r, each indicator's points, average score
// and the average as a share of the points, and charts the shares.
func (w *writer) shareTable(sh string, r int) error {
	inds := w.b.Rubric.Indicators()
	if err := w.header(sh, r, []string{"三级指标", "得分率", "分值", "平均得分"}); err != nil {
		return err
	}
	for i, ind := range inds {
		avg, share := w.average(i, ind)
		err := w.row(sh, r+1+i, cell{ind.Name, w.styles.text}, cell{share, w.styles.share},
			cell{ind.Points, w.styles.score}, cell{avg, w.styles.score})
		if err != nil {
			return err
		}
	}
	last := r + len(inds)
	return w.barChart(sh, r, last)
}

// average is the average score of indicator i over the units that scored
// it (two places) and that average as a share of its points (four places,
// shown as a percentage); nil when there is none.
func (w *writer) average(i int, ind *rubric.Indicator) (*num.Dec, *num.Dec) {
	var s stats
	for _, u := range w.units {
		if u.Scored && i < len(u.Scores) && u.Scores[i] != nil {
			s.add(*u.Scores[i])
		}
	}
	avg := s.value(0)
	if avg == nil || ind.Points == nil || ind.Points.IsZero() {
		return avg, nil
	}
	share, _ := num.Quo(s.sum, ind.Points.Mul(num.Int(s.n)), 4)
	return avg, &share
}

// chart adds a column chart of the table in rows r (header) to last,
// column A the categories and B the values, beside the table.
func (w *writer) chart(sh string, r, last int, kind excelize.ChartType, title string, width, height uint, gap *uint) error {
	return w.f.AddChart(sh, ref(6, r), &excelize.Chart{
		Type: kind,
		Series: []excelize.ChartSeries{{
			Name:       fmt.Sprintf("'%s'!$B$%d", sh, r),
			Categories: fmt.Sprintf("'%s'!$A$%d:$A$%d", sh, r+1, last),
			Values:     fmt.Sprintf("'%s'!$B$%d:$B$%d", sh, r+1, last),
		}},
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:     excelize.ChartLegend{Position: "none"},
		VaryColors: ptr(false),
		Dimension:  excelize.ChartDimension{Width: width, Height: height},
		YAxis:      excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0"}},
		PlotArea:   excelize.ChartPlotArea{ShowVal: true},
		GapWidth:   gap,
		Format:     excelize.GraphicOptions{AltText: title},
	})
}

// barChart charts the shares of the indicators as horizontal bars, the
// first indicator on top, from 0 to 100%.
func (w *writer) barChart(sh string, r, last int) error {
	title := "各三级指标平均得分率（平均得分 ÷ 分值）"
	lo, hi := 0.0, 1.0
	return w.f.AddChart(sh, ref(6, r), &excelize.Chart{
		Type: excelize.Bar,
		Series: []excelize.ChartSeries{{
			Name:       fmt.Sprintf("'%s'!$B$%d", sh, r),
			Categories: fmt.Sprintf("'%s'!$A$%d:$A$%d", sh, r+1, last),
			Values:     fmt.Sprintf("'%s'!$B$%d:$B$%d", sh, r+1, last),
		}},
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:     excelize.ChartLegend{Position: "none"},
		VaryColors: ptr(false),
		GapWidth:   ptr(uint(40)),
		Dimension:  excelize.ChartDimension{Width: 640, Height: uint(60 + 22*(last-r))},
		XAxis:      excelize.ChartAxis{ReverseOrder: true},
		YAxis:      excelize.ChartAxis{Minimum: &lo, Maximum: &hi, MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}},
		PlotArea:   excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0.0%"}},
		Format:     excelize.GraphicOptions{AltText: title},
	})
}
