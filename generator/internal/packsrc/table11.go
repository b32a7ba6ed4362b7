package packsrc

// Table11File is the template of 附件1-1 in the pack.
const Table11File = "附件1-1 指标表.xlsx"

// table11 writes 附件1-1, the indicator table: the form's columns plus
// 评分说明, one row per 三级指标 with 一级 and 二级 merged down their rows
// (纵向合并), the subtotal of each 一级指标, the total and grade, and
// whether the evaluation is complete. Landscape A4.
func table11() ([]byte, error) {
	b := newBook("附件1-1")
	b.set("A1", "附件1-1", "label")
	b.span("A2:H2", "部门整体支出绩效自评指标表", "title")
	b.span("A3:E3", "填报单位：{{.单位}}", "caption")
	b.span("F3:H3", "评价年度：{{.本年}}年度", "captionRight")
	for i, h := range []string{"一级指标", "二级指标", "三级指标", "分值", "评分要点", "评分标准", "得分", "评分说明"} {
		b.set(string(rune('A'+i))+"4", h, "head")
	}
	indicatorRow11(b)
	subtotalRow11(b)
	totalRows11(b)
	b.widths(9, 11, 13, 6, 38, 42, 7, 42)
	b.rowHeight(22)
	b.heights(map[int]float64{2: 40, 4: 28, 9: 36})
	b.page(true, "4:4")
	return b.bytes()
}

// indicatorRow11 is the loop over the 三级指标. 一级 and 二级 show their
// points as the form does (投入（15分）); 二级 merges only within its 一级.
// The 评分标准 cell carries the pack's 调整说明 where the pack changed the
// form, so the table shows how each contradiction was resolved.
func indicatorRow11(b *book) {
	b.set("A5", `{{range .评分.指标}}{{纵向合并 (printf "%s\n（%s分）" .一级指标 (数 .一级分值))}}`, "center")
	b.set("B5", `{{纵向合并 (printf "%s\n（%s分）" .二级指标 (数 .二级分值)) .一级指标}}`, "center")
	b.set("C5", "{{.三级指标}}", "center")
	b.set("D5", "{{.分值}}", "number")
	b.set("E5", "{{.评分要点}}", "text")
	b.set("F5", "{{.评分标准}}{{if .调整说明}}{{if .评分标准}}\n{{end}}【本表调整】{{.调整说明}}{{end}}", "text")
	b.set("G5", "{{.得分}}", "number")
	b.set("H5", "{{.说明}}{{end}}", "text")
}

// subtotalRow11 is the loop over the 一级指标: points, score, and the
// 二级 subtotals in words.
func subtotalRow11(b *book) {
	b.span("A6:C6", "{{range .评分.一级指标}}{{.名称}}小计", "head")
	b.set("D6", "{{.分值}}", "number")
	b.span("E6:F6", "{{range $i, $g := .二级指标}}{{if $i}}；{{end}}{{$g.名称}}（{{数 $g.分值}}分）得{{数 $g.得分}}分"+
		"{{if 大于 $g.待评分值 0}}，{{数 $g.待评分值}}分待评{{end}}{{end}}", "text")
	b.set("G6", "{{.得分}}", "number")
	b.set("H6", "{{if 大于 .待评分值 0}}另有{{数 .待评分值}}分待评{{else}}已全部评定{{end}}{{end}}", "text")
}

// totalRows11 are the total (分值 summed by a formula, the score from
// jixiao, and a formula adding the 得分 column as a cross-check), the grade,
// the completeness of the evaluation and how to read the table.
func totalRows11(b *book) {
	b.span("A7:C7", "总分", "head")
	b.formula("D7", "SUM(D5:D5)", "number")
	b.span("E7:F7", "评价等级：{{.评分.等级}}", "text")
	b.set("G7", "{{.评分.总分}}", "number")
	b.formula("H7", `"核对：得分栏逐项相加为 "&TEXT(SUM(G5:G5),"0.00")&" 分"`, "text")
	b.span("A8:H8", "评价结论：{{if .评分.完整}}全部指标已评定，总分{{小数 .评分.总分 2}}分，等级为“{{.评分.等级}}”。"+
		"{{else}}评分尚未完成：已评部分得{{小数 .评分.总分 2}}分，另有{{数 .评分.待评分值}}分待评（最高可得{{小数 .评分.最高可得 2}}分），"+
		"缺少{{.评分.缺少数}}项事实（运行 jixiao score 查看），等级待评。{{end}}", "text")
	b.span("A9:H9", "说明：得分栏“待评”表示缺少事实、尚未评分，不计入总分；“评分说明”栏写明每项得分的计算和理由；"+
		"评分标准中的【本表调整】是本模板包对原表自相矛盾之处的处理。", "text")
}
