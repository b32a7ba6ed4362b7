package facts

// Schema returns the core schema of a facts file: everything the four
// attachments state, except the judgements the rubric asks for (评定), which
// the rubric adds with Extend. Each call builds a fresh tree.
func Schema() *Field {
	return obj("", "部门整体支出绩效自评的事实文件",
		required(text("单位", "单位全称，如 长沙县机关事务中心")),
		required(&Field{Key: "年度", Kind: Year, Desc: "自评年度，如 2022", Min: "1949", Max: "2100"}),
		text("负责人", "单位负责人姓名（报告封面）"),
		&Field{Key: "报告日期", Kind: Date, Desc: "报告成文日期，写成 2023-04-13"},
		duties(), goals(), staff(), threePublic(), basicSpending(), projectSpending(),
		procurement(), execution(), adjustment(), carryover(), buildings(),
		prose("厉行节约保障措施", "附件1-2 厉行节约保障措施一栏的内容"),
		list("管理制度", "单位已制定的管理制度名称（报告“管理制度健全情况”列出）", text("", "制度名称，如 《财务管理制度》")),
		work(), satisfaction(), projects(), narratives(),
	)
}

func duties() *Field {
	return obj("职能职责", "报告“（一）部门的职能职责”",
		prose("概述", "职能职责的引言段落"),
		list("条目", "主要职责，一条一项", text("", "一项职责")))
}

func goals() *Field {
	return obj("绩效目标", "报告“（二）部门的年度预算绩效目标”及绩效指标明确性的计数",
		prose("总目标", "项目绩效总目标"),
		list("目标", "分项目标，一条一项", text("", "一项目标")),
		prose("补充", "目标之后的补充说明（可选）"),
		count("量化指标数", "个性指标中量化指标的个数", "附件1-1 绩效指标明确性②", "个"),
		count("未细化公共项目数", "绩效指标未细化、不具有明确性的公共项目个数", "附件1-1 绩效指标明确性⑤", "个"))
}

func staff() *Field {
	return obj("人员", "附件1-2 财政供养人员情况",
		count("编制数", "机构编制部门核定批复的人员编制数", "附件1-2 财政供养人员情况·编制数", "人"),
		count("在职人数", "实际在职人数（部门决算编制口径）", "附件1-2 财政供养人员情况·实际在职人数", "人"),
		obj("聘用人员", "聘用人员（人员控制率②）",
			count("实际", "聘用人员实际使用数", "附件1-1 人员控制率②", "人"),
			count("批复", "人社和编办共同批复的聘用人数", "附件1-1 人员控制率②", "人")))
}

// threePublicNote says where the 说明 of a 三公经费 row goes.
const threePublicNote = "这一项的说明（报告“（三）‘三公’经费使用情况”接在这一项的金额之后）"

func threePublic() *Field {
	src := "附件1-2 经费控制情况·三公经费"
	return obj("三公经费", "附件1-2 “三公经费”各行；上年预算数用于“三公经费”变动率",
		periods("合计", "“三公经费”合计（表中所列）", src),
		noted(periods("公务用车购置和运行维护费", "1、公务用车购置和维护经费（表中所列小计）", src), threePublicNote),
		noted(periods("公车购置", "其中：公车购置", src), threePublicNote),
		noted(periods("公车运行维护", "其中：公车运行维护", src), threePublicNote),
		noted(periods("因公出国", "2、出国经费", src), threePublicNote),
		noted(periods("公务接待", "3、公务接待", src), threePublicNote),
		prose("说明", "报告“（三）‘三公’经费使用情况”的引言"))
}

func basicSpending() *Field {
	src := "附件1-2 经费控制情况·公用经费"
	return obj("基本支出", "报告“（一）基本支出情况”与附件1-2 公用经费各行",
		periods("合计", "基本支出合计（报告所列）", "附件1-3 基本支出情况"),
		noted(periods("人员经费", "人员经费", "附件1-3 基本支出情况"), "这笔支出的用途（报告“（一）基本支出情况”接在金额之后）"),
		noted(periods("公用经费", "公用经费（基本支出中的一般商品和服务支出）", src), "这笔支出的用途（报告“（一）基本支出情况”接在金额之后）"),
		namedPeriods("公用经费其中", "公用经费的“其中”行：办公经费；水费、电费、差旅费；会议费、培训费", src,
			"这一行的说明，超过本年预算时写明原因（报告“公用经费控制率”中接在这一行的金额之后）"))
}

func projectSpending() *Field {
	return obj("项目支出", "附件1-2 项目支出各行与报告“（二）项目支出”",
		periods("合计", "项目支出合计（表中所列）", "附件1-2 经费控制情况·项目支出"),
		namedPeriods("分类", "项目支出分类：业务工作专项、运行维护专项 …", "附件1-2 经费控制情况·项目支出", ""),
		list("用途分项", "报告中项目支出的分项说明", item(
			required(text("名称", "分项名称，如 机关服务一般性项目支出")),
			money("金额", "本年支出金额", "附件1-3 项目支出"),
			prose("用途", "主要用途"))))
}

func procurement() *Field {
	return noted(periods("政府采购", "附件1-2 政府采购金额；本年预算、本年决算用于政府采购执行率", "附件1-2 政府采购金额"),
		"采购情况的说明（报告“政府采购执行率”中接在执行率之后）")
}

func execution() *Field {
	q := func(key string) *Field {
		return obj(key, key+"末支付序时进度",
			money("序时执行数", "截至"+key+"末预算项目实际支出数", "附件1-1 预算执行率②"),
			money("序时指标下达数", "截至"+key+"末下达的项目支出和追加项目支出指标数", "附件1-1 预算执行率②"))
	}
	return obj("预算执行", "预算执行率与支付序时进度（附件1-1 预算执行率）",
		&Field{Key: "口径", Kind: Text, Desc: "预算数与完成数的口径：部门整体 或 项目支出"},
		money("年初预算数", "年初财政批复的预算数（报告“预算执行率”写明年初预算和调整后的预算数）", "附件1-3 预算执行评价"),
		money("预算数", "财政部门批复的本年度预算数及追加的项目预算数", "附件1-1 预算执行率①"),
		money("预算完成数", "本年度实际完成的预算数", "附件1-1 预算执行率①"),
		obj("序时进度", "一、二、三季度末支付序时进度", q("一季度"), q("二季度"), q("三季度")))
}

func adjustment() *Field {
	return obj("预算调整", "附件1-2 部门整体支出预算调整",
		money("调整数", "本年度预算追加、追减和结构调整的资金总和", "附件1-2 部门整体支出预算调整"),
		unprinted(money("报告调整数", "报告正文原来写的调整金额，只用于核对：与附件1-2 不同时 check 报错，文档一律印附件1-2 的调整数", "附件1-3 预算执行评价")),
		prose("说明", "调整的原因（报告“预算调整率”接在调整数之后）"),
		list("不计入", "不计入预算调整率的调整：因落实国家政策、发生不可抗力、县委县政府临时交办及经济科目非跨类调整", item(
			required(text("事由", "调整的事由（报告“预算调整率”逐项列出不计入的调整）")),
			&Field{Key: "类别", Kind: Text, Desc: "国家政策 / 不可抗力 / 县委县政府交办 / 非跨类调整"},
			money("金额", "调整金额", "附件1-1 预算调整率"))))
}

func carryover() *Field {
	return obj("结转结余", "附件1-1 结转结余",
		money("县本级资金结转", "年度安排的县级预算资金结转到下年的金额（无结转填 0）", "附件1-1 结转结余"),
		money("结转结余总额", "年末结转结余总额（报告“结转结余”列出）", "财预〔2013〕53号 结转结余率"))
}

func buildings() *Field {
	src := "附件1-2 楼堂馆所控制情况"
	return list("楼堂馆所", "本年完工的楼堂馆所项目（没有则写 []）", item(
		required(text("名称", "项目名称")),
		&Field{Key: "批复规模", Kind: Decimal, Desc: "批复规模", Source: src, Unit: "㎡", Min: "0"},
		&Field{Key: "实际规模", Kind: Decimal, Desc: "实际规模", Source: src, Unit: "㎡", Min: "0"},
		money("预算投资", "预算投资", src),
		money("实际投资", "实际投资", src)))
}

func work() *Field {
	src := "附件1-1 职责履行"
	return obj("职责履行", "附件1-1 职责履行的工作计数",
		count("计划工作数", "部门整体绩效目标确定的计划工作任务数", src, "项"),
		count("实际完成数", "实际完成的工作任务数", src, "项"),
		count("及时完成数", "按时限完成的工作任务数", src, "项"),
		count("质量达标数", "达到质量标准的工作任务数", src, "项"),
		count("重点工作交办数", "党委、政府、人大、相关部门交办或下达的重点工作数", src, "项"),
		count("重点工作完成数", "重点工作实际完成数", src, "项"))
}

func satisfaction() *Field {
	src := "附件1-1 社会公众或服务对象满意度"
	return obj("满意度", "满意度调查；满意度 =（满意 + 基本满意）÷ 有效样本",
		count("有效样本数", "有效问卷或样本数", src, "份"),
		count("满意数", "选择“满意”的样本数", src, "份"),
		count("基本满意数", "选择“基本满意”的样本数", src, "份"),
		prose("调查说明", "调查方式、对象和时间（报告“（八）履职效益评价”接在满意度之后）"))
}

func projects() *Field {
	return list("公共项目", "附件2-4 公共项目资金绩效自评评分汇总表，一个项目一项", item(
		required(text("名称", "项目名称")),
		&Field{Key: "自评分数", Kind: Decimal, Desc: "项目自评得分", Source: "附件2-4 自评分数", Unit: "分", Min: "0", Max: "100"},
		text("备注", "备注")))
}

func narratives() *Field {
	return obj("叙述", "报告中由单位撰写的文字部分；每项可以是一段文字，也可以是若干 {标题, 正文} 小节",
		narrative("预算管理", "（四）预算管理评价的补充文字"),
		narrative("资金使用合规性", "资金使用合规性的说明"),
		narrative("信息公开", "预决算信息公开情况"),
		narrative("项目组织实施", "（五）部门项目组织实施情况：招投标、调整、竣工验收、管理制度、检查监督"),
		narrative("资产管理", "（六）资产管理情况：制度建设、管理措施、配置处置程序"),
		narrative("职责履行", "（七）职责履行评价的补充文字"),
		narrative("履职效益", "（八）履职效益评价：经济效益、社会效益、生态效益"),
		narrative("特色亮点", "特色亮点工作"),
		narrative("后续工作计划", "四、（一）后续工作计划"),
		narrative("经验与建议", "四、（二）主要经验及做法、存在问题和建议"),
		narrative("其他", "四、（三）其他"))
}
