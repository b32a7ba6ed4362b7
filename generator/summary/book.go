package summary

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/internal/ooxml"
	"jixiao/generator/rubric"
)

// Book is one 汇总 workbook: the units of one batch, scored with one pack.
type Book struct {
	Year   string    // the 年度 of the batch, in the file name
	Pack   PackStamp // the bureau's pack, which scored every unit
	Rubric *rubric.Rubric
	Units  []Unit
}

// FileName is the workbook's name: 汇总-2023.xlsx.
func FileName(year string) string { return "汇总-" + year + ".xlsx" }

// YearOf is the 年度 of a batch: the year most of its scored units give
// (the latest among equals), or fallback when none is scored.
func YearOf(units []Unit, fallback string) string {
	count := map[string]int{}
	best := ""
	for _, u := range units {
		if !u.Scored || u.Year == "" {
			continue
		}
		count[u.Year]++
		if n, m := count[u.Year], count[best]; best == "" || n > m || n == m && u.Year > best {
			best = u.Year
		}
	}
	if best == "" {
		return fallback
	}
	return best
}

// Sheet names, in the workbook's order.
const (
	sheetSummary    = "汇总"
	sheetScores     = "指标得分"
	sheetFindings   = "问题清单"
	sheetUnfinished = "未完成"
	sheetCharts     = "图表"
)

// Bytes returns the workbook.
func (b *Book) Bytes() ([]byte, error) {
	w, err := newWriter(b)
	if err != nil {
		return nil, err
	}
	defer w.f.Close()
	steps := []func() error{w.summary, w.scores, w.findings, w.unfinished, w.charts, w.props}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("汇总表：%w", err)
		}
	}
	var buf bytes.Buffer
	if err := w.f.Write(&buf); err != nil {
		return nil, err
	}
	sorted, err := sortContentTypes(buf.Bytes())
	if err != nil {
		return nil, err
	}
	return ooxml.Neutral(sorted)
}

// writer builds the workbook of a Book.
type writer struct {
	b      *Book
	f      *excelize.File
	units  []*Unit // sorted as the 汇总 lists them
	ranks  []int   // rank of each sorted unit, 0 when not ranked
	styles styles
}

func newWriter(b *Book) (*writer, error) {
	w := &writer{b: b, f: excelize.NewFile()}
	w.units, w.ranks = Order(b.Units)
	if err := w.addSheets(); err != nil {
		w.f.Close()
		return nil, err
	}
	st, err := newStyles(w.f)
	if err != nil {
		w.f.Close()
		return nil, err
	}
	w.styles = st
	return w, nil
}

func (w *writer) addSheets() error {
	if err := w.f.SetSheetName("Sheet1", sheetSummary); err != nil {
		return err
	}
	for _, name := range []string{sheetScores, sheetFindings, sheetUnfinished, sheetCharts} {
		if _, err := w.f.NewSheet(name); err != nil {
			return err
		}
	}
	return w.f.SetDefaultFont("宋体")
}

// props names the workbook in its document properties.
func (w *writer) props() error {
	return w.f.SetDocProps(&excelize.DocProperties{
		Title:       fmt.Sprintf("%s年度部门整体支出绩效自评汇总", w.b.Year),
		Creator:     "jixiao",
		Description: w.b.Pack.Name + " " + w.b.Pack.Version,
		Created:     "2000-01-01T00:00:00Z",
		Modified:    "2000-01-01T00:00:00Z",
	})
}

// Order sorts the units as the 汇总 lists them — complete units by total,
// highest first; then incomplete ones by the part scored; then those not
// scored — and ranks the complete ones: a unit's rank is one more than the
// number of units with a higher total, so ties share a rank.
func Order(units []Unit) ([]*Unit, []int) {
	sorted := make([]*Unit, len(units))
	for i := range units {
		sorted[i] = &units[i]
	}
	sort.SliceStable(sorted, func(i, j int) bool { return before(sorted[i], sorted[j]) })
	ranks := make([]int, len(sorted))
	for i, u := range sorted {
		switch {
		case !u.Scored || !u.Complete:
		case i > 0 && sorted[i-1].Complete && sorted[i-1].Total.Equal(u.Total):
			ranks[i] = ranks[i-1]
		default:
			ranks[i] = i + 1
		}
	}
	return sorted, ranks
}

// class puts complete units first, then incomplete ones, then unscored.
func class(u *Unit) int {
	switch {
	case u.Scored && u.Complete:
		return 0
	case u.Scored:
		return 1
	}
	return 2
}

func before(a, b *Unit) bool {
	if ca, cb := class(a), class(b); ca != cb {
		return ca < cb
	}
	if c := a.Total.Cmp(b.Total); a.Scored && c != 0 {
		return c > 0
	}
	if a.Name != b.Name {
		return a.Name < b.Name
	}
	return a.File < b.File
}
