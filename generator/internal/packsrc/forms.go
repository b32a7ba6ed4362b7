package packsrc

// forms are what differs between the packs built here: the titles of the
// forms (the rubric's own name for 附件1-1) and whether 附件1-2 has the
// rows a pack's declared facts add (基础数据表).
type forms struct {
	table11 string // 附件1-1's title: 部门整体支出绩效自评指标表
	table12 string // 附件1-2's title
	rows12  bool   // 附件1-2 loops over .基础数据表.经费行 and .其他行
}

// changsha are the forms of the default pack, the seed's.
var changsha = forms{table11: "部门整体支出绩效自评指标表", table12: "部门整体支出绩效自评基础数据表"}
