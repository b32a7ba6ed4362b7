package gate_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/build"
	"jixiao/generator/evaluate"
	"jixiao/generator/gate"
	"jixiao/generator/internal/doctext"
	"jixiao/generator/internal/ziptest"
	"jixiao/generator/pack"
	"jixiao/generator/scaffold"
)

// textsCases are facts files for the differential test: the pack's
// example (and the complete example for the default pack), a fresh file,
// and drafts made from the examples that miss facts the documents show in
// loops, in single rows and in plain cells.
func textsCases(p *pack.Pack, def bool) map[string][]byte {
	_, example, _ := p.Example()
	bases := map[string]string{"example": string(example)}
	if def {
		bases["complete"] = string(data.Complete)
	}
	cases := map[string][]byte{"fresh": scaffold.Facts(p.Rubric.FactsSchema(), scaffold.Options{
		Unit: "某局", Year: "2023", Usage: p.Rubric.FactUsage()})}
	scores := regexp.MustCompile(`(?m)^    自评分数: [\d.]+\n`)
	for name, src := range bases {
		cases[name] = []byte(src)
		cases[name+" no scores"] = []byte(scores.ReplaceAllString(src, ""))
		cases[name+" one project"] = []byte(replaceKey(src, "公共项目:", "公共项目:\n  - 名称: 唯一的项目\n"))
		cases[name+" no projects"] = []byte(replaceKey(src, "公共项目:", ""))
		cases[name+" no head"] = []byte(replaceKey(src, "负责人:", ""))
		cases[name+" no buildings"] = []byte(replaceKey(src, "楼堂馆所:", ""))
	}
	return cases
}

// replaceKey replaces a top-level key of a facts file, with its block,
// by with.
func replaceKey(src, key, with string) string {
	i := strings.Index(src, "\n"+key) + 1
	j := i + strings.Index(src[i:], "\n") + 1
	for j < len(src) && (src[j] == ' ' || src[j] == '\n') {
		j += strings.Index(src[j:], "\n") + 1
	}
	return src[:i] + with + src[j:]
}

// TestTextsReportIsInspectReport: for both packs and every case, the
// report check makes from the documents' texts (RenderTexts,
// InspectTexts) is the report of the rendered files (Render, Inspect),
// and each document's texts holding “【” are those of its file.
func TestTextsReportIsInspectReport(t *testing.T) {
	def, _ := pack.Default()
	framework, diags := pack.Open("../../templates/framework-2013")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, p := range []*pack.Pack{def, framework} {
		for name, src := range textsCases(p, p == def) {
			res, diags := evaluate.Run(p, name+".yaml", src)
			if diags.HasErrors() {
				t.Fatalf("%s %s: %v", p.Meta.Name, name, diags.Errors())
			}
			compareTexts(t, p.Meta.Name+" "+name, res)
		}
	}
}

func compareTexts(t *testing.T, label string, res *evaluate.Result) {
	t.Helper()
	outs, diags := build.Render(res)
	texts, tdiags := build.RenderTexts(res)
	if !reflect.DeepEqual(diags, tdiags) {
		t.Fatalf("%s: problems differ:\nRender %v\nRenderTexts %v", label, diags, tdiags)
	}
	if len(outs) != len(texts) {
		t.Fatalf("%s: %d documents, %d texts", label, len(outs), len(texts))
	}
	for i, o := range outs {
		want, err := doctext.Archive(o.Name, o.Data)
		if err != nil || texts[i].Err != nil || texts[i].Name != o.Name {
			t.Fatalf("%s %s: %v %v %q", label, o.Name, err, texts[i].Err, texts[i].Name)
		}
		if w, g := marked(want), marked(texts[i].Texts); !reflect.DeepEqual(w, g) {
			t.Errorf("%s %s: texts holding “【” differ:\nfile  %q\ntexts %q", label, o.Name, w, g)
		}
	}
	want, got := gate.Inspect(res, outs), gate.InspectTexts(res, texts)
	if !reflect.DeepEqual(want, got) || want.Breakdown() != got.Breakdown() || want.DraftLine() != got.DraftLine() {
		t.Errorf("%s: reports differ:\nInspect      %+v\nInspectTexts %+v", label, want.Placeholders, got.Placeholders)
	}
	if want.PlaceholderCount() > 0 {
		t.Logf("%s: %d 【待补】 in %d documents", label, want.PlaceholderCount(), len(outs))
	}
}

// marked keeps the texts holding “【”, the only ones a placeholder can be
// in.
func marked(texts []string) []string {
	var out []string
	for _, s := range texts {
		if strings.Contains(s, "【") {
			out = append(out, s)
		}
	}
	return out
}

// TestTextsReportTemplateErrors: templates with a syntax error, a field
// the data lacks and a function that fails while executing give the same
// problems, in the same order, on both paths.
func TestTextsReportTemplateErrors(t *testing.T) {
	def, _ := pack.Default()
	dir := filepath.Join(t.TempDir(), "包")
	if _, err := pack.Export(def, dir); err != nil {
		t.Fatal(err)
	}
	editEntry(t, filepath.Join(dir, "附件1-3 自评报告.docx"), "word/document.xml", "{{", "{{nosuchfunc ")
	editEntry(t, filepath.Join(dir, "附件1-1 评分说明.docx"), "word/document.xml", "{{", "{{slice &quot;abc&quot; 5}}{{")
	editEntry(t, filepath.Join(dir, "附件2-4 公共项目评分汇总表.xlsx"), "xl/sharedStrings.xml", "{{.", "{{.不存在的字段}}{{.")
	editEntry(t, filepath.Join(dir, "附件1-1 指标表.xlsx"), "xl/sharedStrings.xml", "{{.", `{{slice "abc" 5}}{{.`)
	p, diags := pack.Open(dir)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	res, diags := evaluate.Run(p, data.ExampleName, data.Example)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	_, want := build.Render(res)
	texts, got := build.RenderTexts(res)
	if len(want.Errors()) < 4 || texts != nil || !reflect.DeepEqual(want, got) {
		t.Errorf("problems differ:\nRender      %v\nRenderTexts %v", want, got)
	}
}

// editEntry replaces the first old in part of the archive at path by new.
func editEntry(t *testing.T, path, part, old, new string) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := ziptest.Edit(t, src, func(name string, data []byte) ([]byte, bool) {
		if name != part {
			return nil, false
		}
		if !bytes.Contains(data, []byte(old)) {
			t.Fatalf("%s %s has no %q", path, part, old)
		}
		return bytes.Replace(data, []byte(old), []byte(new), 1), true
	})
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
}
