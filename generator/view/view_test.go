package view

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/num"
	"jixiao/generator/pack"
	"jixiao/generator/tmpl"
)

// buildingsYAML adds three completed buildings to the example: one with
// every figure, one with a zero approved size and no actual investment,
// one whose rates round half-up.
const buildingsYAML = `
楼堂馆所:
  - {名称: 甲楼, 批复规模: 1000, 实际规模: 980, 预算投资: 500, 实际投资: 512.5}
  - {名称: 乙楼, 批复规模: 0, 实际规模: 10, 预算投资: 300}
  - {名称: 丙楼, 批复规模: 3, 实际规模: 2, 预算投资: 3, 实际投资: 1}
`

// exampleData evaluates the built-in example with extra YAML appended.
func exampleData(t *testing.T, extra string) map[string]any {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	name, src, _ := p.Example()
	res, diags := evaluate.Run(p, name, append(append([]byte{}, src...), extra...))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return Data(res)
}

func TestBuildingRates(t *testing.T) {
	items := exampleData(t, buildingsYAML)["楼堂馆所"].([]any)
	for _, tt := range []struct {
		item       int
		key, want  string
		wantMarker string
	}{
		{0, "规模控制率", "98", ""},
		{0, "投资概算控制率", "102.5", ""},
		{1, "规模控制率", "", "不适用"},
		{1, "投资概算控制率", "", "【待补：楼堂馆所“乙楼”实际投资】"},
		{2, "规模控制率", "66.67", ""},
		{2, "投资概算控制率", "33.33", ""},
	} {
		got := items[tt.item].(map[string]any)[tt.key]
		switch v := got.(type) {
		case num.Dec:
			if tt.want == "" || !v.Equal(num.MustParse(tt.want)) {
				t.Errorf("item %d %s = %s; want %q%s", tt.item, tt.key, v, tt.want, tt.wantMarker)
			}
		case tmpl.Pending, tmpl.NotApplicable:
			if fmt.Sprint(v) != tt.wantMarker {
				t.Errorf("item %d %s = %s; want %q%s", tt.item, tt.key, v, tt.want, tt.wantMarker)
			}
		default:
			t.Errorf("item %d %s = %#v", tt.item, tt.key, got)
		}
	}
}

// TestGivenLists: an absent list and [] are both empty in the data; 已填写
// tells them apart, for top-level and nested lists.
func TestGivenLists(t *testing.T) {
	for _, tt := range []struct {
		extra string
		want  bool
	}{{"", false}, {"楼堂馆所: []\n", true}, {buildingsYAML, true}} {
		d := exampleData(t, tt.extra)
		g := d["已填写"].(map[string]any)
		if got := g["楼堂馆所"]; got != tt.want {
			t.Errorf("%q: 已填写.楼堂馆所 = %v; want %v", tt.extra, got, tt.want)
		}
		if got := g["项目支出"].(map[string]any)["分类"]; got != true {
			t.Errorf("已填写.项目支出.分类 = %v; the example gives it", got)
		}
		if items := d["楼堂馆所"].([]any); !tt.want && len(items) != 0 {
			t.Errorf("an absent list has items: %v", items)
		}
	}
}

// TestIndicatorRowsCarryGroupPoints: every 附件1-1 row knows the points of
// its 一级 and 二级 groups, and the spans add up to the rows.
func TestIndicatorRowsCarryGroupPoints(t *testing.T) {
	rows := exampleData(t, "")["评分"].(map[string]any)["指标"].([]any)
	first, last := rows[0].(map[string]any), rows[len(rows)-1].(map[string]any)
	for _, tt := range []struct {
		row       map[string]any
		key, want string
	}{
		{first, "一级分值", "15"}, {first, "二级分值", "8"},
		{last, "一级分值", "25"}, {last, "二级分值", "25"},
	} {
		if got, ok := tt.row[tt.key].(num.Dec); !ok || !got.Equal(num.MustParse(tt.want)) {
			t.Errorf("%s of %s = %v; want %s", tt.key, tt.row["三级指标"], tt.row[tt.key], tt.want)
		}
	}
	total := 0
	for _, r := range rows {
		total += r.(map[string]any)["一级行数"].(int)
	}
	if total != len(rows) {
		t.Errorf("一级行数 add up to %d for %d rows", total, len(rows))
	}
}

// TestTotalsPrintWhatTheUnitStated: a total row the unit filled in prints
// as stated, even where its parts add up to something else (the seed's
// 公务用车 613.76 against 0 + 612.54); a blank one is the sum of its parts;
// one with neither is 【待补】.
func TestTotalsPrintWhatTheUnitStated(t *testing.T) {
	totals := exampleData(t, "")["合计"].(map[string]any)
	for _, tt := range []struct{ row, period, want string }{
		{"公务用车购置和运行维护费", "本年决算", "613.76"},
		{"公务用车购置和运行维护费", "上年决算", "719.55"},
		{"三公经费", "本年预算", "1802"},
		{"基本支出", "本年决算", "2415.52"},
	} {
		got, ok := totals[tt.row].(map[string]any)[tt.period].(num.Dec)
		if !ok || !got.Equal(num.MustParse(tt.want)) {
			t.Errorf("合计.%s.%s = %v; want %s", tt.row, tt.period, totals[tt.row].(map[string]any)[tt.period], tt.want)
		}
	}
	blank := exampleData(t, "")
	if _, ok := blank["合计"].(map[string]any)["公务用车购置和运行维护费"].(map[string]any)["上年预算"].(tmpl.Pending); !ok {
		t.Error("a total with neither a stated figure nor its parts is not 【待补】")
	}
}

// TestTotalsSumWhereTheUnitLeftThemBlank: without the stated 公务用车 row,
// the sum of its parts prints.
func TestTotalsSumWhereTheUnitLeftThemBlank(t *testing.T) {
	p, _ := pack.Default()
	_, src, _ := p.Example()
	facts := strings.Replace(string(src), "    本年决算: 613.76\n  公车购置:", "  公车购置:", 1)
	res, diags := evaluate.Run(p, "x.yaml", []byte(facts))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	got := Data(res)["合计"].(map[string]any)["公务用车购置和运行维护费"].(map[string]any)["本年决算"]
	if d, ok := got.(num.Dec); !ok || !d.Equal(num.MustParse("612.54")) {
		t.Errorf("合计.公务用车购置和运行维护费.本年决算 = %v; want the parts' 612.54", got)
	}
}

// TestFormStandards: the three 效益 share the one 评分标准 cell of the form,
// the indicators around them keep their own.
func TestFormStandards(t *testing.T) {
	rows := exampleData(t, "")["评分"].(map[string]any)["指标"].([]any)
	by := map[string]map[string]any{}
	for _, r := range rows {
		row := r.(map[string]any)
		by[row["三级指标"].(string)] = row
	}
	shared := by["经济效益"]["评分标准"]
	for _, name := range []string{"社会效益", "生态效益"} {
		if by[name]["评分标准"] != "" || by[name]["合并评分标准"] != shared {
			t.Errorf("%s: 评分标准 %q, 合并评分标准 %q", name, by[name]["评分标准"], by[name]["合并评分标准"])
		}
	}
	for _, name := range []string{"重点项目或工作办结率", "社会公众或服务对象满意度", "经济效益"} {
		if by[name]["合并评分标准"] != by[name]["评分标准"] || by[name]["评分标准"] == "" {
			t.Errorf("%s does not keep its own 评分标准", name)
		}
	}
}
