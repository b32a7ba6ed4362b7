package datafile

import (
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
