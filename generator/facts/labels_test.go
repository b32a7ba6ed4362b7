package facts

import (
	"strings"
	"testing"
)

func TestNamesAndPlacesOnTheForms(t *testing.T) {
	n := NamerFor("2022")
	s := Schema()
	for _, tt := range []struct{ path, name, where string }{
		{"三公经费.合计.本年预算", "“三公经费”2022年预算数", "附件1-2 “三公经费” 2022年预算数"},
		{"三公经费.合计.上年预算", "“三公经费”2021年预算数", "附件1-2 “三公经费” 2021年预算数"},
		{"三公经费.因公出国.本年决算", "出国经费2022年决算数", "附件1-2 出国经费 2022年决算数"},
		{"人员.编制数", "编制数", "附件1-2 财政供养人员情况 编制数"},
		{"人员.在职人数", "2022年实际在职人数", "附件1-2 财政供养人员情况 2022年实际在职人数"},
		{"人员.聘用人员.实际", "聘用人员实际使用数", "附件1-1 人员控制率② 聘用人员 实际使用数"},
		{"预算执行.序时进度.一季度.序时指标下达数", "一季度末序时指标下达数", "附件1-1 预算执行率② 一季度末 序时指标下达数"},
		{"政府采购.本年预算", "政府采购金额2022年预算数", "附件1-2 政府采购金额 2022年预算数"},
		{"公共项目.自评分数", "公共项目自评分数", "附件2-4 公共项目 自评分数"},
		{"职责履行.计划工作数", "计划工作数", "附件1-1 职责履行 计划工作数"},
		{"报告日期", "成文日期", "附件1-3 成文日期"},
		{"职能职责.概述", "职能职责引言", "附件1-3 （一）部门的职能职责 引言"},
		{"没有.这一项", "没有.这一项", "没有.这一项"},
	} {
		if got := n.Name(s, tt.path); got != tt.name {
			t.Errorf("Name(%s) = %q; want %q", tt.path, got, tt.name)
		}
		if got := n.Where(s, tt.path); got != tt.where {
			t.Errorf("Where(%s) = %q; want %q", tt.path, got, tt.where)
		}
	}
	if got := NamerFor("").Name(s, "三公经费.合计.上年预算"); got != "“三公经费”上年预算数" {
		t.Errorf("without a year: %q", got)
	}
}

func TestItemsAreNamedByTheirName(t *testing.T) {
	f, msgs := load(t, "单位: 某局\n年度: 2023\n公共项目:\n  - 名称: 甲项目\n  - 自评分数: 90\n    名称:\n基本支出:\n  公用经费其中:\n    - 名称: 办公经费\n")
	if len(msgs) != 0 { // a blank 名称 is absent, not an error
		t.Fatal(msgs)
	}
	items := f.Get("公共项目").Items
	if got := f.WhereValue(items[0].Fields["自评分数"]); got != "附件2-4 公共项目“甲项目” 自评分数" {
		t.Errorf("first project: %q", got)
	}
	if got := f.WhereValue(items[1].Fields["自评分数"]); got != "附件2-4 公共项目第2项 自评分数" {
		t.Errorf("second project: %q", got)
	}
	row := f.Get("基本支出.公用经费其中").Items[0].Fields["本年决算"]
	if got := f.NameValue(row); got != "公用经费其中“办公经费”2023年决算数" {
		t.Errorf("其中 row: %q", got)
	}
}

func TestNoneDeclaresZeros(t *testing.T) {
	f, msgs := load(t, "单位: 某局\n年度: 2023\n政府采购: 无\n三公经费:\n  因公出国: 无\n楼堂馆所: 无\n预算执行:\n  序时进度:\n    一季度: 无\n")
	if len(msgs) != 0 {
		t.Fatal(msgs)
	}
	for _, path := range []string{"政府采购.本年预算", "政府采购.上年决算", "三公经费.因公出国.本年决算", "预算执行.序时进度.一季度.序时指标下达数"} {
		if d, ok := f.Dec(path); !ok || !d.IsZero() {
			t.Errorf("%s = %v, %v; want a given 0", path, d, ok)
		}
	}
	if v := f.Get("政府采购.说明"); v.Present {
		t.Error("the note of a declared-none row is given")
	}
	if v := f.Get("楼堂馆所"); !v.Present || len(v.Items) != 0 || !v.None {
		t.Errorf("楼堂馆所: 无 = %+v", v)
	}
	_, msgs = load(t, "单位: 某局\n年度: 2023\n人员: 无\n")
	if len(msgs) != 1 || !strings.Contains(msgs[0], "这里不能写“无”：确实为 0 的数字填 0，不知道的留空") {
		t.Errorf("无 where the form does not allow it: %v", msgs)
	}
}

func TestEnumsAndPlaces(t *testing.T) {
	_, msgs := load(t, "单位: 某局\n年度: 2023\n预算执行:\n  口径: 整体\n预算调整:\n  不计入:\n    - {事由: 甲, 类别: 政策, 金额: 1}\n")
	want := []string{
		"f.yaml:4:7: 错误: “预算执行.口径”应为 部门整体、项目支出 之一，实际为“整体”",
		"f.yaml:7:19: 错误: “预算调整.不计入.类别”应为 国家政策、不可抗力、县委县政府交办、非跨类调整 之一，实际为“政策”",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	schema := Extend(Schema(), &Field{Key: "分", Kind: Decimal, Places: 2})
	for src, ok := range map[string]bool{"4.99": true, "5": true, "4.995": false, "4.990": true} {
		_, diags := Load("f.yaml", []byte("单位: a\n年度: 2022\n分: "+src+"\n"), schema)
		if (len(diags) == 0) != ok {
			t.Errorf("分: %s → %v", src, diags)
		}
		if !ok && !strings.Contains(diags.Error(), "最多保留 2 位小数") {
			t.Errorf("分: %s → %v", src, diags)
		}
	}
}

func TestWrittenFindsWhereToAdd(t *testing.T) {
	f, _ := load(t, "单位: 某局\n年度: 2023\n人员:\n  编制数: 5\n")
	at, self := f.Get("人员.聘用人员.实际").Written()
	if self || at.Path != "人员" || at.KeyPos.Line != 3 {
		t.Errorf("Written = %+v, %v", at, self)
	}
	at, _ = f.Get("满意度.满意数").Written()
	if at.Parent != nil {
		t.Errorf("an absent top-level object is added at the top: %+v", at)
	}
}

// TestNamerYears: {本年} and {上年} become the years wherever they are, in
// one pass (a year is not rescanned), and other braces stay.
func TestNamerYears(t *testing.T) {
	n := Namer{This: "2022", Last: "{本年}"}
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"预算数", "预算数"},
		{"{本年}预算数", "2022预算数"},
		{"{上年}与{本年}", "{本年}与2022"},
		{"{本年}{本年}", "20222022"},
		{"{本年", "{本年"},
		{"{{本年}}", "{2022}"},
		{"{下年}", "{下年}"},
	} {
		if got := n.years(c.in); got != c.want {
			t.Errorf("years(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
