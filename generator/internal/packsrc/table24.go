package packsrc

// Table24File is the template of 附件2-4 in the pack.
const Table24File = "附件2-4 公共项目评分汇总表.xlsx"

// table24 writes 附件2-4, the summary of the public projects' own scores:
// one row per project of 公共项目, the score a number cell.
func table24() ([]byte, error) {
	b := newBook("附件2-4")
	b.set("A1", "附件2-4", "label")
	b.span("A2:C2", "公共项目资金绩效自评评分汇总表", "title")
	b.span("A3:C3", "单位名称：{{.单位}}", "caption")
	b.set("A4", "项目名称", "head")
	b.set("B4", "自评分数", "head")
	b.set("C4", "备注", "head")
	b.set("A5", "{{range .公共项目}}{{.名称}}", "text")
	b.set("B5", "{{.自评分数}}", "number")
	b.set("C5", `{{或 .备注 ""}}{{end}}`, "text")
	b.widths(56, 14, 22)
	b.rowHeight(24)
	b.heights(map[int]float64{2: 40, 4: 28})
	b.page(false, "4:4")
	return b.bytes()
}
