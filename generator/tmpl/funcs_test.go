package tmpl

import (
	"errors"
	"strings"
	"testing"
	"text/template"
)

// TestRegistryExamples runs every example of every registered function, so
// the documentation cannot drift from the code.
func TestRegistryExamples(t *testing.T) {
	for _, f := range Registry() {
		if f.Doc == "" || len(f.Examples) == 0 {
			t.Errorf("%s: needs a doc line and at least one example", f.Name)
		}
		for _, ex := range f.Examples {
			tpl, err := template.New(f.Name).Option("missingkey=error").Funcs(FuncMap()).Parse(ex.Template)
			if err != nil {
				t.Errorf("%s: parse %q: %v", f.Name, ex.Template, err)
				continue
			}
			var b strings.Builder
			if err := tpl.Execute(&b, ex.Data); err != nil {
				t.Errorf("%s: execute %q: %v", f.Name, ex.Template, err)
				continue
			}
			if b.String() != ex.Want {
				t.Errorf("%s: %q gave %q; want %q", f.Name, ex.Template, b.String(), ex.Want)
			}
		}
	}
}

func TestNonHermeticFunctionsAreAbsent(t *testing.T) {
	m := FuncMap()
	for _, name := range []string{"env", "expandenv", "now", "date", "ago", "toDate",
		"randInt", "randAlpha", "uuidv4", "shuffle", "getHostByName", "bcrypt",
		"genPrivateKey", "encryptAES", "osBase", "htpasswd"} {
		if _, ok := m[name]; ok {
			t.Errorf("%s is in the allow-list", name)
		}
	}
	for _, name := range sprigAllowed {
		if m[name] == nil {
			t.Errorf("allowed sprig function %s is missing", name)
		}
	}
}

func TestBoundedSequences(t *testing.T) {
	for _, src := range []string{
		`{{range until 1000000000}}{{end}}`,
		`{{repeat 1000000000 "x"}}`,
		`{{range untilStep 0 1000000000 1}}{{end}}`,
		`{{range seq 1000000000}}{{end}}`,
	} {
		tpl := template.Must(template.New("t").Funcs(FuncMap()).Parse(src))
		err := tpl.Execute(&strings.Builder{}, nil)
		if err == nil || !strings.Contains(err.Error(), "超过上限") {
			t.Errorf("%s: err = %v; want a limit error", src, err)
		}
	}
}

func TestBudgetWriterStopsExecution(t *testing.T) {
	b := NewBudgetWith(MaxSteps, 100, MaxDuration)
	tpl := template.Must(template.New("t").Funcs(b.FuncMap()).Parse(`{{range until 1000}}0123456789{{end}}`))
	var out strings.Builder
	err := tpl.Execute(b.Writer(&out), nil)
	if !errors.Is(err, ErrLimit) || !strings.Contains(Explain(err), "生成的文字共超过") {
		t.Fatalf("err = %v; want the byte limit", err)
	}
	if out.Len() > 100 {
		t.Errorf("wrote %d bytes past the limit", out.Len())
	}
}

func TestDomainErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`{{比率 1 0}}`, "除数为 0"},
		{`{{万元 "12k"}}`, "不是数字"},
		{`{{日期 "2023/4/13"}}`, "不是 年-月-日"},
		{`{{中文数字 10000}}`, "只支持"},
	} {
		tpl := template.Must(template.New("t").Funcs(FuncMap()).Parse(tt.src))
		err := tpl.Execute(&strings.Builder{}, nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v; want %q", tt.src, err, tt.want)
		}
	}
}

func TestChineseNumber(t *testing.T) {
	for n, want := range map[int]string{0: "零", 1: "一", 10: "十", 11: "十一", 19: "十九",
		20: "二十", 21: "二十一", 100: "一百", 101: "一百零一", 110: "一百一十", 1001: "一千零一", 2022: "二千零二十二"} {
		if got, _ := chineseNumber(int64(n)); got != want {
			t.Errorf("chineseNumber(%d) = %q; want %q", n, got, want)
		}
	}
}
