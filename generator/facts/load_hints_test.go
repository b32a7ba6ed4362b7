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
			"f.yaml:4:6: 错误: “人员”应为一组“键: 值”"},
		{"no space, last key", "单位: 某局\n年度: 2023\n人员:\n  编制数:125\n",
			"f.yaml:4:6: 错误: “人员”应为一组“键: 值”"},
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

// TestLoadHintsForKeySeparator: a key typed with a full-width colon (or a
// half-width one without the space) in any shape YAML accepts is one error,
// at the separator, that says to type “: ” — and no “missing” error for the
// key meant.
func TestLoadHintsForKeySeparator(t *testing.T) {
	const full = "全角冒号“：”应改为半角冒号“: ”（冒号后跟一个空格）"
	tests := []struct{ name, src, want string }{
		{"flow mapping, last key", unit2 + "人员: {编制数: 60, 在职人数：47}\n",
			"f.yaml:3:19: 错误: “人员”下没有“在职人数：47”这一项：" + full + "，写成“在职人数: 47”"},
		{"flow mapping, space after the colon", unit2 + "人员: {在职人数： 47, 编制数: 60}\n",
			"f.yaml:3:10: 错误: “人员”下没有“在职人数： 47”这一项：" + full + "，写成“在职人数: 47”"},
		{"flow mapping, no space", unit2 + "人员: {在职人数:47}\n",
			"f.yaml:3:10: 错误: “人员”下没有“在职人数:47”这一项：半角冒号“:”后要跟一个空格，写成“在职人数: 47”"},
		{"flow mapping, quoted key", unit2 + "人员: {\"在职人数：47\"}\n",
			"f.yaml:3:11: 错误: “人员”下没有“在职人数：47”这一项：" + full},
		{"flow mapping in a list", unit2 + "公共项目:\n  - {名称：甲}\n",
			"f.yaml:4:8: 错误: “公共项目”下没有“名称：甲”这一项：" + full + "，写成“名称: 甲”"},
		{"whole file a flow mapping", "{单位：某局, 年度: 2023}\n",
			"f.yaml:1:4: 错误: 事实文件顶层没有“单位：某局”这一项：" + full + "，写成“单位: 某局”"},
		{"a near key", unit2 + "人员: {在职：47}\n",
			"f.yaml:3:8: 错误: “人员”下没有“在职：47”这一项：" + full + "，写成“在职: 47”；“在职”是不是“在职人数”？"},
		{"block line with another colon", unit2 + "人员:\n  在职人数：备注: 47\n",
			"f.yaml:4:7: 错误: “人员”下没有“在职人数：备注”这一项：" + full + "，写成“在职人数: 备注”"},
		{"block line, the only key", unit2 + "人员:\n  在职人数：47\n",
			"f.yaml:4:7: 错误: “人员”应为一组“键: 值”（附件1-2 财政供养人员情况），实际是 “在职人数：47”（其中的" + full + "，写成“在职人数: 47”"},
		{"block line among keys", unit2 + "人员:\n  在职人数：47\n  编制数: 60\n",
			"f.yaml:4:7: 错误: YAML 语法错误：" + full + "，写成“在职人数: 47”"},
	}
	for _, tt := range tests {
		_, msgs := load(t, tt.src)
		if len(msgs) != 1 || !strings.HasPrefix(msgs[0], tt.want) {
			t.Errorf("%s: got\n%s\nwant one message starting %q", tt.name, strings.Join(msgs, "\n"), tt.want)
		}
	}
}

const unit2 = "单位: 某局\n年度: 2023\n"
