package docxbuild

import (
	"fmt"
	"strings"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// style is one paragraph style of styles.xml.
type style struct {
	id, name, font string
	size           int
	pPr            string
}

// Paragraph style ids used by Doc.
const (
	Body     = "Normal"
	Title    = "Title"
	Heading1 = "Heading1"
	Heading2 = "Heading2"
	Heading3 = "Heading3"
	Heading4 = "Heading4"
	Label    = "Label"  // “附件1-3” at the top left, 黑体
	Plain    = "Plain"  // body font without the first-line indent
	Center   = "Center" // body font, centred
	Right    = "Right"  // body font, right-aligned
	// BodyKeep is Body kept on one page with the next paragraph: the last
	// paragraphs of a report, so the 署名 never stands alone on a page.
	BodyKeep  = "BodyKeep"
	Signature = "Signature" // 署名: right-aligned, kept with the date
	DateLine  = "DateLine"  // 成文日期 under the 署名
	Cover     = "Cover"     // cover page entries, indented four characters
	// CoverName and CoverHead are the cover's 单位名称 and 单位负责人 lines:
	// Cover with a hanging indent, so that a long value that wraps lines
	// up under its own start, after “单位名称（盖章）：”.
	CoverName = "CoverName"
	CoverHead = "CoverHead"
	Cell      = "TableText" // table cells
	CellHead  = "TableHead" // table header cells, 黑体
	// CellSmall and CellHeadSmall are Cell and CellHead in 小五, for tables
	// dense with text (附件1-1).
	CellSmall     = "TableTextSmall"
	CellHeadSmall = "TableHeadSmall"
	Footer        = "Footer"
)

// offGrid keeps text off the page's 22-line grid, so that its own exact
// line spacing holds: LibreOffice would otherwise give every line of a
// table cell a full 28.95 pt grid line, and every 36 pt title or cover line
// two of them (a cover for a unit name of 40 characters would not fit).
const offGrid = `<w:snapToGrid w:val="0"/>`

// tableGrid is offGrid for table text.
const tableGrid = offGrid

var styles = []style{
	{Title, "标题", "方正小标宋简体", TitleSize, offGrid + `<w:spacing w:line="720" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>`},
	{Heading1, "一级标题", "黑体", BodySize, `<w:keepNext/><w:outlineLvl w:val="0"/>`},
	{Heading2, "二级标题", "楷体_GB2312", BodySize, `<w:keepNext/><w:outlineLvl w:val="1"/>`},
	{Heading3, "三级标题", "仿宋_GB2312", BodySize, `<w:keepNext/><w:outlineLvl w:val="2"/>`},
	{Heading4, "四级标题", "仿宋_GB2312", BodySize, `<w:outlineLvl w:val="3"/>`},
	{Label, "附件标注", "黑体", BodySize, `<w:ind w:firstLine="0"/><w:jc w:val="left"/>`},
	{Plain, "正文不缩进", "仿宋_GB2312", BodySize, `<w:ind w:firstLine="0"/>`},
	{Center, "正文居中", "仿宋_GB2312", BodySize, `<w:ind w:firstLine="0"/><w:jc w:val="center"/>`},
	{Right, "正文右对齐", "仿宋_GB2312", BodySize, `<w:ind w:right="640" w:firstLine="0"/><w:jc w:val="right"/>`},
	{BodyKeep, "正文（与下段同页）", "仿宋_GB2312", BodySize, `<w:keepNext/><w:keepLines/>`},
	{Signature, "署名", "仿宋_GB2312", BodySize, `<w:keepNext/><w:keepLines/><w:ind w:right="640" w:firstLine="0"/><w:jc w:val="right"/>`},
	{DateLine, "成文日期", "仿宋_GB2312", BodySize, `<w:keepLines/><w:ind w:right="640" w:firstLine="0"/><w:jc w:val="right"/>`},
	{Cover, "封面项", "仿宋_GB2312", BodySize, offGrid + `<w:spacing w:line="720" w:lineRule="exact"/><w:ind w:left="1280" w:firstLine="0"/><w:jc w:val="left"/>`},
	{CoverName, "封面单位名称", "仿宋_GB2312", BodySize, coverHanging(len([]rune("单位名称（盖章）：")))},
	{CoverHead, "封面单位负责人", "仿宋_GB2312", BodySize, coverHanging(len([]rune("单位负责人（盖章）：")))},
	{Cell, "表格文字", "仿宋_GB2312", TableSize, tableGrid + `<w:spacing w:line="260" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>`},
	{CellHead, "表格标题", "黑体", TableSize, tableGrid + `<w:spacing w:line="300" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>`},
	{CellSmall, "表格文字（小）", "仿宋_GB2312", SmallTableSize, tableGrid + `<w:spacing w:line="240" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>`},
	{CellHeadSmall, "表格标题（小）", "黑体", SmallTableSize, tableGrid + `<w:spacing w:line="240" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>`},
	{Footer, "页脚", "宋体", FooterSize, `<w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/>`},
}

// stylesXML is word/styles.xml: the defaults (3号仿宋, justified, 2-character
// first-line indent, exact 28.95 pt lines) and the styles above.
func stylesXML() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:styles ` + wNS + `><w:docDefaults><w:rPrDefault><w:rPr>` + font("仿宋_GB2312") + size(BodySize) +
		fmt.Sprintf(`<w:spacing w:val="%d"/>`, CharSpacing) + `<w:kern w:val="2"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	fmt.Fprintf(&b, `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>`+
		`<w:pPr><w:spacing w:line="%d" w:lineRule="exact"/><w:ind w:firstLine="640"/><w:jc w:val="both"/></w:pPr>`+
		`<w:rPr>%s%s</w:rPr></w:style>`, LinePitch, font("仿宋_GB2312"), size(BodySize))
	for _, s := range styles {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/><w:qFormat/>`+
			`<w:pPr>%s</w:pPr><w:rPr>%s%s</w:rPr></w:style>`, s.id, s.name, s.pPr, font(s.font), size(s.size))
	}
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
		`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

// fontTableXML names each official font with a fallback (altName) and the
// GB2312 charset, so Word and LibreOffice substitute a Chinese face.
func fontTableXML() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<w:fonts " + wNS + ">")
	for _, f := range Fonts {
		alt := ""
		if f.Alt != "" {
			alt = fmt.Sprintf(`<w:altName w:val="%s"/>`, esc(f.Alt))
		}
		charset := "86"
		if f.Alt == "" {
			charset = "00"
		}
		fmt.Fprintf(&b, `<w:font w:name="%s">%s<w:charset w:val="%s"/><w:family w:val="%s"/><w:pitch w:val="variable"/></w:font>`,
			esc(f.Name), alt, charset, f.Family)
	}
	b.WriteString(`</w:fonts>`)
	return b.String()
}

// coverHanging is the paragraph properties of a cover line whose label is
// n characters: the Cover indent, and the value's continuation lines hung
// under its first character (a 3号 character is 320 twips, tightened by
// CharSpacing).
func coverHanging(n int) string {
	const indent, char = 1280, 320 + CharSpacing
	hang := n * char
	return offGrid + fmt.Sprintf(`<w:spacing w:line="720" w:lineRule="exact"/><w:ind w:left="%d" w:hanging="%d"/><w:jc w:val="left"/>`, indent+hang, hang)
}
