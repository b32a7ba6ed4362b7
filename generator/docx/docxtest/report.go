package docxtest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"jixiao/generator/num"
)

// wordP writes a paragraph the way Word does: ids, revision marks, fonts.
func wordP(id int, ppr, text string) string {
	return fmt.Sprintf(`<w:p w14:paraId="%08X" w14:textId="77777777" w:rsidR="00A51D2E" w:rsidRDefault="00A51D2E" w:rsidP="00C1E4F7">`+
		`<w:pPr>%s<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>`+
		`<w:r w:rsidRPr="00A51D2E"><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/>`+
		`<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, id+0x100000, ppr, text)
}

// WordCell is a table cell the way Word writes one, holding text.
func WordCell(width int, text string) string {
	return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`+
		`<w:p w:rsidR="00A51D2E" w:rsidRDefault="00A51D2E"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>`+
		`<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="21"/></w:rPr>`+
		`<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>`, width, text)
}

// WordRow is a table row of cells holding the given texts.
func WordRow(cells ...string) string {
	var b strings.Builder
	b.WriteString(`<w:tr w:rsidR="00A51D2E" w:rsidTr="00A51D2E"><w:trPr><w:jc w:val="center"/></w:trPr>`)
	for _, c := range cells {
		b.WriteString(WordCell(1200, c))
	}
	b.WriteString(`</w:tr>`)
	return b.String()
}

// WordTable is a bordered table of cols columns holding rows.
func WordTable(cols int, rows ...string) string {
	return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>` +
		`<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
		`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
		`</w:tblBorders></w:tblPr><w:tblGrid>` + strings.Repeat(`<w:gridCol w:w="1200"/>`, cols) + `</w:tblGrid>` +
		strings.Join(rows, "") + `</w:tbl>`
}

// ReportTemplate is a report-like template of about ten pages: headings,
// narrative with inline figures (formatted by the template, computed by
// the scoring core, as jixiao's reports are), two tables with row loops
// (the second, of the projects, computing a rate per row), paragraph
// loops, conditions; and parts that stay as they are (styles, a picture,
// a theme). ReportData fills it.
func ReportTemplate() []byte {
	var b strings.Builder
	id := 0
	p := func(text string) { id++; b.WriteString(wordP(id, "", text)) }
	p(`{{.单位}}{{.年度}}年度部门整体支出绩效自评报告`)
	for s := 1; s <= 8; s++ {
		p(fmt.Sprintf(`{{一级序号 %d}}第%d部分`, s, s))
		for k := 1; k <= 6; k++ {
			p(fmt.Sprintf(`本年度预算收入{{万元 .收入}}万元，支出{{万元 .支出}}万元，执行率{{百分比 .执行率}}；在职{{数 .人员.在职}}人，编制{{数 .人员.编制}}人（段落%d-%d），`+
				`{{if gt (len .问题) 0}}存在问题{{len .问题}}项{{else}}未发现问题{{end}}。这是一段用于撑起篇幅的正文文字，按照县财政局的要求编写。`, s, k))
		}
		p(`{{段落 .概述}}`)
	}
	p(`{{range .问题}}`)
	p(`问题：{{.}}`)
	p(`{{end}}`)
	b.WriteString(WordTable(7, WordRow("一级", "二级", "三级", "分值", "评分要点", "得分", "说明"),
		WordRow(`{{range .指标}}{{.一级}}`, `{{.二级}}`, `{{.三级}}`, `{{数 .分值}}`, `{{.要点}}`, `{{数 .得分}}`, `{{或 .说明 "——"}}{{end}}`),
		WordRow("合计", "", "", `{{数 (合计 .指标 "分值")}}`, "", `{{数 (合计 .指标 "得分")}}`, "")))
	p(`资金使用情况如下表：`)
	b.WriteString(WordTable(4, WordRow("项目", "预算", "支出", "执行率"),
		WordRow(`{{range .项目}}{{.名称}}`, `{{万元 .预算}}`, `{{万元 .支出}}`, `{{百分比 (比率 .支出 .预算)}}{{end}}`)))
	p(`自评得分{{数 .总分}}分，等级为“{{.等级}}”。`)
	img := strings.Repeat("\x89PNG pixels ", 9000)
	return Package{Body: b.String(), Header: P(`{{.单位}}`), Footer: P("第 页"),
		Parts: map[string]string{"word/media/image1.png": img, "word/theme/theme1.xml": theme}}.Bytes()
}

// theme is a well-formed theme part of the size of a real one (8 KB).
var theme = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="x"><a:themeElements>` +
	strings.Repeat(`<a:ext uri="x"/>`, 480) + `</a:themeElements></a:theme>`

// ReportData is the data of ReportTemplate with the given number of
// projects (the rows of its second table), the same for the same number:
// 30 indicators, budgets and spending of the projects drawn from a fixed
// seed. Numbers are exact decimals, as jixiao's data are.
func ReportData(projects int) map[string]any {
	r := rand.New(rand.NewPCG(1, 2))
	var indicators, items []any
	for i := range 30 {
		indicators = append(indicators, map[string]any{"一级": "过程", "二级": "预算执行", "三级": fmt.Sprintf("指标%d", i+1),
			"分值": num.Int(int64(2 + i%4)), "要点": "全年预算执行率≥95%得满分，每低1%扣0.2分", "得分": num.MustParse(fmt.Sprintf("%d.5", 1+i%3)),
			"说明": nil})
	}
	for i := range projects {
		items = append(items, map[string]any{"名称": fmt.Sprintf("项目%d", i+1),
			"预算": num.Int(int64(100 + r.IntN(900))), "支出": num.Int(int64(50 + r.IntN(50)))})
	}
	return map[string]any{
		"单位": "长沙县机关事务中心", "年度": num.Int(2022),
		"收入": num.MustParse("16640.91"), "支出": num.MustParse("12819.60"), "执行率": num.MustParse("77.04"),
		"人员": map[string]any{"在职": num.Int(47), "编制": num.Int(51)},
		"问题": []any{"部分项目支出进度偏慢。", "资产登记不及时。"},
		"概述": "第一段：部门职责。\n第二段：机构设置。\n第三段：年度目标。",
		"指标": indicators, "项目": items, "总分": num.MustParse("92.5"), "等级": "优",
	}
}
