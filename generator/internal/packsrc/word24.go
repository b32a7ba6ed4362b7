package packsrc

import b "jixiao/generator/internal/docxbuild"

// Word24File is the Word template of 附件2-4 in the pack.
const Word24File = "附件2-4 公共项目评分汇总表.docx"

// word24Widths are the columns of 附件2-4 (twips), filling a portrait type
// area: 项目名称 holds a name of 25 characters on one line (the seed's are
// that long), 自评分数 its header, and 备注 the rest.
var word24Widths = []int{5600, 1200, 2044}

// word24 writes 附件2-4 as a Word table, as the form has it: the unit, then
// one row per project of 公共项目 with its own score and remark, under a
// header row that repeats on every page.
func word24() ([]byte, error) {
	d := b.New("公共项目资金绩效自评评分汇总表")
	attachment(d, "附件2-4", "公共项目资金绩效自评评分汇总表")
	d.P(b.Plain, "单位名称：{{.单位}}")
	d.Table(b.Table{Widths: word24Widths, Rows: minHeight([]b.Row{
		{Header: true, Cells: []b.TC{th("项目名称", 1), th("自评分数", 1), th("备注", 1)}},
		{Cells: []b.TC{td("{{range .公共项目}}{{.名称}}", "", 1), td("{{.自评分数}}", "center", 1),
			td(`{{或 .备注 ""}}{{end}}`, "", 1)}},
	}, 454)})
	d.Blank(1)
	return d.Bytes(b.Portrait, true, true)
}
