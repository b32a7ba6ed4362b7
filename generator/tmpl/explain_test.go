package tmpl

import (
	"strings"
	"testing"
	"text/template"
)

func TestExplain(t *testing.T) {
	tests := []struct{ src, want string }{
		{`{{foo 1}}`, "未知函数“foo”"},
		{`{{if .a}}x`, "块没有闭合"},
		{`x{{end}}`, "多余的 {{end}}"},
		{`{{.在职人数}}`, "数据中没有字段“在职人数”"},
		{`{{万元 1 2}}`, "函数“万元”需要 1 个参数，实际给了 2 个"},
		{`{{比率 1 0}}`, "调用“比率”出错：除数为 0"},
	}
	for _, tt := range tests {
		tpl, err := template.New("t").Option("missingkey=error").Funcs(FuncMap()).Parse(tt.src)
		if err == nil {
			err = tpl.Execute(&strings.Builder{}, map[string]any{})
		}
		if err == nil {
			t.Errorf("%s: no error", tt.src)
			continue
		}
		if got := Explain(err); !strings.Contains(got, tt.want) || strings.Contains(got, "template:") {
			t.Errorf("%s: Explain = %q; want it to contain %q", tt.src, got, tt.want)
		}
	}
}

func TestNormalizeAction(t *testing.T) {
	if got := NormalizeAction(`eq .状态 “完成”`); got != `eq .状态 "完成"` {
		t.Errorf("got %q", got)
	}
	for _, tt := range []struct{ in, want string }{
		{`.单位`, `.单位`},
		{`printf “%s” .a`, `printf "%s" .a`},
		{`eq .a „x＂`, `eq .a "x"`},
		{`｀raw｀`, "`raw`"},
		{"万元\u00a0.预算\u3000", "万元 .预算 "},
		{`“”„＂‘’｀` + "\u00a0\u3000", `""""""` + "`  "},
		{`全角　空格与“引号”`, `全角 空格与"引号"`},
	} {
		if got := NormalizeAction(tt.in); got != tt.want {
			t.Errorf("NormalizeAction(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	tpl := template.Must(template.New("t").Parse(`{{if ` + NormalizeAction(`eq .s ‘完成’`) + `}}y{{end}}`))
	var b strings.Builder
	if err := tpl.Execute(&b, map[string]string{"s": "完成"}); err != nil || b.String() != "y" {
		t.Errorf("smart single quotes: %q, %v", b.String(), err)
	}
}
