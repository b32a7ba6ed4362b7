package build

import (
	"strings"
	"testing"

	"jixiao/generator/pack"
)

// frameworkDir is the second pack, built from the 2013 common framework.
const frameworkDir = "../../templates/framework-2013"

// renderFramework renders the framework pack's example, which is complete:
// the documents by output name.
func renderFramework(t *testing.T) (*pack.Pack, map[string][]byte) {
	t.Helper()
	p, diags := pack.Open(frameworkDir)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	_, src, _ := p.Example()
	docs := map[string][]byte{}
	for _, o := range renderExample(t, p, src) {
		docs[o.Name] = o.Data
	}
	return p, docs
}

// TestFrameworkForm11FollowsItsRubric: the framework pack's 附件1-1, in
// Excel and Word, has its own rubric's 31 indicators in order and the
// merges its groups call for, with its own title.
func TestFrameworkForm11FollowsItsRubric(t *testing.T) {
	p, docs := renderFramework(t)
	want := rubricForm11(p.Rubric)
	if len(want.rows) != 31 {
		t.Fatalf("the framework rubric has %d indicators; want 31", len(want.rows))
	}
	seen := 0
	for name, doc := range docs {
		switch {
		case strings.HasPrefix(name, "附件1-1") && strings.HasSuffix(name, "指标表.xlsx"):
			compareForm11(t, name, want, xlsxForm11(t, doc))
			checkNotesSheet(t, name, doc)
			seen++
		case strings.HasPrefix(name, "附件1-1") && strings.HasSuffix(name, "指标表.docx"):
			compareForm11(t, name, want, wordForm11(t, doc))
			seen++
		}
		if strings.HasPrefix(name, "附件1-1") && !strings.Contains(documentText(t, name, doc), "部门整体支出绩效评价指标表") {
			t.Errorf("%s lacks the pack's own title", name)
		}
	}
	if seen != 2 {
		t.Errorf("found %d forms 附件1-1; want 2", seen)
	}
}

// TestFrameworkBasicTableRows: the framework example's 附件1-2 carries the
// rows its declared facts add, in both formats, and no document of it has a
// 【待补】 (the CLI test build_framework.txtar builds it with --final).
func TestFrameworkBasicTableRows(t *testing.T) {
	_, docs := renderFramework(t)
	for name, doc := range docs {
		if strings.Contains(documentText(t, name, doc), "待补") {
			t.Errorf("%s has a 【待补】", name)
		}
	}
	rows := []string{"重点项目支出", "2460", "2392.6", "2022年末结转结余总额", "200", "固定资产总额", "1250", "实际在用固定资产总额", "1125"}
	for name, doc := range docs {
		if !strings.HasPrefix(name, "附件1-2") {
			continue
		}
		text := documentText(t, name, doc)
		for _, r := range rows {
			if !strings.Contains(text, r) {
				t.Errorf("%s lacks %q", name, r)
			}
		}
	}
}
