// Package guide writes docs/模板编写指南.md, the guide for template authors
// (finance staff, not programmers), from the code itself: every fact from
// the schema, every metric from its definition, every indicator from the
// rubric and every function with its examples (which a test runs). A test
// fails when the committed guide differs, so it cannot drift.
package guide

import (
	"fmt"
	"sort"
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/pack"
	"jixiao/generator/tmpl"
	"jixiao/generator/view"
)

// Markdown returns the guide for pack p.
func Markdown(p *pack.Pack) string {
	var b strings.Builder
	b.WriteString(intro)
	b.WriteString(conventions)
	factsSection(&b, p.Rubric.FactsSchema())
	computedSection(&b, p)
	scoresSection(&b, p)
	decisionsSection(&b, p)
	functionsSection(&b)
	b.WriteString(lintSection)
	packsChapter(&b)
	return b.String()
}

func factsSection(b *strings.Builder, root *facts.Field) {
	b.WriteString("\n## 四、事实（事实文件里的项）\n\n")
	b.WriteString("写法：`{{.人员.编制数}}`。没填的项在文档里显示为【待补：…】。列表用 `{{range .公共项目}}…{{.名称}}…{{end}}`。\n\n")
	b.WriteString("| 名称 | 种类 | 单位 | 说明 | 来源 |\n|---|---|---|---|---|\n")
	root.Walk(func(path string, f *facts.Field) {
		desc := f.Desc
		if f.Unprinted {
			desc += "（不进入文档）"
		}
		fmt.Fprintf(b, "| `.%s` | %s | %s | %s | %s |\n", path, f.Kind, f.Unit, cell(desc), cell(f.Source))
	})
}

func computedSection(b *strings.Builder, p *pack.Pack) {
	b.WriteString("\n## 五、计算出的数（由 jixiao 计算，模板只管摆放）\n\n")
	b.WriteString("### 合计\n\n表上的合计行，照单位所填的数写出：单位填了合计就用所填的数（即使与分项之和不符——" +
		"那是 `jixiao check` 报出的错误，文档不替单位改数），没填时才用分项之和：`{{金额 .合计.三公经费.本年决算}}`。" +
		"评分用的比率另按分项重新计算。\n\n")
	var rows []string
	for _, d := range metrics.TotalDefs() {
		rows = append(rows, "`.合计."+d.Name+"`")
	}
	b.WriteString(strings.Join(rows, "、") + "\n\n")
	b.WriteString("### 指标值与指标算式\n\n`{{百分比 .指标值.在职人员控制率}}` 写出“92.16%”；`{{.指标算式.在职人员控制率}}` 写出“47÷51×100%=92.16%”。" +
		"比率是精确计算后四舍五入到两位小数的百分数，评分用的就是这个数。缺数据时两者都显示【待补：…】（列出缺少的事实）；" +
		"分母为 0 时（如没有政府采购预算）两者都是“不适用”，`{{if 可用 .指标值.政府采购执行率}}…{{else}}…{{end}}` 可以分开写。\n\n")
	b.WriteString("| 名称 | 公式 | 依据 |\n|---|---|---|\n")
	for _, d := range p.Rubric.MetricDefs() {
		note := d.Source
		if d.Note != "" {
			note += "；" + d.Note
		}
		fmt.Fprintf(b, "| `.指标值.%s` | %s | %s |\n", d.Name, cell(words(d)), cell(note))
	}
	b.WriteString("\n### 其他\n\n" +
		"- `.本年`、`.上年`：年度和上一年度，如 2022、2021。\n" +
		"- `.三公经费明细`：报告中“三公”经费逐项的行，每项有 `.名称`、`.预算`、`.决算`（与 `.合计` 一样照所填的数）、`.占预算`（预算为 0 时为空）、`.超预算`、" +
		"`.说明`（这一项及其分项的说明，没有时为空）。\n" +
		"- `.楼堂馆所` 的每一项另有 `.规模控制率`（实际规模 ÷ 批复规模）和 `.投资概算控制率`（实际投资 ÷ 预算投资），" +
		"与其他比率一样精确计算后四舍五入到两位小数；缺数或分母为 0 时为【待补：…】。\n" +
		"- `.已填写`：事实文件是否写了某个列表，如 `.已填写.楼堂馆所`、`.已填写.项目支出.分类`。没写和写成 `[]` 在模板里都是空列表，" +
		"用它区分“本年没有”（`[]`）和“尚未填写”：`{{if .已填写.楼堂馆所}}本年无完工项目{{else}}【待补：楼堂馆所】{{end}}`。\n" +
		"- `.问题`：数据检查发现的问题，每项有 `.级别`（错误/提示）、`.位置`、`.说明`。\n")
}

// words is a metric's formula in words, or as written.
func words(d *metrics.Def) string {
	if d.Words != "" {
		return d.Words
	}
	return d.Formula
}

func scoresSection(b *strings.Builder, p *pack.Pack) {
	b.WriteString("\n## 六、评分\n\n" +
		"- `.评分.总分`、`.评分.等级`（优/良/中/差；不完整时为“待评”）、`.评分.完整`（是否全部评定）、" +
		"`.评分.待评分值`、`.评分.最高可得`、`.评分.缺少`（缺少的事实，按表上的位置写，如“附件1-2 “三公经费” 2021年预算数”）、`.评分.缺少数`。\n" +
		"- `.评分.合计得分`：附件1-1 合计行的得分（有待评的指标时为“待评”）。\n" +
		"- `.评分.指标`：附件1-1 的各行，每行有 `.一级指标` `.二级指标` `.三级指标` `.分值`（原件未给分值、由单位分配的指标是单位自己的分配）" +
		" `.得分`（待评时为“待评”） `.已评得分` `.待评分值`（有细项待评时，已评细项的得分和待评细项的分值；总分含已评得分） `.状态`（计算/评定/不适用/待评） `.说明`（完整的评分说明） `.简述`（一句话的结论，供报告正文用）" +
		" `.得分理由`（简述去掉末尾的得分，如“实际完成率97.5%，未达到目标值100%”；与得分写在一句里时用，免得得分说两遍）" +
		" `.评分要点` `.评分标准` `.细项`（每项有 `.名称` `.分值` `.得分` `.状态` `.说明` `.简述`），" +
		"`.合并评分标准`（原表的合并方式：评分标准空着的行沿用同一二级指标中上一行的，用 `{{纵向合并 .合并评分标准 .一级指标 .二级指标}}` 合并成一格），" +
		"所属一级、二级指标的分值 `.一级分值` `.二级分值`，" +
		"以及合并单元格用的 `.一级行数` `.二级行数`（组内第一行为行数，其余为 0；模板中更简单的做法是 `{{纵向合并 .一级指标}}`），" +
		"`.组内序号`（在所属一级指标中是第几个三级指标，1、2、…，按一级指标分节列出时编号用）。\n" +
		"- `.评分.一级指标`：各一级指标的 `.名称` `.分值` `.得分` `.待评分值` 和 `.二级指标`。\n" +
		"- `.评分.失分`：没有得满分的指标（与 `.评分.指标` 的行相同）。\n" +
		"- 按指标名称取：`.评分.得分.<名称>`、`.评分.说明.<名称>`（完整的评分说明，用于评分说明表）、`.评分.简述.<名称>`（简短的结论，用于报告正文）、" +
		"`.评分.结论.<名称>`（“得2分”或“待评”）、" +
		"`.评分.评语.<名称>`（报告正文的一句评分：理由在前、得分只说一次，如“按评分标准，“三公经费”变动率−6.82%，不超过0，本项得3分”；" +
		"待评时说明哪些已评、哪些缺数据）、`.评分.列项.<名称>`（带指标名称的一行，如“资产管理安全性：各项均达到评分标准，得3分”，" +
		"理由以指标名称开头时不重复名称）。名称去掉引号：\n\n")
	var keys []string
	for _, ind := range p.Rubric.Indicators() {
		keys = append(keys, "`"+view.Key(ind.Name)+"`")
	}
	b.WriteString(strings.Join(keys, "、") + "\n")
}

// decisionsSection lists how the pack resolved the defects of the official
// form: the pack's business, shown here and by `jixiao lint`, never in a
// unit's documents.
func decisionsSection(b *strings.Builder, p *pack.Pack) {
	b.WriteString("\n### 模板包对原件的处理\n\n评分规则中的“调整说明”写明模板包怎样处理原件自相矛盾或空缺之处。" +
		"它们是模板包的决定，由本指南和 `jixiao lint` 列出，**不印入单位的文档**（单位交的是原件的表格，模板里不要用 `.调整说明`）。" +
		"标有“单位分配”的指标，分值由单位在事实文件的 `分值分配` 中按部门实际在同一二级指标内分配，表上印单位自己的分值。\n\n")
	b.WriteString("| 指标 | 处理 |\n|---|---|\n")
	for _, d := range p.Rubric.Decisions() {
		fmt.Fprintf(b, "| %s | %s |\n", cell(d.Indicator), cell(d.Text))
	}
}

func functionsSection(b *strings.Builder) {
	b.WriteString("\n## 七、函数\n\n写法：`{{函数名 参数 …}}`，如 `{{金额 .合计.三公经费.本年预算}}`。下表每个例子都由测试实际运行过。\n\n" +
		"数字的写法只有一套：`金额`（正文，带单位）、`万元`（表格）、`百分比`、`增减`、`数`，都照公文不分千位、去掉末尾的 0；" +
		"`千分位` 只在模板包要求表格分千位时用。\n\n")
	b.WriteString("| 函数 | 作用 | 例子 | 结果 |\n|---|---|---|---|\n")
	for _, f := range tmpl.Registry() {
		for i, ex := range f.Examples {
			doc := cell(f.Doc)
			name := "`" + f.Name + "`"
			if i > 0 {
				doc, name = "", ""
			}
			fmt.Fprintf(b, "| %s | %s | `%s` | %s |\n", name, doc, strings.ReplaceAll(ex.Template, "|", `\|`), cell(ex.Want))
		}
	}
	var others []string
	for _, n := range tmpl.Names() {
		if !isDomain(n) {
			others = append(others, "`"+n+"`")
		}
	}
	sort.Strings(others)
	b.WriteString("\n此外可以用 sprig 的这些函数（都不读环境变量、文件、时钟或网络）：" + strings.Join(others, " ") + "。\n" +
		"`add` `sub` `mul` `div` 等按整数计算，`addf` 一类按浮点数计算，**金额请用 加 减 乘 除 比率**，它们按精确小数计算。\n")
}

func isDomain(name string) bool {
	for _, f := range tmpl.Registry() {
		if f.Name == name {
			return true
		}
	}
	return false
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}
