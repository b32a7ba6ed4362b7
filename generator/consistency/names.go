package consistency

import (
	"fmt"
	"strings"

	"jixiao/generator/facts"
)

// namedRows are the lists whose items are rows of a form, told apart by
// 名称: a name given twice is a row entered twice or two rows a reader
// cannot tell apart.
var namedRows = []struct{ path, what string }{
	{"公共项目", "附件2-4 的公共项目"},
	{"基本支出.公用经费其中", "公用经费的“其中”行"},
	{"项目支出.分类", "项目支出的分类"},
	{"项目支出.用途分项", "项目支出的用途分项"},
	{"楼堂馆所", "楼堂馆所项目"},
}

// textLists are lists of plain text items where a repeated item is a
// copy-and-paste slip.
var textLists = []struct{ path, what string }{
	{"管理制度", "管理制度"},
	{"职能职责.条目", "职能职责"},
	{"绩效目标.目标", "绩效目标"},
}

// duplicateNames reports every item named like an earlier one of its list.
func (c *checker) duplicateNames() {
	for _, l := range namedRows {
		list, _ := c.fact(l.path)
		first := map[string]*facts.Value{}
		for _, it := range items(list) {
			name := it.Get("名称")
			if name == nil || !name.Present {
				continue
			}
			key := normalName(name.Str)
			if earlier, ok := first[key]; ok {
				c.diags.Errorf(name.Pos, "%s“%s”重复：第 %d 行已有同名的一项（%s 各项的名称应互不相同，请核实是否重复录入）",
					l.what, name.Str, earlier.Pos.Line, l.path)
				continue
			}
			first[key] = name
		}
	}
	for _, l := range textLists {
		c.duplicateTexts(l.path, l.what)
	}
}

func (c *checker) duplicateTexts(path, what string) {
	list, _ := c.fact(path)
	first := map[string]*facts.Value{}
	for _, it := range items(list) {
		if !it.Present {
			continue
		}
		key := normalName(it.Str)
		if earlier, ok := first[key]; ok {
			c.diags.Warnf(it.Pos, "%s中这一项与第 %d 行重复：%s", what, earlier.Pos.Line, excerpt(it.Str))
			continue
		}
		first[key] = it
	}
}

// normalName compares names without spaces.
func normalName(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// excerpt is the start of a long text, for messages.
func excerpt(s string) string {
	r := []rune(s)
	if len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}

// unscoredProjects reports the 公共项目 without 自评分数: 附件2-4 has no
// score to print for them.
func (c *checker) unscoredProjects() {
	list, _ := c.fact("公共项目")
	for _, it := range items(list) {
		if s := it.Get("自评分数"); s != nil && !s.Present {
			c.diags.Warnf(it.Pos, "%s没有填写自评分数（附件2-4 自评分数），附件2-4 这一行的自评分数将显示【待补】", projectName(it))
		}
	}
}

func projectName(it *facts.Value) string {
	if n := it.Get("名称"); n != nil && n.Present {
		return fmt.Sprintf("公共项目“%s”", n.Str)
	}
	return "这个公共项目"
}
