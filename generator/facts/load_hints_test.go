package facts

import (
	"strings"
	"testing"
)

// TestLoadHintsForTypingSlips: a slip that YAML accepts but that leaves a
// fact of the wrong shape gets a hint saying what to type instead.
func TestLoadHintsForTypingSlips(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"full-width digits", "单位: 某局\n年度: 2023\n人员:\n  编制数: １２５\n",
			"f.yaml:4:8: 错误: “人员.编制数”应为不小于 0 的整数，实际为“１２５”（其中有全角数字，请改为半角：125"},
		{"full-width colon, last key", "单位: 某局\n年度: 2023\n人员:\n  编制数：125\n三公经费: {}\n",
			"f.yaml:4:3: 错误: “人员”应为一组“键: 值”"},
		{"no space, last key", "单位: 某局\n年度: 2023\n人员:\n  编制数:125\n",
			"f.yaml:4:3: 错误: “人员”应为一组“键: 值”"},
		{"control character in text", "单位: \"某\\x01局\"\n年度: 2023\n",
			"f.yaml:1:5: 错误: 文字中有不可见的控制字符 U+0001"},
	}
	hints := []string{"", "全角冒号“：”应改为半角冒号“: ”", "“编制数: 125”", ""}
	for i, tt := range tests {
		_, msgs := load(t, tt.src)
		got := strings.Join(msgs, "\n")
		if !strings.Contains(got, tt.want) || !strings.Contains(got, hints[i]) {
			t.Errorf("%s: got\n%s\nwant %q and %q", tt.name, got, tt.want, hints[i])
		}
	}
}

// TestLoadHintsFoldedText: a plain text over several lines is a hint (not an
// error), at its first line.
func TestLoadHintsFoldedText(t *testing.T) {
	f, diags := Load("f.yaml", []byte("单位: 某局\n年度: 2023\n叙述:\n  预算管理: 第一句。\n    第二句。\n"), Schema())
	if diags.HasErrors() || len(diags) != 1 {
		t.Fatalf("diags = %v", diags)
	}
	if got := diags[0].String(); !strings.HasPrefix(got, "f.yaml:4:9: 提示: “预算管理”写在第 4–5 行，没有用“|”") {
		t.Errorf("got %s", got)
	}
	if f.Get("叙述.预算管理").Sections[0].Body != "第一句。 第二句。" {
		t.Errorf("the text itself is loaded as YAML reads it")
	}
}
