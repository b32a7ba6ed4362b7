package docx

import (
	"io"
	"reflect"
	"testing"

	"jixiao/generator/docx/docxtest"
	"jixiao/generator/internal/doctext"
	"jixiao/generator/tmpl"
)

// TestTextsAreTheDocuments: TextsBudget reads the paragraphs doctext reads
// in the document Execute writes — body, header and footer, cells merged
// down by 纵向合并 emptied, whether the merged values hold “【” or not —
// and reports the same problems.
func TestTextsAreTheDocuments(t *testing.T) {
	Row, Table, P := docxtest.Row, docxtest.Table, docxtest.P
	pending := tmpl.Pending{Need: []string{"一级"}}
	src := docxtest.Package{
		Body: P("负责人：{{.负责人}}") + Table(Row("一级", "三级"),
			Row("{{range .行}}{{纵向合并 .一级}}", "{{.三级}}{{end}}")),
		Header: P("{{.单位}}"),
		Footer: P("【待补】页脚"),
	}.Bytes()
	row := func(a, c any) map[string]any { return map[string]any{"一级": a, "三级": c} }
	for name, data := range map[string]map[string]any{
		"merged 【": {"负责人": tmpl.Pending{}, "单位": "某局", "行": []any{row(pending, "a"), row(pending, pending), row("乙", "c")}},
		"merged":   {"负责人": "李明", "单位": "【待补：单位】", "行": []any{row("甲", "a"), row("甲", "b")}},
	} {
		tpl := mustParse(t, src)
		want, err := doctext.Archive("t.docx", render(t, src, data))
		if err != nil {
			t.Fatal(err)
		}
		got, diags := tpl.TextsBudget(data, tmpl.NewBudget())
		if diags.HasErrors() || got.Err != nil {
			t.Fatalf("%s: %v %v", name, diags, got.Err)
		}
		if !reflect.DeepEqual(want, got.Texts) {
			t.Errorf("%s: texts\ndocument %q\nTexts    %q", name, want, got.Texts)
		}
	}
	tpl := mustParse(t, src)
	_, diags := tpl.TextsBudget(map[string]any{"行": []any{}}, tmpl.NewBudget())
	if want := tpl.Execute(io.Discard, map[string]any{"行": []any{}}); !reflect.DeepEqual(diags, want) || !diags.HasErrors() {
		t.Errorf("problems: %v; want %v", diags, want)
	}
}
