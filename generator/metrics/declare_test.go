package metrics

import (
	"strings"
	"testing"

	"jixiao/generator/diag"
	"jixiao/generator/facts"
	"jixiao/generator/yamlsrc"
)

// defs loads metric declarations from YAML (pack.yaml's 指标 list).
func defs(t *testing.T, src string) ([]*Def, diag.List) {
	t.Helper()
	n, diags := yamlsrc.Parse("pack.yaml", []byte(src))
	if n == nil {
		t.Fatal(diags)
	}
	return LoadDefs("pack.yaml", n.Content, &diags), diags
}

func TestBaseMetrics(t *testing.T) {
	names := map[string]bool{}
	for _, d := range Base() {
		if names[d.Name] || !d.Common || d.Expr == nil {
			t.Errorf("base metric %s: repeated, not common or without formula", d.Name)
		}
		names[d.Name] = true
	}
	if len(names) != 20 {
		t.Errorf("%d common metrics; want 20", len(names))
	}
	adj := baseDef(t, "预算调整率")
	if got := strings.Join(adj.Refs(), " "); got != "预算调整.调整数 预算调整.不计入.金额 预算执行.预算数" {
		t.Errorf("Refs = %s", got)
	}
	if !baseDef(t, "绩效目标个数").Integer() || baseDef(t, "满意度").Integer() || baseDef(t, "绩效目标个数").Divisor() != nil {
		t.Error("Integer or Divisor wrong")
	}
}

func baseDef(t *testing.T, name string) *Def {
	for _, d := range Base() {
		if d.Name == name {
			return d
		}
	}
	t.Fatalf("no common metric %s", name)
	return nil
}

func TestLoadDefsErrors(t *testing.T) {
	_, diags := defs(t, `
- {名称: 甲, 公式: "a ÷ (b − c"}
- {名称: 乙}
- {名称: 丙, 公式: a × 50%}
- {名称: 丙, 公式: a}
`)
	want := []string{
		"pack.yaml:2:20: 错误: 指标“甲”的公式：“（”没有对应的“）”",
		"pack.yaml:3:3: 错误: 缺少“公式”",
		"pack.yaml:4:19: 错误: 指标“丙”的公式：“%”只能用在公式末尾的“× 100%”，表示结果是百分比",
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFormulaMetrics: amounts, least and greatest, a count, exactly, with
// their computations written as the forms write them.
func TestFormulaMetrics(t *testing.T) {
	ds, diags := defs(t, `
- {名称: 超支额, 公式: 基本支出.公用经费.本年决算 − 基本支出.公用经费.本年预算, 单位: 万元}
- 名称: 较小控制率
  公式: 最小(人员.在职人数, 人员.聘用人员.实际) ÷ 人员.编制数 × 100%
- {名称: 较大者, 公式: 最大(人员.在职人数、人员.聘用人员.实际)}
- {名称: 三分之一, 公式: 1 ÷ 3 × 100%}
- {名称: 目标数, 公式: 个数(绩效目标.目标), 单位: 个}
`)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	f, diags := facts.Load("f.yaml", []byte(`单位: 某局
年度: 2023
人员: {编制数: 51, 在职人数: 47, 聘用人员: {实际: 12, 批复: 15}}
基本支出: {公用经费: {本年预算: 300, 本年决算: 312.5}}
绩效目标: {目标: [甲, 乙]}
`), facts.Schema())
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	s := Compute(f, ds)
	tests := []struct{ name, value, formula string }{
		{"超支额", "12.50", "超支额=312.5−300=12.5万元"},
		{"较小控制率", "23.53", "较小控制率=最小（47，12）÷51×100%=23.53%"},
		{"较大者", "47.00", "较大者=最大（47，12）=47"},
		{"三分之一", "33.33", "三分之一=1÷3×100%=33.33%"},
		{"目标数", "2.00", "目标数=2"},
	}
	for _, tt := range tests {
		m := s.Get(tt.name)
		if !m.OK || m.Fixed2() != tt.value || m.Formula() != tt.formula {
			t.Errorf("%s = %s %q; want %s %q", tt.name, m.Fixed2(), m.Formula(), tt.value, tt.formula)
		}
	}
}

// TestNestedZeroDivision: the first division by 0 is the one reported,
// with its own operands.
func TestNestedZeroDivision(t *testing.T) {
	ds, _ := defs(t, "- {名称: 甲率, 公式: （人员.在职人数 ÷ 人员.编制数 × 100）÷ 人员.聘用人员.批复 × 100%}\n")
	f, _ := facts.Load("f.yaml", []byte("单位: 某局\n年度: 2023\n人员: {编制数: 0, 在职人数: 3, 聘用人员: {实际: 1, 批复: 0}}\n"), facts.Schema())
	m := Compute(f, ds).Get("甲率")
	if m.OK || !m.ZeroDen || m.NumZero || m.Why() != "编制数为0，无法计算甲率" {
		t.Errorf("%+v %q", m, m.Why())
	}
}
