package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/internal/clienttest"
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

// TestFrameworkDocumentsOpenInClients: LibreOffice converts the framework
// pack's Word documents to PDF (each shows the unit); python-docx reads in
// them every indicator of its rubric (附件1-1), the rows of its declared
// facts (附件1-2) and each indicator's brief reason (the report); openpyxl
// opens every Excel file. The expected words come from the pack itself, so
// that no Go code names its metrics.
func TestFrameworkDocumentsOpenInClients(t *testing.T) {
	p, docs := renderFramework(t)
	dir := t.TempDir()
	var words []string // the .docx: a PDF is named after its input without extension
	byName := map[string]string{}
	for name, data := range docs {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, ".docx") {
			words = append(words, path)
		}
		byName[name] = path
	}
	for path, text := range clienttest.PDFText(t, words...) {
		if !strings.Contains(strings.Join(strings.Fields(text), ""), "示例市生态环境局") {
			t.Errorf("the PDF of %s lacks the unit", path)
		}
	}
	for name, want := range frameworkWords(t, p) {
		text := clienttest.DocxText(t, byName[name])
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s (python-docx) lacks %q", name, w)
			}
		}
	}
	for name, path := range byName {
		switch {
		case strings.HasSuffix(name, ".docx") && clienttest.DocxText(t, path) == "":
			t.Errorf("python-docx reads nothing of %s", name)
		case strings.HasSuffix(name, ".xlsx") && clienttest.XLSXCells(t, path) == "":
			t.Errorf("openpyxl reads nothing of %s", name)
		}
	}
}

// frameworkWords are what the framework example's Word documents must show,
// taken from the pack: its indicators (附件1-1), the labels of the facts it
// declares for 附件1-2, each indicator's brief reason (the report).
func frameworkWords(t *testing.T, p *pack.Pack) map[string][]string {
	_, src, _ := p.Example()
	res, diags := evaluate.Run(p, "example.yaml", src)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	form11 := []string{res.Report.Total.String()}
	var report []string
	for _, r := range res.Report.Results {
		form11 = append(form11, r.Indicator.Name)
		report = append(report, r.Indicator.Name+"（"+r.Points.String()+"分）："+r.Brief)
	}
	n := res.Facts.Namer()
	var form12 []string
	for _, d := range p.Rubric.Declared.Facts {
		if strings.HasPrefix(d.Field.Form, "附件1-2") {
			row, _ := n.Row(res.Facts.Schema, d.Path)
			form12 = append(form12, row)
		}
	}
	return map[string][]string{
		"附件1-1 示例市生态环境局部门整体支出绩效评价指标表.docx":    form11,
		"附件1-2 示例市生态环境局部门整体支出绩效评价基础数据表.docx":  form12,
		"附件1-3 2023年度示例市生态环境局整体支出绩效自评报告.docx": report,
	}
}
