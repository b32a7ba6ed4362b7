package xlsx

import (
	"reflect"
	"strings"
	"testing"

	"jixiao/generator/internal/doctext"
	"jixiao/generator/tmpl"
)

// textsSpec has 【 in loop rows (merged down and not), in a condition's
// row that may go, in a plain row and in a row below the loops.
const textsSpec = `
sheet 表
A1: 名称
A2: {{range .行}}{{纵向合并 .组}}
B2: {{.名称}}
C2: {{.分数}}{{end}}
A3: {{if .有}}条件行 {{.有}}{{end}}
A4: 负责人：{{.负责人}}
B5: {{.日期}}
sheet 第二张
A1: 【待补】不在这里：{{.第二}}
`

// textsRow is one loop row.
func textsRow(group, name string, score any) map[string]any {
	return map[string]any{"组": group, "名称": name, "分数": score}
}

// pending is what a template shows for a missing fact.
func pending(what string) tmpl.Pending { return tmpl.Pending{Need: []string{what}} }

// TestTextsAreTheWorkbooks: TextsBudget lists the texts holding “【” of
// the workbook Execute writes, whether rows move (excelize rebuilds, and
// 纵向合并 empties the cells it merges) or not (the template is patched);
// it lists them itself exactly where that is certain.
func TestTextsAreTheWorkbooks(t *testing.T) {
	p := pending("分数")
	base := func(rows ...any) map[string]any {
		return map[string]any{"行": rows, "有": "", "负责人": pending("负责人"), "日期": "2024-03-20", "第二": pending("第二")}
	}
	withIf := base(textsRow("甲", "项目一", p))
	withIf["有"] = pending("条件")
	cases := []struct {
		name, spec string
		data       map[string]any
		certain    bool
	}{
		{"rebuilt, merged", textsSpec, base(textsRow(p.String(), "项目一", p), textsRow(p.String(), "项目二", dec("90")), textsRow("乙", "【待补：名称】", p)), true},
		{"patched", textsSpec, withIf, true},
		{"no rows", textsSpec, base(), true},
		{"escaped text", textsSpec, base(textsRow("甲", "【待补：_x0041_】", p), textsRow("乙", "b", p)), false},
		{"carriage return", textsSpec, base(textsRow("甲", "【待补：a\rb】", p), textsRow("乙", "b", p)), false},
		{"constant 【", textsSpec + "C9: 【待补：常量】\n", base(textsRow("甲", "a", p), textsRow("乙", "b", p)), false},
		{"formula", textsSpec + "C9= A4&\"\"\n", base(textsRow("甲", "a", p)), false},
		{"invalid UTF-8", textsSpec, base(textsRow("甲", "\xff", p)), false},
	}
	for _, c := range cases {
		tpl := parseSpec(t, c.spec)
		want, err := doctext.Archive(".xlsx", renderBytes(t, tpl, c.data))
		got, diags := tpl.TextsBudget(c.data, tmpl.NewBudget())
		if diags.HasErrors() || (got.Err == nil) != (err == nil) {
			t.Fatalf("%s: %v; error %v, reading the workbook: %v", c.name, diags, got.Err, err)
		}
		if w, g := withMarker(want), withMarker(got.Texts); !reflect.DeepEqual(w, g) {
			t.Errorf("%s: texts\nworkbook %q\nTexts    %q", c.name, w, g)
		}
		if certain := textsCertainFor(t, tpl, c.data); certain != c.certain {
			t.Errorf("%s: listed by the engine %v; want %v", c.name, certain, c.certain)
		}
	}
}

// textsCertainFor evaluates tpl with data and reports whether the engine
// lists its texts itself.
func textsCertainFor(t *testing.T, tpl *Template, data any) bool {
	ex, err := tpl.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer tpl.release(ex)
	return tpl.textsCertain(ex.evaluator(tpl, data, tmpl.NewBudget()).evaluate())
}

// withMarker keeps the texts holding “【”.
func withMarker(texts []string) []string {
	var out []string
	for _, s := range texts {
		if strings.Contains(s, "【") {
			out = append(out, s)
		}
	}
	return out
}
