package packsrc

import (
	"fmt"

	b "jixiao/generator/internal/docxbuild"
)

// ReportFile is the report template's file name in the pack.
const ReportFile = "附件1-3 自评报告.docx"

// report writes 附件1-3, the self-evaluation report, mirroring the seed's
// structure with every figure generated from facts, metrics and scores, and
// the headings numbered 一、/（一）/1./（1） as GB/T 9704 wants.
func report() ([]byte, error) {
	d := b.New("部门整体支出绩效自评报告")
	cover(d)
	d.P(b.Title, "部门整体支出绩效自评报告")
	d.Blank(1)
	basics(d)
	spending(d)
	performance(d)
	others(d)
	d.Blank(1)
	d.P(b.Right, "{{.单位}}")
	d.P(b.Right, "{{if 可用 .报告日期}}{{日期 .报告日期}}{{end}}")
	return d.Bytes(b.Portrait, true, true)
}

// ctl adds a paragraph holding only control tags; the engine removes it.
func ctl(d *b.Doc, tags string) { d.P(b.Body, tags) }

func cover(d *b.Doc) {
	d.P(b.Label, "附件1-3")
	d.Blank(5)
	d.P(b.Title, "{{.本年}}年度{{.单位}}整体支出")
	d.P(b.Title, "绩效自评报告")
	d.Blank(9)
	d.P(b.Cover, "单位名称（盖章）：{{.单位}}")
	d.P(b.Cover, "单位负责人（盖章）：{{.负责人}}")
	d.EndSection(b.Portrait, false, false)
}

// narrative adds the sections of 叙述.<key>: a heading of the given style
// for titled sections, numbered with number, and the text as paragraphs.
func narrative(d *b.Doc, key, headStyle, number string) {
	ctl(d, "{{range .叙述."+key+"}}")
	ctl(d, "{{if .标题}}")
	d.P(headStyle, "{{"+number+" .序号}}{{.标题}}")
	ctl(d, "{{end}}")
	d.P(b.Body, "{{段落 .正文}}")
	ctl(d, "{{end}}")
}

// verdict adds the scoring sentence of an indicator, by its template key.
func verdict(d *b.Doc, key string) {
	d.P(b.Body, fmt.Sprintf("按评分标准，本项%s：{{.评分.说明.%s}}。", "{{.评分.结论."+key+"}}", key))
}
