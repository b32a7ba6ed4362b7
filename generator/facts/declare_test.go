package facts

import (
	"strings"
	"testing"

	"jixiao/generator/diag"
	"jixiao/generator/yamlsrc"
)

// declare loads the declarations of src (pack.yaml's 事实 list) and adds
// them to a fresh schema.
func declare(t *testing.T, src string) (*Field, diag.List) {
	t.Helper()
	n, diags := yamlsrc.Parse("pack.yaml", []byte(src))
	if n == nil {
		t.Fatal(diags)
	}
	decls := LoadDecls("pack.yaml", n.Content, &diags)
	root := Schema()
	diags.Append(Declare(root, decls))
	return root, diags
}

func TestDeclaredKinds(t *testing.T) {
	root, diags := declare(t, `
- {键: 甲.金额, 种类: 金额, 名称: 甲金额, 表: 附件1-2}
- {键: 甲.人数, 种类: 人数}
- {键: 甲.个数, 种类: 个数, 单位: 项}
- {键: 甲.比率, 种类: 比率}
- {键: 甲.文字, 种类: 文字, 可填: [一, 二]}
- {键: 甲.是否, 种类: 是否}
- {键: 甲.日期, 种类: 日期, 必填: 是}
- {键: 甲.列表, 种类: 列表, 字段: [{键: 名称, 种类: 文字}, {键: 数, 种类: 金额, 名称: 金额数}]}
`)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	tests := []struct {
		path string
		kind Kind
		unit string
	}{
		{"甲.金额", Money, "万元"}, {"甲.人数", Count, "人"}, {"甲.个数", Count, "项"}, {"甲.比率", Decimal, "%"},
		{"甲.文字", Text, ""}, {"甲.是否", Bool, ""}, {"甲.日期", Date, ""}, {"甲.列表", List, ""}, {"甲.列表.数", Money, "万元"},
	}
	for _, tt := range tests {
		f := root.Find(tt.path)
		if f == nil || f.Kind != tt.kind || f.Unit != tt.unit {
			t.Errorf("%s = %+v; want %s %q", tt.path, f, tt.kind, tt.unit)
		}
	}
	if f := root.Find("甲.文字"); strings.Join(f.Enum, "、") != "一、二" {
		t.Errorf("enum %v", f.Enum)
	}
	if !root.Find("甲.日期").FinalRequired || root.Find("甲.金额").Min != "0" {
		t.Error("必填 or the bound of an amount lost")
	}
	if got := NamerFor("2023").Where(root, "甲.金额"); got != "附件1-2 甲金额" {
		t.Errorf("Where = %q", got)
	}
}

// TestDeclaredRow: an amount with 栏 is a row of the forms, its columns
// named with the years, and a declaration may add to an existing group.
func TestDeclaredRow(t *testing.T) {
	root, diags := declare(t, `
- {键: 重点, 种类: 金额, 栏: [本年预算, 本年决算], 名称: 重点项目支出, 表: 附件1-2, 说明: 重点项目的支出}
- {键: 结转结余.上年总额, 种类: 金额, 名称: "{上年}年末结转结余总额", 表: 附件1-2}
`)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	row := root.Find("重点")
	if row.Kind != Object || len(row.Fields) != 2 || row.Fields[0].Key != "本年预算" {
		t.Fatalf("row = %+v", row)
	}
	n := NamerFor("2023")
	for path, want := range map[string]string{
		"重点.本年决算":      "附件1-2 重点项目支出 2023年决算数",
		"结转结余.上年总额":    "附件1-2 2022年末结转结余总额",
		"结转结余.县本级资金结转": "附件1-1 结转结余 县本级资金结转额", // the base fact beside it is unchanged
	} {
		if got := n.Where(root, path); got != want {
			t.Errorf("Where(%s) = %q; want %q", path, got, want)
		}
	}
}

// TestDeclaredGroups: a group may be declared before its facts (its 说明
// becomes the comment of init) or made by them.
func TestDeclaredGroups(t *testing.T) {
	root, diags := declare(t, `
- {键: 固定资产.总额, 种类: 金额}
- {键: 固定资产, 种类: 分组, 说明: 年末固定资产}
- {键: 固定资产.在用, 种类: 金额}
`)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	g := root.Find("固定资产")
	if g.Kind != Object || g.Desc != "年末固定资产" || len(g.Fields) != 2 {
		t.Errorf("group = %+v", g)
	}
}

func TestDeclarationErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"- {键: 甲, 种类: 钱}", "pack.yaml:1:14: 错误: 不认识的种类“钱”（可用：金额、人数、个数、比率、文字、是否、日期、列表、分组）"},
		{"- {键: 人员.编制数, 种类: 人数}", "pack.yaml:1:3: 错误: 事实“人员.编制数”已经有了（机构编制部门核定批复的人员编制数），不能重复声明"},
		{"- {键: 合计.甲, 种类: 金额}", "pack.yaml:1:3: 错误: 事实“合计.甲”：“合计”是模板中另有用途的名称，请换一个名称"},
		{"- {键: 单位.甲, 种类: 金额}", "pack.yaml:1:3: 错误: 事实“单位.甲”：“单位”是文字，不能在它下面增加事实"},
		{"- {键: 甲..乙, 种类: 金额}", "pack.yaml:1:3: 错误: 事实“甲..乙”：键的各段之间用一个“.”分隔，不能有空段"},
		{"- {键: 甲, 种类: 人数, 栏: [本年预算]}", "pack.yaml:1:21: 错误: 只有金额才能分栏（上年预算、上年决算、本年预算、本年决算）"},
		{"- {键: 甲, 种类: 金额, 栏: [今年]}", "pack.yaml:1:22: 错误: 不认识的栏“今年”（可用：上年预算、上年决算、本年预算、本年决算）"},
		{"- {键: 甲, 种类: 金额, 单位: 元}", "pack.yaml:1:22: 错误: 只有人数、个数可以写单位（金额一律以万元为单位，比率以%为单位）"},
		{"- {键: 甲, 种类: 列表}", "pack.yaml:1:3: 错误: 列表“甲”缺少“字段”（每一项有哪些栏）"},
		{"- {键: 甲, 种类: 金额, 必填: 要}", "pack.yaml:1:22: 错误: “必填”应为 是 或 否，实际为“要”"},
		{"- {键: 甲, 种类: 金额, 颜色: 红}", "pack.yaml:1:18: 错误: 不认识的键“颜色”"},
		{"- {键: 甲, 种类: 金额, 单位：个}", "pack.yaml:1:20: 错误: 不认识的键“单位：个”：全角冒号“：”应改为半角冒号“: ”（冒号后跟一个空格），写成“单位: 个”"},
	}
	for _, tt := range tests {
		_, diags := declare(t, tt.src)
		if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), tt.want) {
			t.Errorf("%s:\n got %v\nwant %s", tt.src, diags, tt.want)
		}
	}
}

// TestDeclaredFactLoads: a declared fact is loaded, checked and named like
// a core one.
func TestDeclaredFactLoads(t *testing.T) {
	root, _ := declare(t, "- {键: 重点, 种类: 金额, 栏: [本年预算], 名称: 重点项目支出, 表: 附件1-2}\n")
	f, diags := Load("f.yaml", []byte("单位: 某局\n年度: 2023\n重点:\n  本年预算: 12k\n"), root)
	if len(diags) != 1 || diags[0].String() != "f.yaml:4:9: 错误: “重点.本年预算”应为金额（万元，如 1234.56），实际为“12k”（只写数字，不要带“k”；金额一律以万元为单位）" {
		t.Errorf("diags = %v", diags)
	}
	f, _ = Load("f.yaml", []byte("单位: 某局\n年度: 2023\n"), root)
	if v := f.Get("重点.本年预算"); v == nil || v.Present || f.NameValue(v) != "重点项目支出2023年预算数" {
		t.Errorf("absent value %+v", v)
	}
}
