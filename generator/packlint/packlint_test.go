package packlint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
)

func TestDefaultPackLintsClean(t *testing.T) {
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if d := Lint(p); len(d) != 0 {
		t.Errorf("the default pack has problems:\n%v", d)
	}
}

func TestSampleFillsEveryFact(t *testing.T) {
	p, _ := pack.Default()
	res, diags := evaluate.Run(p, SampleName, Sample(p.Rubric.FactsSchema()))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if len(res.Report.Missing) != 0 {
		t.Errorf("the sample lacks %v", res.Report.Missing)
	}
}

// TestLintReportsAnExhaustedBudgetOnce: an output name that exhausts the
// run's budget is the one error, at its 输出 line (the line after the
// document's 模板); the documents after it are neither blamed nor rendered.
func TestLintReportsAnExhaustedBudgetOnce(t *testing.T) {
	p, _ := pack.Default()
	p.Meta.Documents[0].Output = `附件1-1 {{repeat 100000 (repeat 100000 "x")}}.xlsx`
	d := Lint(p).Errors()
	doc := p.Meta.Documents[0]
	if len(d) != 1 || d[0].Pos != doc.OutputPos || doc.OutputPos.Line != doc.Pos.Line+1 || !strings.Contains(d[0].Msg, "生成的文字共超过") {
		t.Errorf("lint says:\n%v\nwant one error at %v, the line after %v", d, doc.OutputPos, doc.Pos)
	}
}

// openPack writes a pack of pack.yaml meta and a one-indicator rubric
// (judged, so that it reads nothing) and opens it.
func openPack(t *testing.T, meta string) *pack.Pack {
	t.Helper()
	dir := t.TempDir()
	rubric := "总分: 100\n一级指标:\n  - {名称: 甲, 分值: 100, 二级指标: [{名称: 乙, 分值: 100, 三级指标: [{名称: 丙, 分值: 100, 规则: {类型: 评定}}]}]}\n"
	for name, src := range map[string]string{"pack.yaml": meta, "rubric.yaml": rubric} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, diags := pack.Open(dir)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return p
}

// TestLintUnusedDeclarations: a fact that a declared metric reads is
// used; a group and its separately declared fields give one hint per
// field, at the field's own line; a declared metric that no rule and no
// template reads gets its own hint.
func TestLintUnusedDeclarations(t *testing.T) {
	p := openPack(t, `名称: 包
评分规则: rubric.yaml
文档: []
事实:
  - 键: 项目入库
    种类: 分组
  - 键: 项目入库.入库项目数
    种类: 个数
  - 键: 项目入库.项目总数
    种类: 个数
  - 键: 项目入库.备注
    种类: 文字
  - 键: 资产明细
    种类: 列表
    字段:
      - {键: 原值, 种类: 金额}
指标:
  - 名称: 项目入库率
    公式: 项目入库.入库项目数 ÷ 项目入库.项目总数 × 100%
`)
	var got []string
	for _, d := range Lint(p).Warnings() {
		if strings.Contains(d.Msg, "没有用到") {
			got = append(got, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Msg))
		}
	}
	want := []string{
		"11:5 pack.yaml 声明的事实“项目入库.备注”没有用到",
		"13:5 pack.yaml 声明的事实“资产明细”没有用到",
		"18:5 pack.yaml 声明的指标“项目入库率”没有用到",
	}
	if len(got) != len(want) {
		t.Fatalf("hints:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("hint %d: %s\nwant %s…", i, got[i], want[i])
		}
	}
}
