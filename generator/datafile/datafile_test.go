package datafile

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/generator/num"
)

func TestParseKeepsExactDecimals(t *testing.T) {
	v, diags := Parse("d.yaml", []byte("a: 16640.91\nb: [1, 0.1]\nc: 文字\nd: true\ne: ~\nf: 0x10\n"))
	if len(diags) != 0 {
		t.Fatal(diags)
	}
	m := v.(map[string]any)
	if m["a"].(num.Dec).String() != "16640.91" {
		t.Errorf("a = %v", m["a"])
	}
	if m["b"].([]any)[1].(num.Dec).String() != "0.1" || m["c"] != "文字" || m["d"] != true || m["e"] != nil {
		t.Errorf("got %#v", m)
	}
	if m["f"].(num.Dec).String() != "16" {
		t.Errorf("f = %v", m["f"])
	}
}

func TestParseJSON(t *testing.T) {
	v, diags := Parse("d.json", []byte(`{"单位": "某局", "金额": 1.10}`))
	if len(diags) != 0 || v.(map[string]any)["金额"].(num.Dec).String() != "1.1" {
		t.Fatal(v, diags)
	}
}

func TestParseRejectsInf(t *testing.T) {
	_, diags := Parse("d.yaml", []byte("a: .inf\n"))
	if !diags.HasErrors() || diags[0].Pos.Line != 1 {
		t.Fatal(diags)
	}
}

// TestAliasCycleAndBomb: a self-referencing alias and an alias bomb are
// errors at their line, not a stack overflow or gigabytes of memory.
func TestAliasCycleAndBomb(t *testing.T) {
	_, diags := Parse("d.yaml", []byte("a: &a [1, *a]\n"))
	if !diags.HasErrors() || !strings.Contains(diags.Error(), "d.yaml:1:11: 错误: 别名 *a 引用了它自己所在的值") {
		t.Errorf("cycle: %v", diags)
	}
	var bomb strings.Builder
	bomb.WriteString("a: &a [\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"]\n")
	prev := "a"
	for _, name := range []string{"b", "c", "d", "e", "f", "g", "h", "i", "j"} {
		fmt.Fprintf(&bomb, "%s: &%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n", name, name, prev, prev, prev, prev, prev, prev, prev, prev, prev, prev)
		prev = name
	}
	_, diags = Parse("d.yaml", []byte(bomb.String()))
	if len(diags) != 1 || !strings.Contains(diags.Error(), "数据展开后超过上限") {
		t.Errorf("bomb: %v", diags)
	}
	v, diags := Parse("d.yaml", []byte("a: &a {x: 1}\nb: *a\nc: [*a, *a]\n"))
	if diags.HasErrors() || v.(map[string]any)["c"].([]any)[1].(map[string]any)["x"].(num.Dec).String() != "1" {
		t.Errorf("plain aliases: %v %v", v, diags)
	}
}

// TestTooDeepIsChinese: data nested beyond the library's depth limit is an
// error in Chinese, in JSON as in YAML.
func TestTooDeepIsChinese(t *testing.T) {
	for name, src := range map[string]string{
		"deep.json": strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
		"deep.yaml": "a: " + strings.Repeat("[", 10001) + strings.Repeat("]", 10001) + "\n",
	} {
		_, diags := Parse(name, []byte(src))
		if !diags.HasErrors() || !strings.Contains(diags.Error(), "嵌套得太深") || strings.Contains(diags.Error(), "exceeded") {
			t.Errorf("%s: %v", name, diags)
		}
	}
}
