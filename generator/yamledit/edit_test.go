package yamledit

import (
	"errors"
	"strings"
	"testing"
)

func TestSet(t *testing.T) {
	for _, tc := range []struct {
		name, src, path, value, want string
	}{
		{"plain number", "人员:\n  编制数: 51\n  在职人数: 47  # 注释\n", "人员.在职人数", "52",
			"人员:\n  编制数: 51\n  在职人数: 52  # 注释\n"},
		{"same value leaves the text alone", "a: 1.50 # x\n", "a", "1.50", "a: 1.50 # x\n"},
		{"double quotes kept", "a: \"x\"\n", "a", "y \"z\"", "a: \"y \\\"z\\\"\"\n"},
		{"single quotes kept", "a: 'x'\n", "a", "it's", "a: 'it''s'\n"},
		{"plain that would read as null is quoted", "a: x\n", "a", "null", "a: \"null\"\n"},
		{"colon-space is quoted", "a: x\n", "a", "b: c", "a: \"b: c\"\n"},
		{"comment sign is quoted", "a: x\n", "a", "b #c", "a: \"b #c\"\n"},
		{"ideographic space stays as is", "a: x\n", "a", "甲\u3000乙", "a: 甲\u3000乙\n"},
		{"control character escaped", "a: x\n", "a", "a\x01", "a: \"a\\x01\"\n"},
		{"date stays plain", "d: 2023-01-01\n", "d", "2023-04-13", "d: 2023-04-13\n"},
		{"empty null filled", "人员:\n  编制数:\n  在职人数: 47\n", "人员.编制数", "51",
			"人员:\n  编制数: 51\n  在职人数: 47\n"},
		{"tilde null filled", "a: ~ # 待填\n", "a", "5", "a: 5 # 待填\n"},
		{"null at end without newline", "a: 1\nb:", "b", "2", "a: 1\nb: 2"},
		{"cleared value keeps the key", "a: 1\nb: 2\n", "a", "", "a:\nb: 2\n"},
		{"cleared value keeps the comment", "a: 1  # c\n", "a", "", "a:  # c\n"},
		{"clearing a missing value changes nothing", "a: 1\n", "b.c", "", "a: 1\n"},
		{"single line to block", "说明: 一行  # c\nb: 1\n", "说明", "第一段\n第二段", "说明: |-  # c\n  第一段\n  第二段\nb: 1\n"},
		{"block to block keeps its indentation", "x:\n  说明: |\n      旧\n      旧2\n\n  b: 1\n", "x.说明", "新\n\n新2\n",
			"x:\n  说明: |\n      新\n\n      新2\n\n  b: 1\n"},
		{"block to single line", "说明: |-\n  甲\n  乙\nb: 1\n", "说明", "丙", "说明: 丙\nb: 1\n"},
		{"block with trailing blank lines", "说明: |+\n  甲\n\n\nb: 1\n", "说明", "乙", "说明: 乙\n\n\nb: 1\n"},
		{"folded plain over lines", "a: one\n  two\n  three\nb: 1\n", "a", "x", "a: x\nb: 1\n"},
		{"key added to a mapping", "人员:\n  编制数: 51\n  # 注释\nb: 1\n", "人员.在职人数", "47",
			"人员:\n  编制数: 51\n  在职人数: 47\n  # 注释\nb: 1\n"},
		{"key added after a block value", "a:\n  t: |-\n    x\n    y\n\nb: 1\n", "a.u", "1", "a:\n  t: |-\n    x\n    y\n  u: 1\n\nb: 1\n"},
		{"nested keys added", "a: 1\n", "人员.聘用人员.实际", "3", "a: 1\n人员:\n  聘用人员:\n    实际: 3\n"},
		{"keys added below a null", "人员:\nb: 1\n", "人员.编制数", "5", "人员:\n  编制数: 5\nb: 1\n"},
		{"keys added below an empty mapping", "人员: {}  # 空\nb: 1\n", "人员.编制数", "5", "人员:  # 空\n  编制数: 5\nb: 1\n"},
		{"item appended", "l:\n  - a\n  - b\nz: 1\n", "l.2", "c", "l:\n  - a\n  - b\n  - c\nz: 1\n"},
		{"item appended at the key's indentation", "l:\n- a\n", "l.1", "b", "l:\n- a\n- b\n"},
		{"mapping item appended", "公共项目:\n  - 名称: 甲\n    自评分数: 90\n", "公共项目.1.名称", "乙",
			"公共项目:\n  - 名称: 甲\n    自评分数: 90\n  - 名称: 乙\n"},
		{"key added to a list item", "公共项目:\n  - 名称: 甲\n", "公共项目.0.自评分数", "90", "公共项目:\n  - 名称: 甲\n    自评分数: 90\n"},
		{"first item of an empty list", "楼堂馆所: []\nb: 1\n", "楼堂馆所.0.名称", "楼", "楼堂馆所:\n  - 名称: 楼\nb: 1\n"},
		{"block text in a new item", "l: []\n", "l.0.用途", "甲\n乙", "l:\n  - 用途: |-\n      甲\n      乙\n"},
		{"value in a flow mapping", "人员: {编制数: 51, 在职人数: 47}\n", "人员.在职人数", "5, 2", "人员: {编制数: 51, 在职人数: \"5, 2\"}\n"},
		{"empty file", "", "单位", "某局", "单位: 某局\n"},
		{"CRLF kept", "a: 1\r\nb:\r\n  c: 2\r\n", "b.d", "x\ny", "a: 1\r\nb:\r\n  c: 2\r\n  d: |-\r\n    x\r\n    y\r\n"},
		{"byte order mark", "\uFEFF单位: 甲\n", "单位", "乙", "\uFEFF单位: 乙\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Set([]byte(tc.src), strings.Split(tc.path, "."), tc.value)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestSetRefused(t *testing.T) {
	for _, tc := range []struct{ name, src, path, msg string }{
		{"alias", "a: &x 1\nb: *x\n", "b", "引用"},
		{"anchor on the value", "a: &x 1\n", "a", "锚点"},
		{"through an alias", "a: &x {c: 1}\nb: *x\n", "b.c", "引用"},
		{"below a value", "a: 1\n", "a.b", "是一个值"},
		{"a mapping is not a value", "a:\n  b: 1\n", "a", "不是单个值"},
		{"non-empty flow mapping", "a: {b: 1}\n", "a.c", "单行"},
		{"skipped list item", "l:\n  - a\n", "l.3", "没有第 3 项"},
		{"syntax error", "a: [\n", "a", "语法错误"},
		{"explicit indentation", "a: |2\n   x\n", "a", "缩进标记"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Set([]byte(tc.src), strings.Split(tc.path, "."), "v")
			var e *Error
			if !errors.As(err, &e) || !strings.Contains(e.Msg, tc.msg) {
				t.Fatalf("error %v, want one with %q", err, tc.msg)
			}
		})
	}
}

func TestDelete(t *testing.T) {
	for _, tc := range []struct{ name, src, path, want string }{
		{"middle item with its lines", "l:\n  - 名称: 甲\n    分: 1\n  - 名称: 乙  # 注\n    说明: |-\n      x\n  - 名称: 丙\nz: 1\n", "l.1",
			"l:\n  - 名称: 甲\n    分: 1\n  - 名称: 丙\nz: 1\n"},
		{"last item leaves []", "l:  # 列表\n  - a\nz: 1\n", "l.0", "l: []  # 列表\nz: 1\n"},
		{"last line without newline", "l:\n  - a\n  - b", "l.1", "l:\n  - a\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Delete([]byte(tc.src), strings.Split(tc.path, "."))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestDeleteRefused(t *testing.T) {
	for _, tc := range []struct{ name, src, path string }{
		{"not a list item", "a: 1\n", "a"},
		{"flow list", "l: [a, b]\n", "l.0"},
		{"missing item", "l:\n  - a\n", "l.4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Delete([]byte(tc.src), strings.Split(tc.path, ".")); err == nil {
				t.Fatal("no error")
			}
		})
	}
}

// TestAliasCycle: a list that contains itself neither hangs nor is edited
// through.
func TestAliasCycle(t *testing.T) {
	src := []byte("a: &x [*x]\nb: 1\n")
	if _, err := Set(src, Path{"a", "0", "c"}, "v"); err == nil {
		t.Fatal("edited through an alias")
	}
	got, err := Set(src, Path{"b"}, "2")
	if err != nil || string(got) != "a: &x [*x]\nb: 2\n" {
		t.Fatalf("%v %q", err, got)
	}
}

func TestReplace(t *testing.T) {
	for _, tc := range []struct {
		name, src, path, value, want string
	}{
		{"mapping becomes one line", "a: 1\n政府采购:\n  # 采购\n  本年预算: 240\n  本年决算:   # 空\n说明: x\n", "政府采购", "无",
			"a: 1\n政府采购: 无\n说明: x\n"},
		{"a comment on the key line goes with the value", "x:  # 行\n  a: 1\ny: 2\n", "x", "无", "x: 无\ny: 2\n"},
		{"empty flow list", "楼堂馆所: []  # 没有\nb: 1\n", "楼堂馆所", "无", "楼堂馆所: 无  # 没有\nb: 1\n"},
		{"list of items", "l:\n  - 名称: 甲\n  - 名称: 乙\nb: 1\n", "l", "无", "l: 无\nb: 1\n"},
		{"nested mapping", "三公经费:\n  因公出国:\n    本年预算: 0\n  公务接待:\n    本年预算: 1\n", "三公经费.因公出国", "无",
			"三公经费:\n  因公出国: 无\n  公务接待:\n    本年预算: 1\n"},
		{"null set as Set does", "政府采购:\nb: 1\n", "政府采购", "无", "政府采购: 无\nb: 1\n"},
		{"missing added as Set does", "b: 1\n", "政府采购", "无", "b: 1\n政府采购: 无\n"},
		{"CRLF kept", "x:\r\n  a: 1\r\ny: 2\r\n", "x", "无", "x: 无\r\ny: 2\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Replace([]byte(tc.src), strings.Split(tc.path, "."), tc.value)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestReplaceRefuses(t *testing.T) {
	for name, src := range map[string]string{
		"anchored mapping": "x: &a\n  b: 1\ny: *a\n",
		"list item":        "l:\n  - a: 1\n",
	} {
		path := "x"
		if name == "list item" {
			path = "l.0"
		}
		if _, err := Replace([]byte(src), strings.Split(path, "."), "无"); err == nil {
			t.Errorf("%s: replaced", name)
		}
	}
	if _, err := Replace([]byte("x:\n  a: 1\n"), Path{"x"}, "a\nb"); err == nil {
		t.Error("multi-line value accepted")
	}
}
