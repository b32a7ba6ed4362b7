package packsrc

import (
	"fmt"

	b "jixiao/generator/internal/docxbuild"
)

// ReportFile is the report template's file name in the pack.
const ReportFile = "附件1-3 自评报告.docx"

// report writes 附件1-3, the self-evaluation report, mirroring the seed's
// structure with every figure generated from facts, metrics and scores, and
// the headings numbered 一、/（一）/1./（1） as GB/T 9704 wants. Amounts and
// rates are written as official prose writes them (金额, 百分比: 1802万元,
// 61%). The report ends with the 署名 and the 成文日期, kept on one page
// with the last paragraph.
func report() ([]byte, error) {
	d := b.New("部门整体支出绩效自评报告")
	cover(d)
	d.P(b.Title, "部门整体支出绩效自评报告")
	d.Blank(1)
	basics(d)
	spending(d)
	performance(d)
	others(d)
	d.P(b.BodyKeep, "")
	d.P(b.Signature, "{{.单位}}")
	d.P(b.DateLine, "{{日期 .报告日期}}")
	return d.Bytes(b.Portrait, true, true)
}

// ctl adds a paragraph holding only control tags; the engine removes it.
func ctl(d *b.Doc, tags string) { d.P(b.Body, tags) }

// coverTitleWidth is how many 2号 characters a title line of the type area
// holds (156 mm ÷ 22 pt).
const coverTitleWidth = 20

// cover is the cover page: the 附件 label, the title broken between the
// year and unit and “整体支出绩效自评报告” (分行), the unit and its head.
// A unit name longer than a title line is broken where its words end (分行);
// 单位名称 and 单位负责人 hang their continuation lines under the value.
// The blank lines leave room for a unit name of 40 characters (five title
// lines, three lines of 单位名称) on one page.
func cover(d *b.Doc) {
	d.P(b.Label, "附件1-3")
	d.Blank(4)
	d.P(b.Title, fmt.Sprintf(`{{分行 %d (print .本年 "年度") .单位 "整体支出绩效自评报告"}}`, coverTitleWidth))
	d.Blank(5)
	d.P(b.CoverName, "单位名称（盖章）：{{.单位}}")
	d.P(b.CoverHead, "单位负责人（盖章）：{{.负责人}}")
	d.EndSection(b.Portrait, false, false)
}

// narrative adds the sections of 叙述.<key>, each a paragraph of style
// whose heading (numbered with the function number) runs into the first
// paragraph of its text, as the seed sets them: “1.标题。正文”.
func narrative(d *b.Doc, key, number, style string) {
	ctl(d, "{{range .叙述."+key+"}}")
	d.P(style, "{{段落 (接排 ("+number+" .序号) .标题 .正文)}}")
	ctl(d, "{{end}}")
}

// verdict adds the scoring sentence of an indicator, by its template key:
// its grounds, then its score, said once (评分.评语).
func verdict(d *b.Doc, key string) {
	d.P(b.Body, "{{.评分.评语."+key+"}}。")
}

// verdictLine adds an indicator's result under its name as one paragraph
// (评分.列项).
func verdictLine(d *b.Doc, key string) {
	d.P(b.Body, "{{.评分.列项."+key+"}}。")
}
