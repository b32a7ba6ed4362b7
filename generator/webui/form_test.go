package webui

import (
	"strings"
	"testing"

	"jixiao/generator/facts"
	"jixiao/generator/pack"
)

// TestFormCoversSchema: every fact of the schema (the rubric's 评定 section
// included) is a field of the form, so a new fact appears without code.
func TestFormCoversSchema(t *testing.T) {
	p, _ := pack.Default()
	form := NewForm(p)
	got := map[string]*Field{}
	var walk func(f *Field, path string)
	walk = func(f *Field, path string) {
		got[path] = f
		for _, c := range f.Fields {
			walk(c, join(path, c.Key))
		}
		if f.Elem != nil {
			for _, c := range f.Elem.Fields {
				walk(c, join(path, c.Key))
			}
		}
	}
	for _, g := range form.Groups {
		for _, s := range g.Sections {
			if s.Key == "基本情况" {
				for _, c := range s.Fields {
					walk(c, c.Key)
				}
				continue
			}
			walk(s, s.Key)
		}
	}
	n := 0
	p.Rubric.FactsSchema().Walk(func(path string, f *facts.Field) {
		n++
		if got[path] == nil {
			t.Errorf("%s is not in the form", path)
		}
	})
	if n < 100 {
		t.Fatalf("only %d facts", n)
	}
}

func TestFormQuotesRubric(t *testing.T) {
	p, _ := pack.Default()
	form := NewForm(p)
	var judged *Field
	for _, g := range form.Groups {
		for _, s := range g.Sections {
			if s.Key == "评定" {
				judged = s
			}
		}
	}
	if judged == nil {
		t.Fatal("no 评定 section")
	}
	ind := judged.Fields[0]
	if ind.Rubric == nil || ind.Rubric.Criteria == "" || ind.Rubric.Standard == "" {
		t.Fatalf("%s has no 评分要点/评分标准", ind.Key)
	}
	part := ind.Fields[0]
	if part.Rubric == nil || part.Rubric.Part == "" || part.Rubric.Points == "" {
		t.Fatalf("%s.%s does not name its sub-item", ind.Key, part.Key)
	}
	if !strings.Contains(ind.Rubric.Standard, "计") {
		t.Errorf("评分标准 %q", ind.Rubric.Standard)
	}
}

func TestFormGroupsFollowTheForms(t *testing.T) {
	p, _ := pack.Default()
	where := map[string]string{}
	for _, g := range NewForm(p).Groups {
		for _, s := range g.Sections {
			where[s.Key] = g.Title
		}
	}
	for key, group := range map[string]string{"人员": "附件1-2", "三公经费": "附件1-2", "公共项目": "附件2-4",
		"评定": "附件1-1", "叙述": "附件1-3", "职能职责": "附件1-3", "楼堂馆所": "附件1-2"} {
		if !strings.HasPrefix(where[key], group) {
			t.Errorf("%s is in %q, want %s", key, where[key], group)
		}
	}
}

// TestFormHelpSpeaksToTheClerk: no field's help on the page speaks of the
// command line; the 模板包 field says what to write and which pack this
// page scores with.
func TestFormHelpSpeaksToTheClerk(t *testing.T) {
	p, _ := pack.Default()
	var pkg *Field
	var walk func(f *Field)
	walk = func(f *Field) {
		if strings.Contains(f.Desc, "--") || strings.Contains(f.Desc, "jixiao") {
			t.Errorf("%s: help speaks of the command line: %s", f.Key, f.Desc)
		}
		if f.Key == "模板包" {
			pkg = f
		}
		for _, c := range f.Fields {
			walk(c)
		}
		if f.Elem != nil {
			walk(f.Elem)
		}
	}
	for _, g := range NewForm(p).Groups {
		for _, s := range g.Sections {
			walk(s)
		}
	}
	if pkg == nil {
		t.Fatal("no 模板包 field")
	}
	for _, want := range []string{"相对于本事实文件", ".zip", "本网页按启动时的模板包（" + p.Meta.Name + "）计分", "不进入文档"} {
		if !strings.Contains(pkg.Desc, want) {
			t.Errorf("模板包 help lacks %q: %s", want, pkg.Desc)
		}
	}
}
