package facts

import (
	"strings"
	"testing"

	"jixiao/generator/tmpl"
)

func load(t *testing.T, src string) (*Facts, []string) {
	t.Helper()
	f, diags := Load("f.yaml", []byte(src), Schema())
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, d.String())
	}
	return f, msgs
}

func TestLoadReportsEveryProblemWithPosition(t *testing.T) {
	src := `单位: 某局
年度: 2022
人员:
  编制数: 12k
  在职人数: -3
  在职人员: 5
三公经费:
  公务接待:
    本年决算: 1.22万元
编制数: 4
公共项目:
  - 名称: 甲
    自评分数: 101
  - 自评分数: 九十
`
	_, msgs := load(t, src)
	want := []string{
		"f.yaml:4:8: 错误: “人员.编制数”应为不小于 0 的整数，实际为“12k”（只写数字，不要带“k”；金额一律以万元为单位）",
		"f.yaml:5:9: 错误: “人员.在职人数”不能小于 0，实际为 -3",
		"f.yaml:6:3: 错误: “人员”下没有“在职人员”，是不是“在职人数”？",
		"f.yaml:9:11: 错误: “三公经费.公务接待.本年决算”应为金额（万元，如 1234.56），实际为“1.22万元”（只写数字，不要带“万元”；金额一律以万元为单位）",
		"f.yaml:10:1: 错误: 事实文件顶层没有“编制数”；它应写在“人员.编制数”",
		"f.yaml:13:11: 错误: “公共项目.自评分数”不能大于 100，实际为 101",
		"f.yaml:14:5: 错误: 缺少必填项“公共项目.名称”（项目名称）",
		"f.yaml:14:11: 错误: “公共项目.自评分数”应为数字，实际为“九十”",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}

func TestLoadRequiredAndShapes(t *testing.T) {
	_, msgs := load(t, "人员: 5\n职能职责:\n  条目: 一条\n")
	want := []string{
		"f.yaml:1:1: 错误: 缺少必填项“单位”（单位全称，如 长沙县机关事务中心）",
		"f.yaml:1:1: 错误: 缺少必填项“年度”（自评年度，如 2022）",
		"f.yaml:1:5: 错误: “人员”应为一组“键: 值”（附件1-2 财政供养人员情况），实际是 “5”",
		"f.yaml:3:7: 错误: “职能职责.条目”应为列表（每项以“- ”开头），实际是 “一条”",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}

func TestAbsentIsNotGuessed(t *testing.T) {
	f, msgs := load(t, "单位: 某局\n年度: 2022\n人员:\n  编制数: 51\n  在职人数:\n")
	if len(msgs) != 0 {
		t.Fatal(msgs)
	}
	if _, ok := f.Dec("人员.在职人数"); ok {
		t.Error("blank 在职人数 is present")
	}
	if d, ok := f.Dec("人员.编制数"); !ok || d.String() != "51" {
		t.Errorf("编制数 = %v, %v", d, ok)
	}
	if v := f.Get("人员.聘用人员.实际"); v == nil || v.Present {
		t.Errorf("absent nested value: %+v", v)
	}
	data := f.TemplateData()
	p, ok := data["人员"].(map[string]any)["在职人数"].(tmpl.Pending)
	if !ok || p.String() != "【待补：2022年实际在职人数】" {
		t.Errorf("template data for absent fact = %#v", data["人员"])
	}
}

func TestNarrativeForms(t *testing.T) {
	src := "单位: 某局\n年度: 2022\n叙述:\n  资产管理: 一段话\n  履职效益:\n    - 标题: 甲\n      正文: |\n        第一段\n        第二段\n    - 乙段\n"
	f, msgs := load(t, src)
	if len(msgs) != 0 {
		t.Fatal(msgs)
	}
	s := f.Get("叙述.履职效益").Sections
	if len(s) != 2 || s[0].Title != "甲" || s[0].Body != "第一段\n第二段\n" || s[1].Body != "乙段" {
		t.Errorf("sections = %#v", s)
	}
	if got := f.Get("叙述.资产管理").Sections; len(got) != 1 || got[0].Body != "一段话" {
		t.Errorf("text narrative = %#v", got)
	}
}

func TestBoolWords(t *testing.T) {
	schema := Extend(Schema(), &Field{Key: "有结转", Kind: Bool})
	f, diags := Load("f.yaml", []byte("单位: a\n年度: 2022\n有结转: 否\n"), schema)
	if len(diags) != 0 || !f.Get("有结转").Present || f.Get("有结转").Bool {
		t.Fatal(diags)
	}
	_, diags = Load("f.yaml", []byte("单位: a\n年度: 2022\n有结转: 也许\n"), schema)
	if len(diags) != 1 || !strings.Contains(diags[0].Msg, "应为 是 或 否") {
		t.Fatal(diags)
	}
}

// TestDates: the ways a clerk writes a date are read and normalised; days
// that do not exist and mixed separators are refused with the forms to use.
func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-20", "2024-03-20"},
		{"2024/3/20", "2024-03-20"},
		{"2024.3.20", "2024-03-20"},
		{"2024年3月20日", "2024-03-20"},
		{"2024年03月05日", "2024-03-05"},
		{"'2024-3-5'", "2024-03-05"},
		{"２０２４年３月２０日", "2024-03-20"},
		{"2024-02-29", "2024-02-29"},
		{"2023-02-29", ""},
		{"2024-13-01", ""},
		{"2024/3-20", ""},
		{"2024年3月20", ""},
		{"24-3-20", ""},
		{"三月二十日", ""},
	}
	for _, tt := range tests {
		f, msgs := load(t, "单位: a\n年度: 2023\n报告日期: "+tt.in+"\n")
		v := f.Get("报告日期")
		if tt.want == "" {
			want := "f.yaml:3:7: 错误: “报告日期”应为日期，实际为“" + strings.Trim(tt.in, "'") + "”：写成 2024-03-20、2024/3/20、2024.3.20 或 2024年3月20日，且须是实有的日子"
			if len(msgs) != 1 || msgs[0] != want || v.Present {
				t.Errorf("%s: got %q, want %q", tt.in, msgs, want)
			}
			continue
		}
		if len(msgs) != 0 || !v.Present || v.Str != tt.want {
			t.Errorf("%s: got %q (%v), want %s", tt.in, v.Str, msgs, tt.want)
		}
	}
}
