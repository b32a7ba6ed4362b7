package packsrc

import b "jixiao/generator/internal/docxbuild"

// Word11File is the Word template of 附件1-1 in the pack.
const Word11File = "附件1-1 指标表.docx"

// word11Widths are the columns of 附件1-1 (twips), filling a landscape
// type area: 一级, 二级, 三级, 分值, 评分要点, 评分标准, 得分. As on the
// official form, the label columns are narrow — 一级 and 二级 hold
// “（15分）” on one line, 三级 four characters (“绩效指标/明确性”), the
// headers break as the form's “一级/指标” — 得分 holds “100.00”, and the
// rest goes to the two text columns, so that the rows (which never break
// across pages) stay short.
var word11Widths = []int{1180, 1180, 1080, 640, 3863, 3863, 950}

// word11Head is the header row of 附件1-1, as the form has it.
var word11Head = []string{"一级指标", "二级指标", "三级指标", "分值", "评分要点", "评分标准", "得分"}

// word11 writes 附件1-1 as a Word table, the official form exactly: its
// seven columns, one row per 三级指标 with 一级 and 二级 merged down their
// rows and the one 评分标准 cell spanning 经济、社会、生态效益 (纵向合并),
// the 得分 filled in, and one 合计 row. The scoring workings are in the
// separate 评分说明 (word11notes). The header row repeats on every
// landscape page, no row breaks across pages, the text is 五号.
func word11() ([]byte, error) { return word11For(changsha) }

// word11For writes the Word 附件1-1 with the forms' title.
func word11For(f forms) ([]byte, error) {
	d := b.New(f.table11)
	attachment(d, "附件1-1", f.table11)
	d.Spread(b.Plain, "填报单位：{{.单位}}", "评价年度：{{.本年}}年度", b.LandscapeWidth)
	d.Table(b.Table{Widths: word11Widths, Rows: []b.Row{
		headRow(word11Head),
		row11Indicators(),
		row11Total(),
	}})
	return d.Bytes(b.Landscape, true, true)
}

// headRow is a header row repeated on every page.
func headRow(names []string) b.Row {
	r := b.Row{Header: true}
	for _, n := range names {
		r.Cells = append(r.Cells, th(n, 1))
	}
	return r
}

// row11Indicators is the loop over the 三级指标: 一级 and 二级 with their
// points (投入（15分）), 二级 merged only within its 一级, the 评分标准 as the
// form merges it (合并评分标准), and the score.
func row11Indicators() b.Row {
	return b.Row{Cells: []b.TC{
		td(`{{range .评分.指标}}{{纵向合并 (printf "%s\n（%s分）" .一级指标 (数 .一级分值))}}`, "center", 1),
		td(`{{纵向合并 (printf "%s\n（%s分）" .二级指标 (数 .二级分值)) .一级指标}}`, "center", 1),
		td("{{.三级指标}}", "center", 1),
		td("{{数 .分值}}", "center", 1),
		td("{{.评分要点}}", "", 1),
		td("{{纵向合并 .合并评分标准 .一级指标 .二级指标}}", "", 1),
		td("{{.得分}}{{end}}", "center", 1),
	}}
}

// row11Total is the one 合计 row: the points of all indicators and the
// total score (待评 while indicators are).
func row11Total() b.Row {
	return b.Row{Cells: []b.TC{
		th("合计", 3),
		td(`{{数 (合计 .评分.一级指标 "分值")}}`, "center", 1),
		td("", "", 2),
		td("{{.评分.合计得分}}", "center", 1),
	}}
}
