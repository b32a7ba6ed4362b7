package guide

import (
	"fmt"
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/formula"
	"jixiao/generator/metrics"
	"jixiao/generator/rubric"
)

// packsChapter is the chapter 为本县制作模板包: how a county declares its own
// facts and metrics in pack.yaml, with examples a test runs.
func packsChapter(b *strings.Builder) {
	b.WriteString(packsIntro)
	declFactsSection(b)
	declMetricsSection(b)
	b.WriteString(packsRules)
	b.WriteString(packsForms)
	examplesSection(b)
	b.WriteString(packsCheck)
}

const packsIntro = `
## 九、为本县制作模板包

各地的部门整体支出绩效评价指标表不尽相同：有的县考核重点项目支出占项目支出的比重、结转结余的增减，有的把公务接待费的变动单列一项。
这些都可以写在模板包里，不需要改程序：

1. 在 ` + "`pack.yaml`" + ` 的 ` + "`事实:`" + ` 中声明本县需要单位填写的新事实（每项的键、种类、表上的名称、单位、说明、来源、是否必填）；
2. 在 ` + "`指标:`" + ` 中用公式声明新指标；
3. 在 ` + "`rubric.yaml`" + ` 中像读取共性指标一样按名称读取它们（` + "`取值: 项目入库率`" + `）；
4. 运行 ` + "`jixiao lint --pack 模板包`" + ` 检查。

声明之后，` + "`jixiao init`" + ` 写出的事实文件、` + "`jixiao schema`" + ` 的 JSON Schema、` + "`jixiao check`" + ` 的提示、评分说明和本指南都会列出它们。
仓库里的 ` + "`templates/framework-2013`" + `（按财预〔2013〕53号 附件2 部门整体支出绩效评价共性指标体系框架编制）就是这样做的完整例子。
`

// declFactsSection lists the keys and kinds of a fact declaration.
func declFactsSection(b *strings.Builder) {
	b.WriteString("\n### 1. 声明事实（`事实:`）\n\n每项一个事实，可用的键：\n\n")
	b.WriteString("| 键 | 写什么 |\n|---|---|\n")
	for _, k := range facts.DeclKeys {
		fmt.Fprintf(b, "| `%s` | %s |\n", k, declKeyDocs[k])
	}
	fmt.Fprintf(b, "\n`种类` 可写：%s。金额一律以万元为单位，不小于 0；人数、个数是不小于 0 的整数；"+
		"比率填百分数的数字（75%% 填 75）。不能用这些名称作为第一段：%s。\n", strings.Join(facts.DeclKinds, "、"), strings.Join(facts.ReservedKeys, "、"))
}

var declKeyDocs = map[string]string{
	"键":     "它在事实文件中的位置，各段用“.”分隔：`重点支出`、`结转结余.上年结转结余总额`（可以加到已有的一组事实下面；没有的上级自动成为一组）",
	"种类":    "金额、人数、个数、比率、文字、是否、日期、列表，或 分组（只给一组事实写说明）",
	"名称":    "表上印的名称，`check` 的提示和评分说明都用它；可以写 `{本年}`、`{上年}`，印成年份",
	"说明":    "这一项是什么，`init` 写在它上面的注释里",
	"单位":    "人数、个数的单位（项、份、卷……）；金额固定为万元，比率固定为%",
	"来源":    "出自哪张表、哪个文件，写在注释里；以“附件”开头时也是查找位置",
	"表":     "在哪张表上找到它（`附件1-2`、`附件1-1 项目入库率`）；写 `附件1-2` 的自动印在附件1-2 上（见下文）",
	"栏":     "金额分栏，列出 上年预算、上年决算、本年预算、本年决算 中的几栏，成为表上的一行",
	"必填":    "是：上报的材料必须填写（`check --final` 列出没填的）",
	"可填":    "文字只能从这几个值中选一个，如 `[部门整体, 项目支出]`",
	"不进入文档": "是：只用于计分或核对，注释写明“不进入文档”",
	"字段":    "列表每一项有哪些栏，每栏同样写 键、种类、名称……",
}

// declMetricsSection lists the keys of a metric declaration and the
// notation of formulas.
func declMetricsSection(b *strings.Builder) {
	b.WriteString("\n### 2. 声明指标（`指标:`）\n\n每项一个指标，可用的键：\n\n| 键 | 写什么 |\n|---|---|\n")
	for _, k := range metrics.DefKeys {
		fmt.Fprintf(b, "| `%s` | %s |\n", k, defKeyDocs[k])
	}
	b.WriteString("\n公式照表上的写法：`+ − × ÷`（也可以写 `+ - * /`）、括号（全角半角都行）、数字，名称写事实的路径（`人员.编制数`）" +
		"或重新计算的合计（`合计.三公经费.本年预算`，见第五节）。函数：`" + strings.Join(formula.Funcs, "` `") + "`：\n\n" +
		"- `合计(列表.字段)`：把列表各项的某一栏加起来，如 `合计(楼堂馆所.实际投资)`；\n" +
		"- `个数(列表)`：列表的项数；\n" +
		"- `最小(a, b, …)`、`最大(a, b, …)`；\n" +
		"- `未填为0(x)`：x 没有填写（或列表写了“无”）时按 0 计，评分说明的算式中不写出这一项。\n\n" +
		"以 `× 100%` 结尾的公式是百分比：结果四舍五入到两位小数（按显示的数评分），评分说明写成“项目入库率=12÷15×100%=80%”。" +
		"其他公式的结果也四舍五入到两位小数。全部按精确小数计算，没有浮点误差。\n" +
		"在 `{…}` 一行的写法中，公式里的半角逗号会被 YAML 当作分隔：函数的参数之间请用“、”或全角“，”，或者把公式单独写一行。\n\n" +
		"共性指标（第五节的表）每个模板包都可以直接用；模板包声明的指标与共性指标同名时，以模板包的为准。\n")
}

var defKeyDocs = map[string]string{
	"名称":   "评分规则和模板用的名称（`取值: 项目入库率`、`{{.指标值.项目入库率}}`）",
	"标题":   "印出的名称与名称不同时写（如带引号的 “三公经费”变动率）",
	"公式":   "计算公式，见下",
	"公式说明": "用文字写的公式，列在本指南中",
	"依据":   "公式出自哪里",
	"口径":   "计算口径等说明",
	"单位":   "不是百分比的指标的单位（个、万元）",
	"下限":   "合理范围的下限，超出时 `check` 提示核实",
	"上限":   "合理范围的上限",
	"超出说明": "超出合理范围时提示的原因",
}

var packsRules = `
### 3. 评分规则读取新指标

` + "`rubric.yaml`" + ` 中按名称读取，与共性指标完全一样：` + "`规则: {类型: 分段, 取值: 项目入库率, 分母为0: 不适用, 分段: […]}`" + `。
公式里有除法（除以某个事实）的指标，读取它的规则必须写明 ` + "`" + rubric.ZeroKey + "`" + ` 时怎样计分：` + outcomesText() + `，
或分两种情况 ` + "`{分子为0: …, 分子不为0: …}`" + `——没有写的，` + "`jixiao lint`" + ` 报错。条件（` + "`是否`" + ` 规则的 ` + "`条件`" + `）也可以读新指标：` + "`条件: 项目入库率 >= 80%`" + `。
`

func outcomesText() string {
	var out []string
	for _, o := range rubric.Outcomes {
		out = append(out, string(o))
	}
	return strings.Join(out, "、")
}

var packsForms = `
### 4. 表格跟着评分规则和事实走

- 附件1-1（Excel 和 Word）和评分说明按 ` + "`rubric.yaml`" + ` 逐行生成：有几个三级指标就有几行，一级、二级指标按分组合并，不需要改模板。
- 附件1-2 可以加行而不用改 XML：声明时写 ` + "`表: 附件1-2`" + ` 的事实，自动出现在模板的 ` + "`.基础数据表`" + ` 中——
  写了 ` + "`栏`" + ` 的金额在 ` + "`.基础数据表.经费行`" + `（每行有 ` + "`.名称`" + ` 和 ` + "`.上年预算` `.上年决算` `.本年预算` `.本年决算`" + `，没有声明的栏为“——”），
  其余（列表除外）在 ` + "`.基础数据表.其他行`" + `（` + "`.名称` `.值` `.单位`" + `）。附件1-2 模板里各有一行循环：
  ` + "`{{range .基础数据表.经费行}}{{.名称}}`" + ` | ` + "`{{.上年决算}}`" + ` | ` + "`{{.本年预算}}`" + ` | ` + "`{{.本年决算}}{{end}}`" + `，
  ` + "`{{range .基础数据表.其他行}}{{.名称}}`" + ` | ` + "`{{.值}}`" + ` | ` + "`{{.单位}}{{end}}`" + `。
  ` + "`templates/framework-2013`" + ` 的附件1-2 已经有这两行；从内置模板包导出的附件1-2 没有（内置模板包没有声明事实），需要时在 Excel/Word 中照样加一行即可。
- 其他文档用名称直接引用新事实：` + "`{{.项目库.入库项目数}}`" + `、` + "`{{.指标算式.项目入库率}}`" + `。
`

// examplesSection prints each example with what jixiao computes from it.
func examplesSection(b *strings.Builder) {
	b.WriteString("\n### 5. 例子\n\n下面每个例子都由测试实际运行过：pack.yaml 中的声明、单位填写的事实，以及评分说明中写出的算式。\n")
	for i, ex := range packExamples {
		calc, comment, err := ex.run()
		if err != nil {
			calc = "（例子有误：" + err.Error() + "）"
		}
		fmt.Fprintf(b, "\n#### 例%d：%s\n\npack.yaml：\n\n%s\n事实文件：\n\n%s\n结果：%s\n", i+1, ex.Title, indentBlock(ex.Decl), indentBlock(ex.Facts), calc)
		if comment != "" {
			fmt.Fprintf(b, "\n`jixiao init` 写出：\n\n%s\n", indentBlock(comment+"\n"))
		}
	}
}

// indentBlock makes text a Markdown code block (four spaces).
func indentBlock(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "    " + l
	}
	return strings.Join(lines, "\n") + "\n"
}

var packsCheck = `
### 6. 检查

` + "`jixiao lint --pack 模板包`" + ` 检查每个公式：名称是否存在（写错时提示“是不是……？”），是否把文字、日期拿来计算，
列表中的数是否用了 ` + "`合计(…)`" + `，相加的两个数单位是否相同，有除法的指标是否写了 ` + "`" + rubric.ZeroKey + "`" + `；
每条都标明 pack.yaml 的行和公式中的位置。声明了却没有任何公式、规则或模板用到的事实，和没有规则或模板用到的指标，各在它声明的那一行给出一条提示。
`
