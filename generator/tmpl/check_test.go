package tmpl

import (
	"strings"
	"testing"
	"text/template"
)

func TestCheckFieldsReportsEveryMissingField(t *testing.T) {
	src := `{{.单位}}{{.人员.编制}}{{range .项目}}{{.名称}}{{.分数x}}{{end}}` +
		`{{with .人员}}{{.在职人数}}{{.聘用}}{{end}}{{$p := .人员}}{{$p.编制数}}{{$p.无}}` +
		`{{range $i, $x := .项目}}{{$x.备注}}{{end}}{{万元 .人员.缺}}{{(index .项目 0).名称}}`
	tpl := template.Must(template.New("t").Funcs(FuncMap()).Parse(src))
	data := map[string]any{
		"单位": "某局",
		"人员": map[string]any{"编制数": 51, "在职人数": 47},
		"项目": []any{map[string]any{"名称": "甲", "分数": 95}},
	}
	errs := CheckFields(tpl.Tree, data)
	var got []string
	for _, e := range errs {
		got = append(got, e.Msg)
	}
	want := []string{
		"数据中没有字段“编制”，是不是“编制数”？",
		"数据中没有字段“分数x”，是不是“分数”？",
		"数据中没有字段“聘用”",
		"数据中没有字段“无”",
		"数据中没有字段“备注”",
		"数据中没有字段“缺”",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCheckFieldsSkipsUnknownRegions(t *testing.T) {
	src := `{{range .空}}{{.任意}}{{end}}{{with (dict "a" 1)}}{{.b}}{{end}}{{.待补.x}}`
	tpl := template.Must(template.New("t").Funcs(FuncMap()).Parse(src))
	data := map[string]any{"空": []any{}, "待补": Pending{}}
	if errs := CheckFields(tpl.Tree, data); len(errs) != 0 {
		t.Errorf("unexpected errors: %v", errs)
	}
}

func TestCheckFieldsOnScalar(t *testing.T) {
	tpl := template.Must(template.New("t").Parse(`{{.单位.名称}}`))
	errs := CheckFields(tpl.Tree, map[string]any{"单位": "某局"})
	if len(errs) != 1 || !strings.Contains(errs[0].Msg, "不能取字段") {
		t.Errorf("errs = %v", errs)
	}
}
