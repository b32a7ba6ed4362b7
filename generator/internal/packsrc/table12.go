package packsrc

import "fmt"

// Table12File is the template of 附件1-2 in the pack.
const Table12File = "附件1-2 基础数据表.xlsx"

// table12Note is the form's own note, verbatim.
const table12Note = "说明：“项目支出”需要填报除公共专项资金和基本支出以外的所有项目情况，包括业务工作项目、运行维护项目等；" +
	"“公用经费”填报基本支出中的一般商品和服务支出。"

// table12 writes 附件1-2, the basic data table, row by row as the form
// has it, on a grid of a label column and six value columns: the sections
// with three values give each two columns, 楼堂馆所 uses all six. Total
// rows print 合计: the figure the unit stated, the sum of the parts only
// where the unit left it blank.
func table12() ([]byte, error) { return table12For(changsha) }

// table12For writes 附件1-2 with the forms' title, and with the rows of the
// pack's declared facts when the forms have them: amounts by column after
// 部门整体支出预算调整, other facts after 楼堂馆所.
func table12For(f forms) ([]byte, error) {
	b := newBook("附件1-2")
	b.set("A1", "附件1-2", "label")
	b.span("A2:G2", f.table12, "title")
	b.span("A3:D3", "填报单位：{{.单位}}", "caption")
	b.span("E3:G3", "金额单位：万元", "captionRight")
	staff12(b)
	spending12(b)
	row := 19
	if f.rows12 {
		triple(b, row, "{{range .基础数据表.经费行}}{{.名称}}", "text", loopPeriods(""), "money")
		row++
	}
	buildings12(b, row)
	heights := map[int]float64{2: 40, row: 44}
	row += 3
	if f.rows12 {
		b.set(fmt.Sprintf("A%d", row), "{{range .基础数据表.其他行}}{{.名称}}", "text")
		b.span(fmt.Sprintf("B%d:F%d", row, row), "{{.值}}", "text")
		b.set(fmt.Sprintf("G%d", row), "{{.单位}}{{end}}", "center")
		row++
	}
	b.set(fmt.Sprintf("A%d", row), "厉行节约保障措施", "head")
	b.span(fmt.Sprintf("B%d:G%d", row, row), "{{.厉行节约保障措施}}", "text")
	b.span(fmt.Sprintf("A%d:G%d", row+1, row+1), table12Note, "text")
	heights[row+1] = 44
	b.widths(34, 12, 12, 12, 12, 12, 12)
	b.rowHeight(24)
	b.heights(heights)
	b.page(false, "2:3")
	return b.bytes()
}

// triple writes a row of the three-value sections: a label in A and the
// three values.
func triple(b *book, row int, label, labelStyle string, values [3]string, style string) {
	b.set(fmt.Sprintf("A%d", row), label, labelStyle)
	values3(b, row, values, style)
}

// values3 writes three values over B:C, D:E and F:G of a row.
func values3(b *book, row int, values [3]string, style string) {
	for i, v := range values {
		from, to := string(rune('B'+2*i)), string(rune('C'+2*i))
		b.span(fmt.Sprintf("%s%d:%s%d", from, row, to, row), v, style)
	}
}

// periods are the three amounts of a row of 经费控制情况, under path ("" for
// the dot of a loop).
func periods(path string) [3]string {
	return [3]string{"{{" + path + ".上年决算}}", "{{" + path + ".本年预算}}", "{{" + path + ".本年决算}}"}
}

// loopPeriods are periods closing a row loop.
func loopPeriods(path string) [3]string {
	p := periods(path)
	p[2] += "{{end}}"
	return p
}

// staff12 is 财政供养人员情况: headcounts and the control rate as a
// percentage cell.
func staff12(b *book) {
	b.span("A4:A5", "财政供养人员情况", "head")
	values3(b, 4, [3]string{"编制数", "{{.本年}}年实际在职人数", "控制率"}, "head")
	b.span("B5:C5", "{{.人员.编制数}}", "number")
	b.span("D5:E5", "{{.人员.在职人数}}", "number")
	b.span("F5:G5", "{{.指标值.在职人员控制率}}", "percent")
}

// spending12 is 经费控制情况: 三公经费 and its parts (the subtotals as
// stated, or summed where blank), 项目支出 with a row per category, 公用经费
// with a row per 其中 line, 政府采购 and the budget adjustment.
func spending12(b *book) {
	b.set("A6", "经费控制情况", "head")
	values3(b, 6, [3]string{"{{.上年}}年决算数", "{{.本年}}年预算数", "{{.本年}}年决算数"}, "head")
	for i, r := range []struct{ label, style, path string }{
		{"三公经费", "text", ".合计.三公经费"},
		{"1、公务用车购置和维护经费", "indent1", ".合计.公务用车购置和运行维护费"},
		{"其中：公车购置", "indent2", ".三公经费.公车购置"},
		{"　　　公车运行维护", "indent2", ".三公经费.公车运行维护"},
		{"2、出国经费", "indent1", ".三公经费.因公出国"},
		{"3、公务接待", "indent1", ".三公经费.公务接待"},
		{"项目支出：", "text", ".合计.项目支出"},
	} {
		triple(b, 7+i, r.label, r.style, periods(r.path), "money")
	}
	triple(b, 14, "{{range $i, $x := .项目支出.分类}}{{add1 $i}}、{{$x.名称}}", "indent1", loopPeriods("$x"), "money")
	triple(b, 15, "公用经费", "text", periods(".基本支出.公用经费"), "money")
	triple(b, 16, "{{range $i, $x := .基本支出.公用经费其中}}{{if eq $i 0}}其中：{{else}}　　　{{end}}{{$x.名称}}",
		"indent1", loopPeriods("$x"), "money")
	triple(b, 17, "政府采购金额", "text", periods(".政府采购"), "money")
	b.set("A18", "部门整体支出预算调整", "text")
	b.span("B18:C18", "——", "center")
	b.span("D18:E18", "{{.预算调整.调整数}}", "money")
	b.span("F18:G18", "——", "center")
}

// buildings12 is 楼堂馆所控制情况 from row r: one row per project completed
// this year with its two rates, or a row saying there is none (楼堂馆所: [])
// or that the list is still to be filled in.
func buildings12(b *book, r int) {
	b.set(fmt.Sprintf("A%d", r), "楼堂馆所控制情况\n（{{.本年}}年完工项目）", "head")
	heads := []string{"批复规模\n（㎡）", "实际规模\n（㎡）", "规模控制率", "预算投资\n（万元）", "实际投资\n（万元）", "投资概算\n控制率"}
	cells := []struct{ text, style string }{
		{"{{.批复规模}}", "money"}, {"{{.实际规模}}", "money"}, {"{{.规模控制率}}", "percent"},
		{"{{.预算投资}}", "money"}, {"{{.实际投资}}", "money"}, {"{{.投资概算控制率}}{{end}}", "percent"},
	}
	b.set(fmt.Sprintf("A%d", r+1), "{{range .楼堂馆所}}{{.名称}}", "text")
	b.set(fmt.Sprintf("A%d", r+2), "{{if not .楼堂馆所}}{{if .已填写.楼堂馆所}}本年无完工项目{{else}}【待补：楼堂馆所】{{end}}", "text")
	for i, h := range heads {
		col := string(rune('B' + i))
		b.set(fmt.Sprintf("%s%d", col, r), h, "head")
		b.set(fmt.Sprintf("%s%d", col, r+1), cells[i].text, cells[i].style)
		b.set(fmt.Sprintf("%s%d", col, r+2), "——", "center")
	}
	b.set(fmt.Sprintf("G%d", r+2), "——{{end}}", "center")
}
