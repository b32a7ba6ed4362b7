package packsrc

import (
	b "jixiao/generator/internal/docxbuild"
)

func basics(d *b.Doc) {
	d.P(b.Heading1, "一、部门基本情况")
	d.P(b.Heading2, "（一）部门的职能职责")
	d.P(b.Body, "{{段落 .职能职责.概述}}")
	ctl(d, "{{range $i, $x := .职能职责.条目}}")
	d.P(b.Body, "{{三级序号 (add1 $i)}}{{$x}}")
	ctl(d, "{{end}}")
	d.P(b.Heading2, "（二）部门的年度预算绩效目标")
	d.P(b.Body, "项目绩效总目标：{{段落 .绩效目标.总目标}}")
	ctl(d, "{{range $i, $x := .绩效目标.目标}}")
	d.P(b.Body, "目标{{add1 $i}}：{{$x}}")
	ctl(d, "{{end}}")
	ctl(d, "{{if 可用 .绩效目标.补充}}")
	d.P(b.Body, "{{段落 .绩效目标.补充}}")
	ctl(d, "{{end}}")
}

func spending(d *b.Doc) {
	d.P(b.Heading1, "二、部门整体支出管理及使用情况")
	d.P(b.Heading2, "（一）基本支出情况")
	d.P(b.Body, "{{.本年}}年基本支出{{金额 .合计.基本支出.本年决算}}，主要包括以下两个方面的支出：")
	d.P(b.Body, "1.人员经费支出{{金额 .基本支出.人员经费.本年决算}}{{if 可用 .基本支出.人员经费.说明}}，{{段落 .基本支出.人员经费.说明}}{{else}}。{{end}}")
	d.P(b.Body, "2.日常运行公用经费支出{{金额 .基本支出.公用经费.本年决算}}{{if 可用 .基本支出.公用经费.说明}}，{{段落 .基本支出.公用经费.说明}}{{else}}。{{end}}")
	d.P(b.Heading2, "（二）项目支出情况")
	d.P(b.Body, "{{.本年}}年项目支出{{金额 .合计.项目支出.本年决算}}{{if .项目支出.用途分项}}，主要包括{{中文数量 (len .项目支出.用途分项)}}个方面：{{else}}。{{end}}")
	ctl(d, "{{range $i, $x := .项目支出.用途分项}}")
	d.P(b.Body, "{{三级序号 (add1 $i)}}{{$x.名称}}{{金额 $x.金额}}{{if 可用 $x.用途}}，主要用于{{段落 $x.用途}}{{else}}。{{end}}")
	ctl(d, "{{end}}")
	threePublicSpending(d)
}

// threePublicSpending is （三）“三公”经费使用情况: the unit's introduction,
// the totals as 附件1-2 states them, and a line per item with the unit's
// notes on it.
func threePublicSpending(d *b.Doc) {
	d.P(b.Heading2, "（三）“三公”经费使用情况")
	d.P(b.Body, "{{if 可用 .三公经费.说明}}{{段落 .三公经费.说明}}{{end}}{{.本年}}年“三公”经费支出预算总额{{金额 .合计.三公经费.本年预算}}，"+
		"实际支出总额{{金额 .合计.三公经费.本年决算}}。具体情况如下：")
	ctl(d, "{{range $i, $x := .三公经费明细}}")
	d.P(b.Body, "{{三级序号 (add1 $i)}}{{$x.名称}}年初预算{{金额 $x.预算}}，实际支出{{金额 $x.决算}}"+
		"{{if $x.占预算}}，占全年预算的{{百分比 $x.占预算}}，{{if $x.超预算}}超出预算{{else}}未超预算{{end}}{{end}}。{{段落 $x.说明}}")
	ctl(d, "{{end}}")
}

func performance(d *b.Doc) {
	d.P(b.Heading1, "三、部门整体支出绩效情况")
	result(d, changsha.table11)
	allocation(d)
	execution(d)
	management(d)
	d.P(b.Heading2, "（五）部门项目组织实施情况")
	narrative(d, "项目组织实施", "三级序号", b.Body)
	assets(d)
	duties(d)
	benefits(d)
	d.P(b.Heading2, "（九）特色亮点工作")
	narrative(d, "特色亮点", "三级序号", b.Body)
}

// result is （一）自评结果及得分情况, against the pack's indicator table
// (its title).
func result(d *b.Doc, table string) {
	d.P(b.Heading2, "（一）自评结果及得分情况")
	d.P(b.Body, "对照《"+table+"》逐项自评，{{if .评分.完整}}我单位{{.本年}}年度部门整体支出绩效自评得分为{{数 .评分.总分}}分，"+
		"等级为“{{.评分.等级}}”。{{else}}目前已评定的指标共得{{数 .评分.总分}}分，尚有{{数 .评分.待评分值}}分的指标因缺少数据待评"+
		"（最高可得{{数 .评分.最高可得}}分），总分和等级待全部指标评定后确定。{{end}}")
	d.P(b.Body, "各一级指标得分：{{range $i, $g := .评分.一级指标}}{{if $i}}；{{end}}{{$g.名称}}指标（{{数 $g.分值}}分）得{{数 $g.得分}}分"+
		"{{if 大于 $g.待评分值 0}}，另有{{数 $g.待评分值}}分待评{{end}}{{end}}。")
	ctl(d, "{{if .评分.失分}}")
	d.P(b.Body, "失分的指标如下：")
	ctl(d, "{{range $i, $r := .评分.失分}}")
	d.P(b.Body, "{{三级序号 (add1 $i)}}{{$r.三级指标}}（{{数 $r.分值}}分）得{{数 $r.得分}}分：{{$r.得分理由}}。")
	ctl(d, "{{end}}")
	ctl(d, "{{end}}")
}

func allocation(d *b.Doc) {
	d.P(b.Heading2, "（二）预算配置评价")
	d.P(b.Heading3, "1.在职人员控制率")
	d.P(b.Body, "{{.本年}}年度我单位在职人员{{数 .人员.在职人数}}人，人员编制数{{数 .人员.编制数}}名，在职人员控制率{{率 .指标值.在职人员控制率}}。")
	verdict(d, "人员控制率")
	d.P(b.Heading3, "2.“三公经费”变动率")
	d.P(b.Body, "{{.本年}}年“三公经费”预算总额为{{金额 .合计.三公经费.本年预算}}，{{.上年}}年“三公经费”预算总额为"+
		"{{金额 .合计.三公经费.上年预算}}，{{if 小于 .指标值.三公经费变动率 0}}比上年{{增减 .指标值.三公经费变动率}}"+
		"{{else}}“三公经费”变动率{{率 .指标值.三公经费变动率}}{{end}}。")
	verdict(d, "三公经费变动率")
}

func execution(d *b.Doc) {
	d.P(b.Heading2, "（三）预算执行评价")
	d.P(b.Heading3, "1.预算执行率")
	d.P(b.Body, "{{.本年}}年年初财政批复的预算数为{{金额 .预算执行.年初预算数}}"+
		"{{if not (等于 .预算执行.年初预算数 .预算执行.预算数)}}，调整后的预算数为{{金额 .预算执行.预算数}}{{end}}，"+
		"预算完成数为{{金额 .预算执行.预算完成数}}，预算执行率{{率 .指标值.预算执行率}}{{if 可用 .预算执行.口径}}（按{{.预算执行.口径}}口径计算）{{end}}。")
	verdict(d, "预算执行率")
	d.P(b.Heading3, "2.预算调整率")
	d.P(b.Body, "{{.本年}}年预算调整数为{{金额 .预算调整.调整数}}{{if 可用 .预算调整.说明}}（{{.预算调整.说明}}）{{end}}"+
		"{{if .预算调整.不计入}}，其中{{range $i, $x := .预算调整.不计入}}{{if $i}}、{{end}}{{$x.事由}}{{金额 $x.金额}}"+
		"{{if 可用 $x.类别}}（{{$x.类别}}）{{end}}{{end}}按规定不计入预算调整率{{end}}，预算调整率{{率 .指标值.预算调整率}}。")
	verdict(d, "预算调整率")
	d.P(b.Heading3, "3.结转结余")
	d.P(b.Body, "{{if 可用 .结转结余.县本级资金结转}}{{if 等于 .结转结余.县本级资金结转 0}}{{.本年}}年县本级资金无结转"+
		"{{else}}{{.本年}}年县本级资金结转{{金额 .结转结余.县本级资金结转}}{{end}}{{else}}县本级资金结转情况：{{.结转结余.县本级资金结转}}{{end}}"+
		"{{if 可用 .结转结余.结转结余总额}}，年末结转结余总额{{金额 .结转结余.结转结余总额}}{{end}}。")
	verdict(d, "结转结余")
	publicFunds(d)
	d.P(b.Heading3, "5.“三公经费”控制率")
	d.P(b.Body, "{{.本年}}年“三公经费”预算安排数为{{金额 .合计.三公经费.本年预算}}，实际支出数为{{金额 .合计.三公经费.本年决算}}，"+
		"“三公经费”控制率{{率 .指标值.三公经费控制率}}。")
	verdict(d, "三公经费控制率")
	d.P(b.Heading3, "6.政府采购执行率")
	d.P(b.Body, "{{.本年}}年年初政府采购预算数为{{金额 .政府采购.本年预算}}，实际政府采购金额为{{金额 .政府采购.本年决算}}，"+
		"政府采购执行率{{率 .指标值.政府采购执行率}}。{{if 可用 .政府采购.说明}}{{段落 .政府采购.说明}}{{end}}")
	verdict(d, "政府采购执行率和规范性")
}

// publicFunds is 公用经费控制率, with a line for each 其中 row over its
// budget or with a 说明 of the unit's, the 说明 right after its figures.
func publicFunds(d *b.Doc) {
	d.P(b.Heading3, "4.公用经费控制率")
	d.P(b.Body, "{{.本年}}年实际支出公用经费总额为{{金额 .基本支出.公用经费.本年决算}}，预算安排公用经费总额为"+
		"{{金额 .基本支出.公用经费.本年预算}}，公用经费控制率{{率 .指标值.公用经费控制率}}。")
	ctl(d, "{{range .基本支出.公用经费其中}}{{if or (大于 .本年决算 .本年预算) (可用 .说明)}}")
	d.P(b.Body, "其中{{.名称}}预算{{金额 .本年预算}}，实际支出{{金额 .本年决算}}"+
		"{{if 大于 .本年决算 .本年预算}}，超出预算{{金额 (减 .本年决算 .本年预算)}}{{end}}{{if 可用 .说明}}，{{段落 .说明}}{{else}}。{{end}}")
	ctl(d, "{{end}}{{end}}")
}

func management(d *b.Doc) {
	d.P(b.Heading2, "（四）预算管理评价")
	d.P(b.Heading3, "1.管理制度健全情况")
	d.P(b.Body, "{{if .管理制度}}为规范机关财务管理，建立健全财务管理制度，我单位制定了{{join \"、\" .管理制度}}等一系列管理制度。"+
		"{{else}}管理制度：【待补：管理制度】{{end}}")
	narrative(d, "预算管理", "四级序号", b.Body)
	verdict(d, "管理制度健全性")
	d.P(b.Heading3, "2.资金使用合规性")
	narrative(d, "资金使用合规性", "四级序号", b.Body)
	verdict(d, "资金使用合规性")
	d.P(b.Heading3, "3.预决算信息公开性")
	narrative(d, "信息公开", "四级序号", b.Body)
	verdict(d, "信息公开性")
}

func assets(d *b.Doc) {
	d.P(b.Heading2, "（六）资产管理情况")
	narrative(d, "资产管理", "三级序号", b.Body)
	for _, key := range []string{"资产管理制度健全性", "资产管理安全性", "固定资产保管和使用情况"} {
		verdictLine(d, key)
	}
}

func duties(d *b.Doc) {
	d.P(b.Heading2, "（七）职责履行评价")
	d.P(b.Body, "{{.本年}}年度计划工作{{数 .职责履行.计划工作数}}项，实际完成{{数 .职责履行.实际完成数}}项，实际完成率{{率 .指标值.实际完成率}}；"+
		"按时完成{{数 .职责履行.及时完成数}}项，完成及时率{{率 .指标值.完成及时率}}；质量达标{{数 .职责履行.质量达标数}}项，"+
		"质量达标率{{率 .指标值.质量达标率}}；重点工作交办{{数 .职责履行.重点工作交办数}}项，办结{{数 .职责履行.重点工作完成数}}项，"+
		"重点工作办结率{{率 .指标值.重点工作办结率}}。")
	narrative(d, "职责履行", "三级序号", b.Body)
	for _, key := range []string{"实际完成率", "完成及时性", "质量达标率", "重点项目或工作办结率"} {
		verdictLine(d, key)
	}
}

// benefits is （八）履职效益评价: the satisfaction survey (how it was done,
// in the unit's words, and its result), the unit's sections on its
// benefits, then the scores of the four indicators they justify.
func benefits(d *b.Doc) {
	d.P(b.Heading2, "（八）履职效益评价")
	ctl(d, "{{if 可用 .满意度.调查说明}}")
	d.P(b.Body, "{{段落 .满意度.调查说明}}")
	ctl(d, "{{end}}")
	d.P(b.Body, "{{if 可用 .指标值.满意度}}社会公众或服务对象满意度调查有效样本{{数 .满意度.有效样本数}}份，"+
		"其中满意{{数 .满意度.满意数}}份、基本满意{{数 .满意度.基本满意数}}份，满意度{{率 .指标值.满意度}}。"+
		"{{else}}社会公众或服务对象满意度：{{.指标值.满意度}}。{{end}}")
	narrative(d, "履职效益", "三级序号", b.Body)
	for _, key := range []string{"经济效益", "社会效益", "生态效益", "社会公众或服务对象满意度"} {
		verdictLine(d, key)
	}
}

// others is 四、其他需要说明的问题. The paragraphs of its last section are
// kept with the 署名 that follows, so the 署名 never starts a page.
func others(d *b.Doc) {
	d.P(b.Heading1, "四、其他需要说明的问题")
	d.P(b.Heading2, "（一）后续工作计划")
	narrative(d, "后续工作计划", "三级序号", b.Body)
	d.P(b.Heading2, "（二）主要经验及做法、存在问题和建议")
	narrative(d, "经验与建议", "三级序号", b.Body)
	d.P(b.Heading2, "（三）其他")
	narrative(d, "其他", "三级序号", b.BodyKeep)
}
