package pack

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// declPack writes a pack with the given 事实/指标 part of pack.yaml and a
// one-indicator rubric, and opens it.
func declPack(t *testing.T, decl string) (*Pack, string) {
	t.Helper()
	dir := t.TempDir()
	meta := "名称: 包\n评分规则: rubric.yaml\n文档: []\n" + decl
	rubric := "总分: 100\n一级指标:\n  - {名称: 甲, 分值: 100, 二级指标: [{名称: 乙, 分值: 100, 三级指标: [{名称: 丙, 分值: 100, 规则: {类型: 评定}}]}]}\n"
	for name, src := range map[string]string{"pack.yaml": meta, "rubric.yaml": rubric} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, diags := Open(dir)
	return p, diags.Error()
}

func TestPackDeclarations(t *testing.T) {
	p, errs := declPack(t, `事实:
  - {键: 项目库.入库项目数, 种类: 个数}
  - {键: 项目库.申报项目数, 种类: 个数}
指标:
  - {名称: 项目入库率, 公式: 项目库.入库项目数 ÷ 项目库.申报项目数 × 100%}
  - {名称: 满意度, 公式: 满意度.满意数 ÷ 满意度.有效样本数 × 100%}
`)
	if p == nil {
		t.Fatal(errs)
	}
	if f := p.Rubric.FactsSchema().Find("项目库.入库项目数"); f == nil {
		t.Error("the declared fact is not in the schema")
	}
	defs := p.Rubric.MetricDefs()
	last := defs[len(defs)-1]
	if last.Name != "项目入库率" || last.Common {
		t.Errorf("last metric %s (common %v)", last.Name, last.Common)
	}
	for _, d := range defs {
		if d.Name == "满意度" && (d.Common || d.Formula != "满意度.满意数 ÷ 满意度.有效样本数 × 100%") {
			t.Errorf("the pack's 满意度 does not replace the common one: %+v", d)
		}
	}
}

// TestPackDeclarationErrors: a declaration that does not fit stops the
// pack, with its place in pack.yaml.
func TestPackDeclarationErrors(t *testing.T) {
	tests := []struct{ decl, want string }{
		{"事实:\n  - {键: 人员.编制数, 种类: 人数}\n", "pack.yaml:5:5: 错误: 事实“人员.编制数”已经有了"},
		{"指标:\n  - {名称: 甲, 公式: 甲.乙 ÷}\n", "pack.yaml:5:22: 错误: 指标“甲”的公式：这里应是一个数、名称或“（”"},
		{"事实:\n  - {键: 甲, 种类: 钱}\n", "pack.yaml:5:16: 错误: 不认识的种类“钱”"},
	}
	for _, tt := range tests {
		p, errs := declPack(t, tt.decl)
		if p != nil || !strings.Contains(errs, tt.want) {
			t.Errorf("%s: %v\n%s\nwant %s", tt.decl, p != nil, errs, tt.want)
		}
	}
}
