package scaffold_test

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/pack"
	"jixiao/generator/scaffold"
)

func blank(t *testing.T) ([]byte, *pack.Pack) {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return scaffold.Facts(p.Rubric.FactsSchema(), scaffold.Options{Unit: "某局", Year: "2023",
		SchemaRef: "s.json", Usage: p.Rubric.FactUsage()}), p
}

// TestBlankFileLoadsAndScoresAsPending: the file init writes is valid as it
// is, and every indicator is 待评.
func TestBlankFileLoadsAndScoresAsPending(t *testing.T) {
	src, p := blank(t)
	res, diags := evaluate.Run(p, "blank.yaml", src)
	if diags.HasErrors() {
		t.Fatalf("blank file has errors: %v", diags)
	}
	if res.Report.Complete || !res.Report.Total.IsZero() {
		t.Errorf("blank file scored %s", res.Report.Total)
	}
	text := string(src)
	for _, want := range []string{"# yaml-language-server: $schema=s.json", "单位: 某局", "年度: 2023",
		"# 机构编制部门核定批复的人员编制数；单位：人；来源：附件1-2 财政供养人员情况·编制数；用于：人员控制率"} {
		if !strings.Contains(text, want) {
			t.Errorf("init output lacks %q", want)
		}
	}
}

// TestFilledFilePassesCheck fills every blank scalar with a value of its
// kind and checks that the file then loads without errors and that check
// finds no errors.
func TestFilledFilePassesCheck(t *testing.T) {
	src, p := blank(t)
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	schema := p.Rubric.FactsSchema()
	fill(doc.Content[0], schema, "")
	filled, err := yaml.Marshal(&doc)
	if err != nil {
		t.Fatal(err)
	}
	res, diags := evaluate.Run(p, "filled.yaml", filled)
	if diags.HasErrors() {
		t.Fatalf("filled file has errors: %v\n%s", diags, filled)
	}
	if res.Findings.HasErrors() {
		t.Errorf("check finds errors in the filled file: %v", res.Findings.Errors())
	}
	if len(res.Report.Missing) > 0 {
		t.Errorf("filled file still misses %v", res.Report.Missing)
	}
}

// fill sets every null scalar below n (a mapping) by its field's kind.
func fill(n *yaml.Node, f *facts.Field, path string) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i].Value, n.Content[i+1]
		child := f.Child(key)
		if child == nil || key == "分值分配" { // blank: the pack's default points
			continue
		}
		if val.Kind == yaml.MappingNode {
			fill(val, child, path+key+".")
			continue
		}
		if val.Tag == "!!null" || val.Value == "" {
			*val = *value(child)
		}
	}
}

// value is a filled node for field f: one item for lists.
func value(f *facts.Field) *yaml.Node {
	switch f.Kind {
	case facts.List:
		return &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{value(f.Elem)}}
	case facts.Object:
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, c := range f.Fields {
			m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: c.Key}, value(c))
		}
		return m
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Value: sample(f)}
}

func sample(f *facts.Field) string {
	if len(f.Enum) > 0 {
		return f.Enum[0]
	}
	switch f.Kind {
	case facts.Money, facts.Decimal, facts.Count:
		return "0"
	case facts.Year:
		return "2023"
	case facts.Bool:
		return "是"
	case facts.Date:
		return "2023-04-13"
	}
	return "示例"
}

// TestBlankFileSaysBlankVsZero: the header says how to fill the file, the
// enumerated and declared-none facts say what they accept, and --pack is
// remembered.
func TestBlankFileSaysBlankVsZero(t *testing.T) {
	p, _ := pack.Default()
	src := string(scaffold.Facts(p.Rubric.FactsSchema(), scaffold.Options{Unit: "某局", Year: "2023", Pack: "../县 模板包.zip"}))
	for _, want := range []string{
		"确实为 0 的填 0；不知道的留空，相关指标会显示待评。",
		"# 预算数与完成数的口径：部门整体 或 项目支出；可填：部门整体、项目支出\n  口径:\n",
		"两年都没有政府采购可写“无”\n政府采购:\n",
		"# 报告成文日期（署名下的日期），写成 2024-03-20、2024/3/20 或 2024年3月20日；上报的材料必须填写\n报告日期:\n",
		"模板包: ../县 模板包.zip\n",
		"分值分配:\n",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("init output lacks %q", want)
		}
	}
	if strings.Contains(src, "不要填 0") {
		t.Error("init still says not to write 0")
	}
}

// TestHeaderKeepsNamesOnTheirLine: a unit name with a line break (a quoted
// "\n" in last year's file) stays in the header's comment; the file holds
// no key it did not mean to write.
func TestHeaderKeepsNamesOnTheirLine(t *testing.T) {
	p, _ := pack.Default()
	src := scaffold.Facts(p.Rubric.FactsSchema(), scaffold.Options{Unit: "甲\n模板包: evil", Year: "2023"})
	var top map[string]any
	if err := yaml.Unmarshal(src, &top); err != nil {
		t.Fatal(err)
	}
	if top["模板包"] != nil || top["单位"] != "甲\n模板包: evil" {
		t.Errorf("模板包 %v, 单位 %q", top["模板包"], top["单位"])
	}
}
