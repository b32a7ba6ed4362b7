package docx

import (
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
	"jixiao/generator/tmpl/tmpltest"
)

// TestTagsAcrossRuns checks what is left of the runs a tag spans: the
// value takes the formatting of the run where the tag starts, runs and
// markers inside the tag go, bookmarks stay outside it, text around the
// tag keeps its own runs.
func TestTagsAcrossRuns(t *testing.T) {
	r := func(rpr, text string) string {
		return `<w:r w:rsidR="00AB12CD"><w:rPr>` + rpr + `</w:rPr><w:t>` + text + `</w:t></w:r>`
	}
	tests := []struct {
		name, para, want string
	}{
		{"formatting change inside",
			r("<w:b/>", "金额{{.") + r("<w:i/>", "值") + r("", "}}万元"),
			r("<w:b/>", "金额X") + r("", "万元")},
		{"spelling marks and revision ids",
			r("", "{{.") + `<w:proofErr w:type="spellStart"/>` + r("<w:u/>", "值") + `<w:proofErr w:type="spellEnd"/>` + r("", "}}"),
			r("", "X")},
		{"bookmark inside stays, outside the value",
			r("", "{{.") + `<w:bookmarkStart w:id="0" w:name="_GoBack"/>` + r("", "值}}") + `<w:bookmarkEnd w:id="0"/>`,
			r("", "X") + `<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>`},
		{"rendered page break inside",
			r("", "{{.") + `<w:r><w:lastRenderedPageBreak/><w:t>值}}</w:t></w:r>`,
			r("", "X")},
		{"entities in the action",
			r("", `{{printf &quot;%s&amp;%s&quot; .值 .值}}`),
			r("", "X&amp;X")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := renderBody(t, `<w:p>`+tt.para+`</w:p>`, map[string]any{"值": "X"})
			got := out[strings.Index(out, "<w:body>")+len("<w:body><w:p>") : strings.Index(out, "</w:p>")]
			want := strings.ReplaceAll(tt.want, "<w:t>", `<w:t xml:space="preserve">`)
			if got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestSectionParagraphStays(t *testing.T) {
	P := docxtest.P
	body := P("{{if .a}}") + P("正文") + `<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr><w:r><w:t>{{end}}</w:t></w:r></w:p>` + P("下一节")
	got, errs := placements(t, body)
	if errs != "" || strings.Join(got, " ") != "at:p before:p drop:第1段" {
		t.Fatalf("placements %q, errors %s", got, errs)
	}
	out := renderBody(t, body, map[string]any{"a": false})
	if !strings.Contains(out, `<w:sectPr><w:type w:val="nextPage"/></w:sectPr>`) || joined(t, out) != " | 下一节" {
		t.Errorf("the section break must survive a removed block:\n%s", out)
	}
}

func TestTagsListsEveryTag(t *testing.T) {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	src := docxtest.Package{Body: P("甲{{.a}}") + Table(Row("x", "{{range .b}}{{.c}}{{end}}")), Header: P("{{.d}}")}.Bytes()
	tpl := mustParse(t, src)
	var got []string
	for _, tg := range tpl.Tags() {
		got = append(got, tg.Pos.String()+" "+tg.Text)
	}
	want := []string{
		"t.docx [word/document.xml] 第1段 {{.a}}",
		"t.docx [word/document.xml] 表1 第1行 第2列 {{range .b}}",
		"t.docx [word/document.xml] 表1 第1行 第2列 {{.c}}",
		"t.docx [word/document.xml] 表1 第1行 第2列 {{end}}",
		"t.docx [word/header1.xml] 第1段 {{.d}}",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestConcurrentExecute(t *testing.T) {
	tpl := mustParse(t, wordStyle(t))
	want := render(t, wordStyle(t), wordStyleData(2))
	done := make(chan []byte)
	for range 4 {
		go func() {
			var buf strings.Builder
			if d := tpl.Execute(&buf, wordStyleData(2)); d.HasErrors() {
				t.Error(d)
			}
			done <- []byte(buf.String())
		}()
	}
	for range 4 {
		if got := <-done; string(got) != string(want) {
			t.Error("a concurrent render differs")
		}
	}
}

// TestExecutionsOverlap: two executions of one template run at the same
// time, each within its own budget.
func TestExecutionsOverlap(t *testing.T) {
	tmpltest.ExecutionsOverlap(t, mustParse(t, docxtest.Doc(docxtest.P("{{.a}}{{range until .n}}{{end}}"))).ExecuteBudget)
}
