package guide

import (
	"fmt"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/scaffold"
	"jixiao/generator/yamlsrc"
)

// packExample is a runnable example of the chapter 为本县制作模板包: the
// 事实 and 指标 a pack declares, a unit's facts, and what jixiao computes
// from them. A test runs every example; the guide prints what it gives.
type packExample struct {
	Title   string
	Decl    string // pack.yaml's 事实 and 指标
	Facts   string // the unit's facts (after 单位 and 年度)
	Metric  string // the metric shown
	Want    string // its computation, as the 评分说明 writes it
	Comment string // a declared fact whose init lines the guide shows ("" for none)
}

// packExamples are the chapter's examples: a rate over two declared counts,
// a list summed with 合计, optional terms with 未填为0.
var packExamples = []packExample{
	{
		Title: "两个个数之比（项目入库率）",
		Decl: `事实:
  - 键: 项目库
    种类: 分组
    说明: 项目库管理情况（项目入库率）
  - 键: 项目库.入库项目数
    种类: 个数
    名称: 入库项目数
    说明: 年内纳入项目库的项目个数
    来源: 附件1-1 项目入库率
  - 键: 项目库.申报项目数
    种类: 个数
    名称: 申报项目数
    说明: 年内申报的项目个数
    来源: 附件1-1 项目入库率
指标:
  - 名称: 项目入库率
    公式: 项目库.入库项目数 ÷ 项目库.申报项目数 × 100%
`,
		Facts:   "项目库:\n  入库项目数: 12\n  申报项目数: 15\n",
		Metric:  "项目入库率",
		Want:    "项目入库率=12÷15×100%=80%",
		Comment: "项目库",
	},
	{
		Title: "列表中各项相加（人均培训费，金额）",
		Decl: `事实:
  - 键: 培训班
    种类: 列表
    名称: 培训班
    说明: 本年举办的培训班，一期一项
    表: 附件1-3 培训情况
    字段:
      - {键: 名称, 种类: 文字, 名称: 培训班名称}
      - {键: 人数, 种类: 人数, 名称: 参训人数}
      - {键: 费用, 种类: 金额, 名称: 培训费}
指标:
  - 名称: 人均培训费
    公式: 合计(培训班.费用) ÷ 合计(培训班.人数)
    单位: 万元
`,
		Facts:  "培训班:\n  - {名称: 业务培训, 人数: 40, 费用: 6.4}\n  - {名称: 财务培训, 人数: 24, 费用: 3.2}\n",
		Metric: "人均培训费",
		Want:   "人均培训费=9.6÷64=0.15万元",
	},
	{
		Title: "可以不填的项（信息化投入占比）",
		Decl: `事实:
  - 键: 信息化.硬件
    种类: 金额
    名称: 信息化硬件支出
  - 键: 信息化.软件
    种类: 金额
    名称: 信息化软件支出
指标:
  - 名称: 信息化投入占比
    公式: （未填为0(信息化.硬件) + 未填为0(信息化.软件)）÷ 合计.基本支出.本年决算 × 100%
`,
		Facts:  "信息化:\n  硬件: 12\n基本支出:\n  人员经费: {本年决算: 1700}\n  公用经费: {本年决算: 300}\n",
		Metric: "信息化投入占比",
		Want:   "信息化投入占比=12÷2000×100%=0.6%",
	},
}

// run evaluates the example: its declarations on the core schema, its
// facts, its metric with the common ones. It returns the metric's
// computation and, when asked, init's lines for a declared fact.
func (ex packExample) run() (calc, comment string, err error) {
	var diags diag.List
	n, d := yamlsrc.Parse("pack.yaml", []byte(ex.Decl))
	diags.Append(d)
	if n == nil {
		return "", "", diags
	}
	m := yamlsrc.NewMap("pack.yaml", n, &diags, "pack.yaml")
	decls := facts.LoadDecls("pack.yaml", m.List("事实", false), &diags)
	defs := metrics.LoadDefs("pack.yaml", m.List("指标", false), &diags)
	schema := facts.Schema()
	diags.Append(facts.Declare(schema, decls))
	f, d := facts.Load("某局-2023.yaml", []byte("单位: 某局\n年度: 2023\n"+ex.Facts), schema)
	diags.Append(d)
	if diags.HasErrors() {
		return "", "", diags
	}
	calc = metrics.Compute(f, append(append([]*metrics.Def{}, metrics.Base()...), defs...)).Get(ex.Metric).Formula()
	if ex.Comment != "" {
		comment = initLines(schema, ex.Comment, ex.Metric)
	}
	return calc, comment, nil
}

// initLines are the lines `jixiao init` writes for the top-level fact key.
func initLines(schema *facts.Field, key, usedBy string) string {
	usage := map[string][]string{}
	schema.Walk(func(path string, f *facts.Field) {
		if strings.HasPrefix(path, key+".") {
			usage[path] = []string{usedBy}
		}
	})
	text := string(scaffold.Facts(schema, scaffold.Options{Unit: "某局", Year: "2023", Usage: usage}))
	start := strings.Index(text, "\n# "+schema.Child(key).Desc)
	if start < 0 {
		return fmt.Sprintf("（init 没有写出“%s”）", key)
	}
	block, _, _ := strings.Cut(text[start+1:], "\n\n")
	return strings.TrimRight(block, "\n")
}
