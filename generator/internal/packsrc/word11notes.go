package packsrc

import b "jixiao/generator/internal/docxbuild"

// Word11NotesFile is the Word template of the 评分说明 of 附件1-1.
const Word11NotesFile = "附件1-1 评分说明.docx"

// word11NotesWidths are its columns (twips) on a landscape type area:
// 一级, 二级, 三级 as in the form, 分值, 得分, and a wide 评分说明.
var word11NotesWidths = []int{1250, 1250, 1300, 700, 1100, 7156}

// word11Notes writes the 评分说明 of 附件1-1: the workings that do not
// belong on the official form, one row per 三级指标 with its points, score
// and full reason in the unit's words (评分.指标 .说明), and the total with
// the grade.
func word11Notes() ([]byte, error) { return word11NotesFor(changsha) }

// word11NotesFor writes the 评分说明 with the forms' title.
func word11NotesFor(f forms) ([]byte, error) {
	d := b.New(f.table11 + "评分说明")
	attachment(d, "附件1-1", f.table11+"评分说明")
	d.Spread(b.Plain, "填报单位：{{.单位}}", "评价年度：{{.本年}}年度", b.LandscapeWidth)
	d.Table(b.Table{Widths: word11NotesWidths, Rows: []b.Row{
		headRow([]string{"一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明"}),
		{Cells: []b.TC{
			td(`{{range .评分.指标}}{{纵向合并 .一级指标}}`, "center", 1),
			td(`{{纵向合并 .二级指标 .一级指标}}`, "center", 1),
			td("{{.三级指标}}", "center", 1),
			td("{{数 .分值}}", "center", 1),
			td("{{.得分}}", "center", 1),
			td("{{.说明}}{{end}}", "", 1),
		}},
		{Cells: []b.TC{
			th("合计", 3),
			td(`{{数 (合计 .评分.一级指标 "分值")}}`, "center", 1),
			td("{{.评分.合计得分}}", "center", 1),
			td(notesConclusion, "", 1),
		}},
	}})
	return d.Bytes(b.Landscape, true, true)
}

// notesConclusion is the grade, or what is still to be scored.
const notesConclusion = "{{if .评分.完整}}全部指标已评定，自评得分{{数 .评分.总分}}分，等级为“{{.评分.等级}}”。" +
	"{{else}}已评定的指标共得{{数 .评分.总分}}分，尚有{{数 .评分.待评分值}}分的指标待评（最高可得{{数 .评分.最高可得}}分），等级待全部指标评定后确定。{{end}}"
