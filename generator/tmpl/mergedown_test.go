package tmpl

import (
	"strings"
	"testing"
	"text/template"
)

func TestMergeDownContinues(t *testing.T) {
	pend := Pending{Need: []string{"x"}}
	for _, tt := range []struct {
		name      string
		prev, cur MergeDown
		want      bool
	}{
		{"same text", mergeDown("投入"), mergeDown("投入"), true},
		{"other text", mergeDown("投入"), mergeDown("过程"), false},
		{"equal decimals", mergeDown(dec("1.50")), mergeDown(dec("1.5")), true},
		{"same marker", mergeDown(pend), mergeDown(pend), true},
		{"blank never merges", mergeDown(""), mergeDown(""), false},
		{"nil never merges", mergeDown(nil), mergeDown(nil), false},
		{"same group", mergeDown("预算执行", "过程"), mergeDown("预算执行", "过程"), true},
		{"group changes", mergeDown("预算执行", "投入"), mergeDown("预算执行", "过程"), false},
		{"blank group", mergeDown("预算执行", ""), mergeDown("预算执行", ""), false},
		{"group against none", mergeDown("预算执行"), mergeDown("预算执行", "过程"), false},
	} {
		if got := tt.cur.Continues(tt.prev); got != tt.want {
			t.Errorf("%s: Continues = %v; want %v", tt.name, got, tt.want)
		}
	}
}

func TestMergeDownPrintsItsValue(t *testing.T) {
	tpl := template.Must(template.New("t").Funcs(FuncMap()).Parse(`{{纵向合并 .a}}|{{纵向合并 (纵向合并 .b)}}|{{纵向合并 .c}}|{{纵向合并 .d "组"}}`))
	var b strings.Builder
	data := map[string]any{"a": dec("12819.60"), "b": "投入", "c": Pending{Need: []string{"人员.编制数"}}, "d": nil}
	if err := tpl.Execute(&b, data); err != nil {
		t.Fatal(err)
	}
	if want := "12819.6|投入|【待补：人员.编制数】|"; b.String() != want {
		t.Errorf("got %q; want %q", b.String(), want)
	}
	if m := mergeDown(mergeDown("投入")); m.Value != "投入" {
		t.Errorf("a MergeDown of a MergeDown wraps twice: %#v", m)
	}
}
