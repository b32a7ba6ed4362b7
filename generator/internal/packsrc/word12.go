package packsrc

import b "jixiao/generator/internal/docxbuild"

// Word12File is the Word template of 附件1-2 in the pack.
const Word12File = "附件1-2 基础数据表.docx"

// word12Widths is the grid of 附件1-2 (twips), filling a portrait type
// area. Two layouts share it, so that nothing breaks inside a word: the
// three-value sections have a label of 3250 (“　1、公务用车购置和维护经费”
// on one line) and three values of about 1865; 楼堂馆所 has a label of 2400
// (“（2023年完工项目）”) and six columns of 1074 (“批复规模”, “预算投资”).
// The grid is the union of both sets of column edges.
var word12Widths = []int{2400, 850, 224, 1074, 567, 507, 1074, 284, 790, 1074}

// Spans of the two layouts on word12Widths: label and three values; label
// and six building columns; a label and one text cell.
var (
	spans12Three     = [4]int{2, 3, 3, 2}
	spans12Buildings = [7]int{1, 2, 1, 2, 1, 2, 1}
	spans12Text      = [2]int{2, 8}
)

// word12 writes 附件1-2 as a Word table with the rows, columns and content
// of the Excel one (table12): total rows as stated (合计), a row per 项目支出
// category, per 公用经费 其中 line and per completed building, and the
// form's note under the table. Amounts in 万元 as prose writes them (万元:
// 1802, 613.76), since Word tables follow the prose rule.
func word12() ([]byte, error) { return word12For(changsha) }

// word12For writes the Word 附件1-2 with the forms' title and, when the
// forms have them, the rows of the pack's declared facts (as table12For).
func word12For(f forms) ([]byte, error) {
	d := b.New(f.table12)
	attachment(d, "附件1-2", f.table12)
	d.Spread(b.Plain, "填报单位：{{.单位}}", "金额单位：万元", b.TypeWidth)
	var rows []b.Row
	rows = append(rows, staff12Rows()...)
	rows = append(rows, spending12Rows()...)
	if f.rows12 {
		// the columns a row does not declare print “——”, which 万元 would refuse
		rows = append(rows, row12(td("{{range .基础数据表.经费行}}{{.名称}}", "", 1),
			[3]string{"{{.上年决算}}", "{{.本年预算}}", "{{.本年决算}}{{end}}"}, amountOf2))
	}
	rows = append(rows, buildings12Rows()...)
	if f.rows12 {
		rows = append(rows, b.Row{Cells: []b.TC{td("{{range .基础数据表.其他行}}{{.名称}}", "", spans12Text[0]),
			td("{{.值}}{{.单位}}{{end}}", "", spans12Text[1])}})
	}
	rows = append(rows, b.Row{Cells: []b.TC{th("厉行节约保障措施", spans12Text[0]), td("{{段落 .厉行节约保障措施}}", "", spans12Text[1])}})
	d.Table(b.Table{Widths: word12Widths, Rows: rows})
	note(d, table12Note)
	return d.Bytes(b.Portrait, true, true)
}

// row12 is a row of a three-value section: a label and three values, in
// the given cell maker, spanning the grid as spans12Three says.
func row12(label b.TC, values [3]string, cell func(string) b.TC) b.Row {
	cells := []b.TC{label, cell(values[0]), cell(values[1]), cell(values[2])}
	for i := range cells {
		cells[i].Span = spans12Three[i]
	}
	return b.Row{Cells: cells}
}

// headOf2 and amountOf2 are the value cells of the three-value rows.
func headOf2(text string) b.TC   { return th(text, 1) }
func amountOf2(text string) b.TC { return td(text, "right", 1) }

// wan are the three amounts of a row of 经费控制情况 under path, in 万元.
func wan(path string) [3]string {
	return [3]string{"{{万元 " + path + ".上年决算}}", "{{万元 " + path + ".本年预算}}", "{{万元 " + path + ".本年决算}}"}
}

// loopWan are wan closing a row loop.
func loopWan(path string) [3]string {
	w := wan(path)
	w[2] += "{{end}}"
	return w
}

// staff12Rows are 财政供养人员情况: the label merged over the heads and the
// headcounts, and the control rate.
func staff12Rows() []b.Row {
	label := th("财政供养人员情况", 1)
	label.VMerge = "restart"
	heads := row12(label, [3]string{"编制数", "{{.本年}}年\n实际在职人数", "控制率"}, headOf2)
	heads.KeepNext = true
	cont := th("", 1)
	cont.VMerge = "continue"
	values := row12(cont, [3]string{"{{数 .人员.编制数}}", "{{数 .人员.在职人数}}", "{{百分比 .指标值.在职人员控制率}}"},
		func(s string) b.TC { return td(s, "center", 2) })
	return []b.Row{heads, values}
}

// spending12Rows are 经费控制情况: 三公经费 and its parts (subtotals as
// stated, or summed where blank), 项目支出 with a row per category, 公用经费 with a row per 其中
// line, 政府采购 and the budget adjustment.
func spending12Rows() []b.Row {
	head := row12(th("经费控制情况", 1), [3]string{"{{.上年}}年决算数", "{{.本年}}年预算数", "{{.本年}}年决算数"}, headOf2)
	head.KeepNext = true
	rows := []b.Row{head}
	for _, r := range []struct{ label, path string }{
		{"三公经费", ".合计.三公经费"},
		{"　1、公务用车购置和维护经费", ".合计.公务用车购置和运行维护费"},
		{"　　其中：公车购置", ".三公经费.公车购置"},
		{"　　　　　公车运行维护", ".三公经费.公车运行维护"},
		{"　2、出国经费", ".三公经费.因公出国"},
		{"　3、公务接待", ".三公经费.公务接待"},
		{"项目支出：", ".合计.项目支出"},
	} {
		rows = append(rows, row12(td(r.label, "", 1), wan(r.path), amountOf2))
	}
	return append(rows,
		row12(td("{{range $i, $x := .项目支出.分类}}　{{add1 $i}}、{{$x.名称}}", "", 1), loopWan("$x"), amountOf2),
		row12(td("公用经费", "", 1), wan(".基本支出.公用经费"), amountOf2),
		row12(td("{{range $i, $x := .基本支出.公用经费其中}}{{if eq $i 0}}　其中：{{else}}　　　　{{end}}{{$x.名称}}", "", 1),
			loopWan("$x"), amountOf2),
		row12(td("政府采购金额", "", 1), wan(".政府采购"), amountOf2),
		row12(td("部门整体支出预算调整", "", 1), [3]string{"——", "{{万元 .预算调整.调整数}}", "——"},
			func(s string) b.TC { return td(s, "center", 2) }))
}

// buildings12Rows are 楼堂馆所控制情况: the heads, one row per project
// completed this year with its two rates, and a row saying there is none
// (楼堂馆所: []) or that the list is still to be filled in.
func buildings12Rows() []b.Row {
	heads := []b.TC{th("楼堂馆所控制情况\n（{{.本年}}年完工项目）", 1)}
	for _, h := range []string{"批复规模\n（㎡）", "实际规模\n（㎡）", "规模\n控制率", "预算投资\n（万元）", "实际投资\n（万元）", "投资概算\n控制率"} {
		heads = append(heads, th(h, 1))
	}
	each := []b.TC{td("{{range .楼堂馆所}}{{.名称}}", "", 1)}
	for _, v := range []string{"{{数 .批复规模}}", "{{数 .实际规模}}", "{{百分比 .规模控制率}}",
		"{{万元 .预算投资}}", "{{万元 .实际投资}}", "{{百分比 .投资概算控制率}}{{end}}"} {
		each = append(each, td(v, "right", 1))
	}
	none := []b.TC{td("{{if not .楼堂馆所}}{{if .已填写.楼堂馆所}}本年无完工项目{{else}}【待补：楼堂馆所】{{end}}", "", 1)}
	for range 5 {
		none = append(none, td("——", "center", 1))
	}
	none = append(none, td("——{{end}}", "center", 1))
	rows := []b.Row{{Cells: heads, KeepNext: true}, {Cells: each}, {Cells: none}}
	for _, r := range rows {
		for i := range r.Cells {
			r.Cells[i].Span = spans12Buildings[i]
		}
	}
	return rows
}
