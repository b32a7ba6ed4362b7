package scaffold_test

import (
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/pack"
	"jixiao/generator/scaffold"
)

// nextYear writes the 2023-style file init --from makes of src and loads
// both.
func nextYear(t *testing.T, src []byte, year string) (old, new *facts.Facts, text []byte, p *pack.Pack) {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	schema := p.Rubric.FactsSchema()
	old, diags = facts.Load("old.yaml", src, schema)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	text = scaffold.Facts(schema, scaffold.Options{Unit: old.Unit(), Year: year, SchemaRef: "s.json",
		Usage: p.Rubric.FactUsage(), From: old, FromName: "old.yaml"})
	new, diags = facts.Load("new.yaml", text, schema)
	if diags.HasErrors() {
		t.Fatalf("the new year's file has errors: %v\n%s", diags, text)
	}
	return old, new, text, p
}

// TestFromMovesThisYearToLastYear: on both built-in examples, every 上年
// column of the new file holds last year's 本年 figure (list rows by name),
// every 本年 column is blank, the stable facts are carried, the rest is
// blank, and check loads the file.
func TestFromMovesThisYearToLastYear(t *testing.T) {
	for _, ex := range []struct {
		name string
		src  []byte
	}{{"seed", data.Example}, {"complete", data.Complete}} {
		old, new, text, p := nextYear(t, ex.src, "2099")
		rows := 0
		for _, pair := range periodRows(old.Root, new.Root) {
			rows++
			for to, from := range map[string]string{"上年预算": "本年预算", "上年决算": "本年决算"} {
				if pair[1].Get(to) == nil || pair[0].Get(from) == nil {
					t.Fatalf("%s: the rows of %s differ in number or names", ex.name, pair[0].Path)
				}
				sameValue(t, ex.name, pair[1].Get(to), pair[0].Get(from))
			}
			for _, p := range []string{"本年预算", "本年决算"} {
				if pair[1].Get(p).Present {
					t.Errorf("%s: %s.%s carried", ex.name, pair[1].Path, p)
				}
			}
		}
		if rows < 12 {
			t.Errorf("%s: only %d period rows compared", ex.name, rows)
		}
		for _, path := range []string{"单位", "负责人", "人员.编制数", "职能职责.概述"} {
			sameValue(t, ex.name, new.Get(path), old.Get(path))
		}
		if len(new.Get("管理制度").Items) != len(old.Get("管理制度").Items) || len(new.Get("职能职责.条目").Items) != len(old.Get("职能职责.条目").Items) {
			t.Errorf("%s: lists of stable facts not carried", ex.name)
		}
		for _, path := range []string{"人员.在职人数", "预算执行.预算数", "叙述.履职效益", "三公经费.说明", "报告日期"} {
			if new.Get(path).Present {
				t.Errorf("%s: %s carried but belongs to the year", ex.name, path)
			}
		}
		if len(new.Get("公共项目").Items) != 0 || new.Year() != "2099" {
			t.Errorf("%s: projects %d, year %s", ex.name, len(new.Get("公共项目").Items), new.Year())
		}
		if _, diags := evaluate.Run(p, "new.yaml", text); diags.HasErrors() {
			t.Errorf("%s: check cannot load the new file: %v", ex.name, diags)
		}
		for _, want := range []string{"# 由 jixiao init --from old.yaml 生成", "沿用上年的内容，有变化请修改",
			"# 机构编制部门核定批复的人员编制数；单位：人"} {
			if !strings.Contains(string(text), want) {
				t.Errorf("%s: the new file lacks %q", ex.name, want)
			}
		}
	}
}

// TestFromCompleteExampleChecksClean: the complete example's next year has
// no finding that is an error: nothing wrong was carried.
func TestFromCompleteExampleChecksClean(t *testing.T) {
	_, _, text, p := nextYear(t, data.Complete, "2024")
	res, _ := evaluate.Run(p, "new.yaml", text)
	if res.Findings.HasErrors() {
		t.Errorf("check finds errors: %v", res.Findings.Errors())
	}
	if !strings.Contains(string(text), "    上年决算: 2173.24\n") {
		t.Errorf("基本支出 上年决算 is not the example's 本年决算 2173.24")
	}
}

// TestFromKeepsTextExactly: carried text with line breaks, colons, quotes
// and leading symbols loads back unchanged.
func TestFromKeepsTextExactly(t *testing.T) {
	src := "单位: \"某局: 二处\"\n年度: 2023\n负责人: '*张三'\n职能职责:\n  概述: |-\n    第一段：职责\n    第二段 # 不是注释\n" +
		"  条目:\n    - \"- 以短横开头\"\n    - \"  前面有空格\\n第二行\"\n管理制度:\n    - \"《制度》: 2023版\"\n"
	old, new, _, _ := nextYear(t, []byte(src), "2024")
	for _, path := range []string{"单位", "负责人", "职能职责.概述"} {
		sameValue(t, "text", new.Get(path), old.Get(path))
	}
	for i, it := range old.Get("职能职责.条目").Items {
		sameValue(t, "text", new.Get("职能职责.条目").Items[i], it)
	}
	sameValue(t, "text", new.Get("管理制度").Items[0], old.Get("管理制度").Items[0])
}

func sameValue(t *testing.T, name string, got, want *facts.Value) {
	t.Helper()
	if got.Present != want.Present || got.Present && (!got.Num.Equal(want.Num) || got.Str != want.Str) {
		t.Errorf("%s: %s = %v %q %s; want %v %q %s", name, got.Path, got.Present, got.Str, got.Num, want.Present, want.Str, want.Num)
	}
}

// periodRows pairs the rows of four period columns of old and new, list
// rows by position (their names must agree).
func periodRows(old, new *facts.Value) [][2]*facts.Value {
	var out [][2]*facts.Value
	switch old.Field.Kind {
	case facts.Object:
		if old.Field.Child("上年决算") != nil && old.Field.Child("本年决算") != nil {
			return [][2]*facts.Value{{old, new}}
		}
		for k, c := range old.Fields {
			out = append(out, periodRows(c, new.Fields[k])...)
		}
	case facts.List:
		if old.Field.Elem.Child("上年决算") == nil {
			return nil
		}
		if len(old.Items) != len(new.Items) {
			return [][2]*facts.Value{{old, new}} // fails the comparison
		}
		for i := range old.Items {
			if old.Items[i].Get("名称").Str != new.Items[i].Get("名称").Str {
				return [][2]*facts.Value{{old, new}}
			}
			out = append(out, periodRows(old.Items[i], new.Items[i])...)
		}
	}
	return out
}
