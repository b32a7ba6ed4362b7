package summary

import "github.com/xuri/excelize/v2"

// styles are the cell styles of the workbook.
type styles struct {
	head    int // header cells: bold, centred, shaded, boxed
	text    int // text cells, boxed
	wrap    int // long text, wrapped
	score   int // scores: 0.00
	count   int // counts and ranks: 0
	flag    int // a flagged cell: light red fill
	stat    int // the 平均/最低/最高 rows: bold 0.00
	statTag int // their labels
	share   int // a share of the points: 0.0%
	below   int // the conditional format of scores below full marks
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var err error
	add := func(dst *int, st *excelize.Style) {
		if err == nil {
			*dst, err = f.NewStyle(st)
		}
	}
	border := []excelize.Border{{Type: "left", Color: "999999", Style: 1}, {Type: "right", Color: "999999", Style: 1},
		{Type: "top", Color: "999999", Style: 1}, {Type: "bottom", Color: "999999", Style: 1}}
	centre := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	add(&s.head, &excelize.Style{Border: border, Alignment: centre, Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	add(&s.text, &excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "center"}})
	add(&s.wrap, &excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	add(&s.score, &excelize.Style{Border: border, NumFmt: 2})
	add(&s.count, &excelize.Style{Border: border, NumFmt: 1, Alignment: &excelize.Alignment{Horizontal: "center"}})
	add(&s.flag, &excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F8CBAD"}}})
	add(&s.stat, &excelize.Style{Border: border, NumFmt: 2, Font: &excelize.Font{Bold: true}})
	add(&s.statTag, &excelize.Style{Border: border, Font: &excelize.Font{Bold: true}})
	add(&s.share, &excelize.Style{Border: border, CustomNumFmt: ptr("0.0%")})
	if err == nil {
		s.below, err = f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "9C0006"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}})
	}
	return s, err
}

func ptr[T any](v T) *T { return &v }
