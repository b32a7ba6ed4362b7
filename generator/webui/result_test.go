package webui

import (
	"reflect"
	"testing"

	"jixiao/generator/diag"
	"jixiao/generator/yamlsrc"
)

// TestDiagsSayWhichFile: a problem in the facts file gives its line and
// the field there; one in a template or the pack's files gives the file and
// place as the command line does, and no field of the facts file, even when
// its line number is one of the facts file's.
func TestDiagsSayWhichFile(t *testing.T) {
	src := []byte("单位: 某局\n年度: 2023\n人员:\n  编制数: 50\n")
	n, _ := yamlsrc.Parse("某局.yaml", src)
	ix := newFieldIndex("某局.yaml", n)
	got := diags(diag.List{
		{Severity: diag.Error, Pos: diag.Pos{File: "某局.yaml", Line: 4, Col: 11}, Msg: "编制数有误"},
		{Severity: diag.Error, Pos: diag.Pos{File: "包/附件1-3 自评报告.docx", Part: "word/document.xml", Place: "第13段"}, Msg: "标签没有闭合"},
		{Severity: diag.Error, Pos: diag.Pos{File: "包/pack.yaml", Line: 4, Col: 11}, Msg: "输出文件名有误"},
	}, ix, nil)
	want := []Diag{
		{Severity: "错误", Msg: "编制数有误", Where: "第 4 行第 11 列", Path: []string{"人员", "编制数"}},
		{Severity: "错误", Msg: "标签没有闭合", Where: "包/附件1-3 自评报告.docx [word/document.xml] 第13段"},
		{Severity: "错误", Msg: "输出文件名有误", Where: "包/pack.yaml:4:11"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("diags:\n%+v\nwant\n%+v", got, want)
	}
}
