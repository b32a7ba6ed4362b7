package packsrc

// Table11File is the template of 附件1-1 in the pack.
const Table11File = "附件1-1 指标表.xlsx"

// table11 writes 附件1-1, the indicator table. Its first sheet is the
// official form exactly: the seven columns, one row per 三级指标 with 一级
// and 二级 merged down their rows and the one 评分标准 cell spanning
// 经济、社会、生态效益 (纵向合并), the 得分 filled in, and one 合计 row.
// The second sheet, 评分说明, holds the workings: each indicator's points,
// score and full reason. Landscape A4.
func table11() ([]byte, error) { return table11For(changsha) }

// table11For writes 附件1-1 with the forms' title.
func table11For(f forms) ([]byte, error) {
	b := newBook("附件1-1")
	b.set("A1", "附件1-1", "label")
	b.span("A2:G2", f.table11, "title")
	b.span("A3:D3", "填报单位：{{.单位}}", "caption")
	b.span("E3:G3", "评价年度：{{.本年}}年度", "captionRight")
	for i, h := range word11Head {
		b.set(string(rune('A'+i))+"4", h, "head")
	}
	indicatorRow11(b)
	b.span("A6:C6", "合计", "head")
	b.set("D6", `{{合计 .评分.一级指标 "分值"}}`, "number")
	b.span("E6:F6", "", "text")
	b.set("G6", "{{.评分.合计得分}}", "number")
	b.widths(9, 10, 13, 6, 50, 56, 8)
	b.rowHeight(22)
	b.heights(map[int]float64{2: 40, 4: 28})
	b.page(true, "4:4")
	notes11(b, f.table11+"评分说明")
	return b.bytes()
}

// indicatorRow11 is the loop over the 三级指标. 一级 and 二级 show their
// points as the form does (投入（15分）); 二级 merges only within its 一级;
// the 评分标准 cell merges as the form's (合并评分标准).
func indicatorRow11(b *book) {
	b.set("A5", `{{range .评分.指标}}{{纵向合并 (printf "%s\n（%s分）" .一级指标 (数 .一级分值))}}`, "center")
	b.set("B5", `{{纵向合并 (printf "%s\n（%s分）" .二级指标 (数 .二级分值)) .一级指标}}`, "center")
	b.set("C5", "{{.三级指标}}", "center")
	b.set("D5", "{{.分值}}", "number")
	b.set("E5", "{{.评分要点}}", "text")
	b.set("F5", "{{纵向合并 .合并评分标准 .一级指标 .二级指标}}", "text")
	b.set("G5", "{{.得分}}{{end}}", "number")
}

// notes11 is the sheet 评分说明: per 三级指标 its points, score and reason,
// then the total and the grade (or what is still to be scored).
func notes11(b *book, title string) {
	b.sheetNamed("评分说明")
	b.set("A1", "附件1-1", "label")
	b.span("A2:F2", title, "title")
	b.span("A3:C3", "填报单位：{{.单位}}", "caption")
	b.span("D3:F3", "评价年度：{{.本年}}年度", "captionRight")
	for i, h := range []string{"一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明"} {
		b.set(string(rune('A'+i))+"4", h, "head")
	}
	b.set("A5", "{{range .评分.指标}}{{纵向合并 .一级指标}}", "center")
	b.set("B5", "{{纵向合并 .二级指标 .一级指标}}", "center")
	b.set("C5", "{{.三级指标}}", "center")
	b.set("D5", "{{.分值}}", "number")
	b.set("E5", "{{.得分}}", "number")
	b.set("F5", "{{.说明}}{{end}}", "text")
	b.span("A6:C6", "合计", "head")
	b.set("D6", `{{合计 .评分.一级指标 "分值"}}`, "number")
	b.set("E6", "{{.评分.合计得分}}", "number")
	b.set("F6", notesConclusion, "text")
	b.widths(9, 10, 13, 6, 8, 100)
	b.rowHeight(22)
	b.heights(map[int]float64{2: 40, 4: 28})
	b.page(true, "4:4")
}
