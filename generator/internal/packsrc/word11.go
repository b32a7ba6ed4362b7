package packsrc

import b "jixiao/generator/internal/docxbuild"

// Word11File is the Word template of 附件1-1 in the pack.
const Word11File = "附件1-1 指标表.docx"

// word11Widths are the columns of 附件1-1 (twips), filling a landscape
// type area: 一级, 二级, 三级, 分值, 评分要点, 评分标准, 得分, 评分说明.
var word11Widths = []int{1080, 1080, 1150, 580, 2700, 2900, 580, 2686}

// word11 writes 附件1-1 as a Word table with the content of the Excel one
// (table11): the form's columns plus 评分说明, one row per 三级指标 with
// 一级 and 二级 merged down their rows (纵向合并), the subtotal of each
// 一级指标, the total and grade, and whether the evaluation is complete.
// The header row repeats on every landscape page; the text is 小五.
func word11() ([]byte, error) {
	d := b.New("部门整体支出绩效自评指标表")
	attachment(d, "附件1-1", "部门整体支出绩效自评指标表")
	d.Spread(b.Plain, "填报单位：{{.单位}}", "评价年度：{{.本年}}年度", b.LandscapeWidth)
	d.Table(b.Table{Widths: word11Widths, Rows: small([]b.Row{
		{Header: true, Cells: []b.TC{th("一级指标", 1), th("二级指标", 1), th("三级指标", 1), th("分值", 1),
			th("评分要点", 1), th("评分标准", 1), th("得分", 1), th("评分说明", 1)}},
		row11Indicators(),
		row11Subtotals(),
		row11Total(),
		{Cells: []b.TC{td(conclusion11, "", 8)}},
	})})
	note(d, "说明：得分栏“待评”表示缺少事实、尚未评分，不计入总分；“评分说明”栏写明每项得分的计算和理由；"+
		"评分标准中的【本表调整】是本模板包对原表自相矛盾之处的处理。")
	return d.Bytes(b.Landscape, true, true)
}

// row11Indicators is the loop over the 三级指标, as indicatorRow11: 一级 and
// 二级 with their points (投入（15分）), 二级 merged only within its 一级,
// and the pack's 调整说明 after the 评分标准 where the pack changed the form.
// Its rows are long, so they may break across pages.
func row11Indicators() b.Row {
	return b.Row{Split: true, Cells: []b.TC{
		td(`{{range .评分.指标}}{{纵向合并 (printf "%s\n（%s分）" .一级指标 (数 .一级分值))}}`, "center", 1),
		td(`{{纵向合并 (printf "%s\n（%s分）" .二级指标 (数 .二级分值)) .一级指标}}`, "center", 1),
		td("{{.三级指标}}", "center", 1),
		td("{{.分值}}", "center", 1),
		td("{{.评分要点}}", "", 1),
		td(`{{.评分标准}}{{if .调整说明}}{{if .评分标准}}{{"\n"}}{{end}}【本表调整】{{.调整说明}}{{end}}`, "", 1),
		td("{{.得分}}", "center", 1),
		td("{{.说明}}{{end}}", "", 1),
	}}
}

// row11Subtotals is the loop over the 一级指标: points, the 二级 subtotals in
// words, score, and what is still pending.
func row11Subtotals() b.Row {
	return b.Row{Cells: []b.TC{
		th("{{range .评分.一级指标}}{{.名称}}小计", 3),
		td("{{.分值}}", "center", 1),
		td("{{range $i, $g := .二级指标}}{{if $i}}；{{end}}{{$g.名称}}（{{数 $g.分值}}分）得{{数 $g.得分}}分"+
			"{{if 大于 $g.待评分值 0}}，{{数 $g.待评分值}}分待评{{end}}{{end}}", "", 2),
		td("{{.得分}}", "center", 1),
		td("{{if 大于 .待评分值 0}}另有{{数 .待评分值}}分待评{{else}}已全部评定{{end}}{{end}}", "", 1),
	}}
}

// row11Total gives the points of all 一级指标 added up, the grade, the total
// score, and whether it is final.
func row11Total() b.Row {
	return b.Row{Cells: []b.TC{
		th("总分", 3),
		td(`{{合计 .评分.一级指标 "分值"}}`, "center", 1),
		td("评价等级：{{.评分.等级}}", "", 2),
		td("{{.评分.总分}}", "center", 1),
		td("{{if .评分.完整}}已全部评定{{else}}另有{{数 .评分.待评分值}}分待评{{end}}", "", 1),
	}}
}

// conclusion11 is the completeness line of 附件1-1, as in table11.
const conclusion11 = "评价结论：{{if .评分.完整}}全部指标已评定，总分{{小数 .评分.总分 2}}分，等级为“{{.评分.等级}}”。" +
	"{{else}}评分尚未完成：已评部分得{{小数 .评分.总分 2}}分，另有{{数 .评分.待评分值}}分待评（最高可得{{小数 .评分.最高可得 2}}分），" +
	"缺少{{.评分.缺少数}}项事实（运行 jixiao score 查看），等级待评。{{end}}"
