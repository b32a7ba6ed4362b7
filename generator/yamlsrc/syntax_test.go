package yamlsrc_test

import (
	"bytes"
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/diag"
	"jixiao/generator/yamlsrc"
)

// TestSyntaxErrorsAtTheLineAtFault: each YAML error is reported at the line
// (and column) where the clerk must change something, in Chinese.
func TestSyntaxErrorsAtTheLineAtFault(t *testing.T) {
	tests := []struct {
		name, src, pos, want string
	}{
		{"unclosed [ on the last line", "a: 1\nb: [1, 2\n", "f.yaml:2:4", "“[”没有闭合：缺少对应的“]”"},
		{"unclosed [ on the first line", "b: [1, 2\n", "f.yaml:1:4", "“[”没有闭合"},
		{"unclosed [ before more keys", "a: 1\nb: [1, 2\nc: 3\n", "f.yaml:2:4", "“[”没有闭合"},
		{"unclosed [ at the end of the file", "a:\n  b: 1\n  c: [1,\n", "f.yaml:3:6", "直到文件末尾也没有找到"},
		{"unclosed {", "a: 1\nb: {x: 1\n", "f.yaml:2:4", "“{”没有闭合：缺少对应的“}”"},
		{"wrong closer", "a: [1, {x: 1]\n", "f.yaml:1:8", "它对应的应是“}”，第 1 行却是“]”"},
		{"stray closer", "a: 1\nb: [1, 2]]\n", "f.yaml:2:10", "多了一个右括号"},
		{"full-width colon, next key below", "# c\n人员:\n  编制数：125\n  在职人数: 3\n", "f.yaml:3:6", "全角冒号“：”应改为半角冒号“: ”"},
		{"full-width colon between keys", "人员:\n  a: 1\n  编制数：125\n  在职人数: 3\n", "f.yaml:3:6", "全角冒号“：”应改为半角冒号“: ”"},
		{"no space after colon", "# c\n人员:\n  编制数:125\n  在职人数: 3\n", "f.yaml:3:6", "冒号后缺少空格：“编制数:125”应写成“编制数: 125”"},
		{"indented deeper", "人员:\n  编制数: 125\n   在职人数: 3\n", "f.yaml:3:4", "比上一行（第 2 行，缩进 2 格）多"},
		{"dedent to no level", "人员:\n  a:\n    编制数: 125\n   在职人数: 3\n", "f.yaml:4:4", "与上面各层（0、2、4 格）都对不上"},
		{"one line dedented", "a:\n  b:\n    c: 1\n  d: 2\n    e: 3\n", "f.yaml:4:3", "而上一行和下一行都是 4 格"},
		{"block text dedented", "a: |\n  x\n y\n", "f.yaml:3:2", "“|”下面的多行文字每行缩进要一致（第 2 行缩进 2 格，这一行 1 格）"},
		{"tab indentation", "a: 1\n\tb: 2\n", "f.yaml:2:1", "Tab"},
		{"value starting with *", "a: 1\nb: *号\n", "f.yaml:2:4", "值“*号”以“*”开头，YAML 把它当作引用（别名）"},
		{"value starting with * and a name", "a: 1\nb: *abc def\n", "f.yaml:2:4", "值“*abc def”以“*”开头"},
		{"bare anchor", "a: &\n", "f.yaml:1:4", "值“&”以“&”开头，YAML 把它当作锚点"},
		{"reserved @", "a: 1\nb: @张三\n", "f.yaml:2:4", "不能以 @ 或 ` 开头"},
		{"two key separators", "a: 1\n人员: 编制数: 5\n", "f.yaml:2:8", "此处不能出现“键: 值”"},
		{"unclosed quote", "a: 1\nb: \"abc\nc: 2\n", "f.yaml:2:4", "引号 \" 没有闭合"},
		{"backslash in double quotes", "a: 1\nb: \"C:\\Users\"\n", "f.yaml:2", "反斜杠"},
		{"raw control character", "a: 1\nb: x\x07y\n", "f.yaml:2:5", "控制字符 U+0007"},
		{"escaped control character", "a: 1\nb: \"x\\x07y\"\n", "f.yaml:2:4", "控制字符 U+0007（双引号里的转义写法"},
		{"missing dash", "- a\nb: 1\n", "f.yaml:2", "列表项缺少“- ”"},
	}
	for _, tt := range tests {
		_, diags := yamlsrc.Parse("f.yaml", []byte(tt.src))
		if len(diags) != 1 {
			t.Errorf("%s: want one diagnostic, got %v", tt.name, diags)
			continue
		}
		d := diags[0]
		if d.Pos.String() != tt.pos || !strings.Contains(d.Msg, tt.want) {
			t.Errorf("%s: got %s %q; want %s with %q", tt.name, d.Pos, d.Msg, tt.pos, tt.want)
		}
		if strings.Contains(d.Msg, "did not") || strings.Contains(d.Msg, "found ") {
			t.Errorf("%s: untranslated message %q", tt.name, d.Msg)
		}
	}
}

// TestSlipsOnLine53 types each common slip on line 53 of the complete
// example (a 本年预算 row of 三公经费): each is reported on line 53, with
// that line in the snippet.
func TestSlipsOnLine53(t *testing.T) {
	tests := []struct{ line, want string }{
		{"    本年预算：17", "53:9: 错误: YAML 语法错误：全角冒号“：”应改为半角冒号“: ”"},
		{"    本年预算:17", "53:9: 错误: YAML 语法错误：冒号后缺少空格"},
		{"     本年预算: 17", "53:6: 错误: YAML 语法错误：缩进不对"},
		{"   本年预算: 17", "53:4: 错误: YAML 语法错误：缩进不对"},
		{"  本年预算: 17", "53:3: 错误: YAML 语法错误：缩进不对"},
		{"    本年预算: [17", "53:11: 错误: YAML 语法错误：“[”没有闭合"},
		{"\t本年预算: 17", "53:1: 错误: YAML 语法错误：缩进里有 Tab"},
	}
	lines := strings.Split(string(data.Complete), "\n")
	if !strings.Contains(lines[52], "上年决算: 16.8") {
		t.Fatalf("line 53 of the complete example changed: %q", lines[52])
	}
	for _, tt := range tests {
		edited := append([]string(nil), lines...)
		edited[52] = tt.line
		_, diags := yamlsrc.Parse("f.yaml", []byte(strings.Join(edited, "\n")))
		var out bytes.Buffer
		diag.Printer{Sources: map[string][]byte{"f.yaml": []byte(strings.Join(edited, "\n"))}}.Print(&out, diags)
		got := out.String()
		if len(diags) != 1 || !strings.HasPrefix(got, "f.yaml:"+tt.want) || !strings.Contains(got, "\n    53 | "+tt.line+"\n") {
			t.Errorf("line 53 %q:\n%s\nwant f.yaml:%s… with line 53 in the snippet", tt.line, got, tt.want)
		}
	}
}

// TestValueHint: a value that shows a slip gets a hint loaders append.
func TestValueHint(t *testing.T) {
	tests := []struct{ value, want string }{
		{"编制数：125", "全角冒号“：”应改为半角冒号“: ”"},
		{"编制数:125", "“编制数: 125”"},
		{"１２３", "全角数字，请改为半角：123"},
		{"１２．５", "半角：12.5"},
		{"125", ""},
		{"原因：资金不足: 已调整", ""},
		{"http://example.org", ""},
	}
	for _, tt := range tests {
		got := yamlsrc.ValueHint(tt.value)
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("ValueHint(%q) = %q; want %q", tt.value, got, tt.want)
		}
	}
}

// TestFoldedText: a plain text written over several lines gets a hint with
// its lines and the | form; block scalars, quoted and one-line text do not.
func TestFoldedText(t *testing.T) {
	src := "a: 第一句。\n  第二句。\n\n  第三段。\nb: |\n  一\n  二\nc: 一行 # 注释\nd: \"引号\n  文字\"\ne:\n  - 一项\n    续行\n  - 单行\n"
	n, diags := yamlsrc.Parse("f.yaml", []byte(src))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	got := yamlsrc.FoldedText("f.yaml", []byte(src), n)
	want := []string{
		"f.yaml:1:4: 提示: “a”写在第 1–4 行，没有用“|”",
		"f.yaml:12:5: 提示: “e”中的一项写在第 12–13 行，没有用“|”",
	}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i].String(), w) {
			t.Errorf("got %s; want %s…", got[i], w)
		}
	}
	if !strings.Contains(got[0].Msg, "请写成“a: |”") || !strings.Contains(got[1].Msg, "请写成“- |”") {
		t.Errorf("hints lack the | form: %v", got)
	}
}

// TestKeySlipOf: a key holding a wrong separator names the key meant and
// the offset of the separator; other keys are left alone.
func TestKeySlipOf(t *testing.T) {
	tests := []struct {
		key, name, fixed string
		offset           int
		ok               bool
	}{
		{"在职人数：47", "在职人数", "在职人数: 47", 4, true},
		{"在职人数 ： 47", "在职人数", "在职人数: 47", 5, true},
		{"在职人数：", "在职人数", "在职人数: ", 4, true},
		{"在职人数:47", "在职人数", "在职人数: 47", 4, true},
		{"：47", "", "", 0, false},
		{"网址:https://example.org", "", "", 0, false},
		{"在职人数", "", "", 0, false},
		{"在职人数:", "", "", 0, false},
		{"甲：\n乙", "", "", 0, false},
	}
	for _, tt := range tests {
		s, ok := yamlsrc.KeySlipOf(tt.key)
		if ok != tt.ok || s.Name != tt.name || s.Fixed != tt.fixed || s.Offset != tt.offset {
			t.Errorf("KeySlipOf(%q) = %+v, %v; want %q %q %d %v", tt.key, s, ok, tt.name, tt.fixed, tt.offset, tt.ok)
		}
	}
}
