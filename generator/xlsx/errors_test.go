package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/internal/ziptest"
	"jixiao/generator/num"
	"jixiao/generator/tmpl"
	"jixiao/generator/xlsx/xlsxtest"
)

// TestParseReportsEveryTemplateError puts many mistakes in one template and
// expects each, with its sheet and cell, from one Parse.
func TestParseReportsEveryTemplateError(t *testing.T) {
	src, err := xlsxtest.Build(`
sheet 表一
A1: {{foo .x}}
B1: 合计{{.y}
A2: {{.a}}{{if .b}}
A3: {{range .项目}}{{.名称}}
B3: {{.分数}}
A4: {{.名称}}
B4: x{{end}}
A5: {{range .x}}a
B5: {{if .y}}
C5: b{{end}}
A6: {{range .x}}{{.a}}
B6: {{else}}
C6: {{.b}}{{end}}
sheet 表二
C2: {{万元 .x .y}} 与 {{bar}}
`)
	if err != nil {
		t.Fatal(err)
	}
	tpl, d := Parse("t.xlsx", src)
	if tpl != nil {
		t.Error("Parse returned a template despite errors")
	}
	want := []string{
		"表一 A1: 标签 {{foo .x}}：未知函数“foo”",
		"表一 B1: 标签 {{.y}：",
		"表一 A2: 单元格中的 {{range}}/{{if}}/{{with}} 与 {{end}} 不成对",
		"表一 A3: {{range .项目}} 开始的整行循环 {{range}}，须在本行最后一个模板单元格 B3 的末尾以 {{end}} 结束",
		"表一 B4: 单元格末尾的 {{end}} 没有对应的开始：本行第一个模板单元格 A4",
		"表一 B5: 单元格中的 {{range}}/{{if}}/{{with}} 与 {{end}} 不成对",
		"表一 B6: 整行循环 {{range}}中不支持在单元格顶层使用 {{else}}",
		"表二 C2: 标签 {{bar}}：未知函数“bar”",
	}
	got := strings.Join(errorsOf(d), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing error %q in\n%s", w, got)
		}
	}
	for _, e := range d {
		if e.Pos.File != "t.xlsx" || e.Pos.Part == "" || e.Pos.Place == "" {
			t.Errorf("error without full position: %#v", e.Pos)
		}
	}
}

// TestExecuteReportsEveryDataError expects every missing field and every
// failing function, each with its cell and tag, and nothing written.
func TestExecuteReportsEveryDataError(t *testing.T) {
	tpl := parseSpec(t, `
A1: 单位：{{.单位}}
A2: {{range .项目}}{{.名称}}
B2: {{.项目.分数}}
C2: {{比率 .分数 .总分}}{{end}}
A3: {{range .列表}}{{.}}
B3: x{{end}}
A4: {{.人员.编制}}
A5: {{repeat 40000 "长"}}
`)
	data := map[string]any{
		"项目": []any{
			map[string]any{"名称": "甲", "分数": num.Int(9), "总分": num.Int(10)},
			map[string]any{"名称": "乙", "分数": num.Int(9), "总分": num.Int(0)},
		},
		"人员": map[string]any{"编制数": num.Int(51)},
	}
	var buf bytes.Buffer
	d := tpl.Execute(&buf, data)
	want := []string{
		"Sheet1 A1: 标签 {{.单位}}：数据中没有字段“单位”",
		"Sheet1 B2: 标签 {{.项目.分数}}：数据中没有字段“项目”",
		"Sheet1 C2: 标签 {{比率 .分数 .总分}}：调用“比率”出错：除数为 0，无法计算（第 2 项）",
		"Sheet1 A3: 标签 {{range .列表}}：数据中没有字段“列表”",
		"Sheet1 A4: 标签 {{.人员.编制}}：数据中没有字段“编制”，是不是“编制数”？",
		"Sheet1 A5: 单元格文字超过 Excel 的上限 32767 个字符",
	}
	got := errorsOf(d)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if buf.Len() != 0 {
		t.Errorf("Execute wrote %d bytes despite errors", buf.Len())
	}
}

func TestTooManyItems(t *testing.T) {
	tpl := parseSpec(t, "A1: {{range .x}}{{.}}\nB1: {{end}}")
	var buf bytes.Buffer
	d := tpl.Execute(&buf, map[string]any{"x": make([]int, tmpl.MaxItems+1)})
	if got := strings.Join(errorsOf(d), "\n"); !strings.Contains(got, "A1: 标签 {{range .x}}：循环超过 100000 项的上限") {
		t.Errorf("errors = %s", got)
	}
	if buf.Len() != 0 {
		t.Error("wrote output")
	}
}

func TestOutputBudget(t *testing.T) {
	s := &state{budget: tmpl.NewBudgetWith(tmpl.MaxSteps, 4, tmpl.MaxDuration)}
	s.reset(false)
	if _, err := s.Write([]byte("1234")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Write([]byte("5")); !errors.Is(err, tmpl.ErrLimit) {
		t.Errorf("err = %v; want the output limit", err)
	}
}

// TestHostileTagsHitTheBudget: the templates of the hardening issue end
// with a located error in a workbook too, and nothing is written.
func TestHostileTagsHitTheBudget(t *testing.T) {
	for _, tt := range []struct{ tag, want string }{
		{`{{indent 100000000000 "x"}}`, "生成的文字共超过"},
		{`{{repeat 100000 (repeat 100000 "x")}}`, "生成的文字共超过"},
		{`{{untilStep -9223372036854775807 9223372036854775807 1}}`, "超过上限"},
		{`x{{range until 100000}}{{range until 100000}}{{end}}{{end}}`, "循环、序列和列表共超过"},
		{`{{define "a"}}{{template "a"}}{{end}}{{template "a"}}`, "递归调用超过"},
	} {
		tpl := parseSpec(t, "A1: "+tt.tag+"\nB1: {{.x}}")
		var buf bytes.Buffer
		got := strings.Join(errorsOf(tpl.Execute(&buf, map[string]any{"x": 1})), "\n")
		if !strings.Contains(got, "A1: 标签") || !strings.Contains(got, tt.want) || strings.Count(got, "\n") > 0 {
			t.Errorf("%s: errors = %s; want one at A1 with %q", tt.tag, got, tt.want)
		}
		if buf.Len() != 0 {
			t.Error("wrote output")
		}
	}
}

// TestNotAWorkbook feeds files that are not workbooks.
func TestNotAWorkbook(t *testing.T) {
	var notBook bytes.Buffer
	zw := zip.NewWriter(&notBook)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte("<w:document/>"))
	zw.Close()
	var broken bytes.Buffer
	zw = zip.NewWriter(&broken)
	w, _ = zw.Create("xl/workbook.xml")
	w.Write([]byte("<workbook><sheets><sheet name="))
	zw.Close()
	for name, src := range map[string][]byte{
		"text":      []byte("not a zip at all"),
		"empty":     nil,
		"docx":      notBook.Bytes(),
		"broken":    broken.Bytes(),
		"truncated": mustBuild(t, "A1: x")[:200],
	} {
		t.Run(name, func(t *testing.T) {
			tpl, d := Parse("t.xlsx", src)
			if tpl != nil || !d.HasErrors() {
				t.Fatalf("Parse accepted it: %v", d)
			}
			msg := d.Errors()[0].String()
			if !strings.HasPrefix(msg, "t.xlsx: 错误: ") || !strings.ContainsAny(msg, "工作簿表") {
				t.Errorf("message = %q", msg)
			}
		})
	}
}

func mustBuild(t *testing.T, spec string) []byte {
	t.Helper()
	src, err := xlsxtest.Build(spec)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestTags lists every tag with its place.
func TestTags(t *testing.T) {
	tpl := parseSpec(t, "sheet 甲\nA1: {{.a}} 和 {{.b}}\nB2: {{range .x}}{{.}}\nC2: {{end}}\nsheet 乙\nD4: {{.c}}")
	var got []string
	for _, tag := range tpl.Tags() {
		got = append(got, tag.Pos.String()+" "+tag.Text)
	}
	want := []string{
		"t.xlsx [甲] A1 {{.a}}", "t.xlsx [甲] A1 {{.b}}", "t.xlsx [甲] B2 {{range .x}}",
		"t.xlsx [甲] B2 {{.}}", "t.xlsx [甲] C2 {{end}}", "t.xlsx [乙] D4 {{.c}}",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tags:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// FuzzParse feeds damaged workbooks to Parse and Execute: they may report
// errors but must not panic (go test -fuzz FuzzParse to explore).
func FuzzParse(f *testing.F) {
	src := mustBuildF(f, reportSpec)
	f.Add(src)
	f.Add(src[:len(src)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		tpl, d := Parse("f.xlsx", data)
		if tpl == nil {
			if !d.HasErrors() {
				t.Fatal("no template and no error")
			}
			return
		}
		var buf bytes.Buffer
		tpl.Execute(&buf, reportData(2))
	})
}

func mustBuildF(f *testing.F, spec string) []byte {
	src, err := xlsxtest.Build(spec)
	if err != nil {
		f.Fatal(err)
	}
	return src
}

// TestRefusedWorkbooks: an encrypted workbook, an old .xls, a
// macro-enabled workbook renamed .xlsx and a workbook with an ActiveX
// control are named as such.
func TestRefusedWorkbooks(t *testing.T) {
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1024)...)
	encrypted := append(append([]byte{}, ole...), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")...)
	withPart := func(name string) []byte {
		zr, _ := zip.NewReader(bytes.NewReader(mustBuild(t, "A1: {{.x}}")), int64(len(mustBuild(t, "A1: {{.x}}"))))
		var out bytes.Buffer
		zw := zip.NewWriter(&out)
		for _, f := range zr.File {
			zw.Copy(f)
		}
		w, _ := zw.Create(name)
		w.Write([]byte("x"))
		zw.Close()
		return out.Bytes()
	}
	for _, tt := range []struct {
		name string
		src  []byte
		want string
	}{
		{"encrypted", encrypted, "设置了打开密码"},
		{"old xls", ole, "旧版 Excel（.xls）"},
		{"macros", withPart("xl/vbaProject.bin"), "含有 VBA 宏（xl/vbaProject.bin）"},
		{"activeX", withPart("xl/activeX/activeX1.xml"), "ActiveX 控件"},
	} {
		_, d := Parse("t.xlsx", tt.src)
		if !d.HasErrors() || !strings.Contains(d.Error(), tt.want) {
			t.Errorf("%s: %v; want %q", tt.name, d, tt.want)
		}
	}
}

// TestControlCharacters: a value with a control character is an error at
// its cell, not silently replaced by “�”.
func TestControlCharacters(t *testing.T) {
	tpl := parseSpec(t, "A1: {{.a}}\nA2: 值：{{.b}}\nA3: {{range .l}}{{.}}\nB3: {{end}}")
	var buf bytes.Buffer
	got := strings.Join(errorsOf(tpl.Execute(&buf, map[string]any{"a": "x\x01y", "b": "\x1b[0m", "l": []any{"ok", "b\x00d"}})), "\n")
	for _, want := range []string{"A1: 标签 {{.a}}：值中含有 Excel 不允许的控制字符 U+0001", "A2: 标签 值：{{.b}}：值中含有 Excel 不允许的控制字符 U+001B", "A3: 标签 {{range .l}}{{.}}：值中含有 Excel 不允许的控制字符 U+0000（在“b\x00d”中）（第 2 项）"} {
		if !strings.Contains(got, want) {
			t.Errorf("errors:\n%s\nwant %q", got, want)
		}
	}
	if buf.Len() != 0 {
		t.Error("wrote output")
	}
	if d := tpl.Execute(&buf, map[string]any{"a": "制表\t换行\n", "b": "x", "l": []any{}}); d.HasErrors() {
		t.Errorf("tab and line break refused: %v", d)
	}
}

// TestExplainRender: what a damaged template makes excelize say while the
// workbook is rebuilt is said in Chinese, with the sheet or line.
func TestExplainRender(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{excelize.ErrSheetNotExist{SheetName: "Module"}, "工作簿引用了不存在的工作表“Module”"},
		{fmt.Errorf("rows: %w", excelize.ErrSheetNotExist{SheetName: "表2"}), "不存在的工作表“表2”"},
		{&xml.SyntaxError{Msg: "invalid UTF-8", Line: 2}, "XML 第 2 行含有不是 UTF-8 编码的文字"},
		{&xml.SyntaxError{Msg: "unexpected EOF", Line: 7}, "XML 格式错误（第 7 行）：unexpected EOF"},
		{fmt.Errorf("row: %w", &strconv.NumError{Func: "ParseBool", Num: "2", Err: strconv.ErrSyntax}), "读不出的值“2”"},
		{fmt.Errorf(`cannot convert cell " A1" to coordinates: invalid cell name " A1"`), `无效的单元格引用 " A1"`},
		{fmt.Errorf("row 3: %w", excelize.ErrMaxRowHeight), "行高超过 Excel 允许的 409 磅"},
		{excelize.ErrMaxRows, "行数超过 Excel 允许的 1048576 行"},
		{errors.New("其他"), "其他"},
	} {
		if got := explainRender(c.err); !strings.Contains(got, c.want) {
			t.Errorf("explainRender(%v) = %q, want it to contain %q", c.err, got, c.want)
		}
	}
}

// TestUnreadableWorksheet: a worksheet excelize cannot decode (a value
// that is not a number or a truth value where one must be) is refused when
// the template is parsed, at its sheet and in Chinese, not skipped to fail
// the build.
func TestUnreadableWorksheet(t *testing.T) {
	src := mustBuild(t, "sheet 表\nA1: {{.x}}\nA3: 合计")
	for _, c := range []struct{ from, to, want string }{
		{`<row r="3"`, `<row r="3" hidden="2"`, `读不出的值“2”`},
		{`<c r="A3"`, `<c r="A3" s="99999999999999999999"`, `读不出的值“99999999999999999999”`},
	} {
		bad := ziptest.Edit(t, src, func(name string, data []byte) ([]byte, bool) {
			if !strings.HasPrefix(name, "xl/worksheets/") {
				return nil, false
			}
			return bytes.Replace(data, []byte(c.from), []byte(c.to), 1), true
		})
		tpl, d := Parse("t.xlsx", bad)
		if tpl != nil || len(d) != 1 || d[0].Pos.Part != "表" || !strings.Contains(d[0].Msg, "工作表无法读取") || !strings.Contains(d[0].Msg, c.want) {
			t.Errorf("%s: %v", c.to, d)
		}
	}
}

// TestTagInFormula: a tag written inside a formula is an error at its
// cell (the engine keeps formulas as they are); a formula filled down
// (shared) at its first cell.
func TestTagInFormula(t *testing.T) {
	src := mustBuild(t, "sheet 表\nA1: {{.x}}\nB2= A1*{{.年度}}\nshared C3:C4 A1+{{.y}}\nB5= SUM(A1:A2)")
	_, d := Parse("t.xlsx", src)
	var got []string
	for _, e := range d {
		got = append(got, e.Pos.Place+" "+e.Msg)
	}
	want := []string{"B2 这个单元格的公式中写了标签", "C3 这个单元格的公式中写了标签"}
	if len(got) != len(want) {
		t.Fatalf("diagnostics %q; want %d", got, len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("diagnostic %d = %q; want it to start with %q", i, got[i], want[i])
		}
	}
}

// TestDamagedMergedRange: a merged range whose reference excelize cannot
// read is refused when the template is parsed, at its sheet and in
// Chinese (as lint and check see it), not left to fail the build.
func TestDamagedMergedRange(t *testing.T) {
	src := mustBuild(t, "sheet 表\nA1: {{.x}}\nA3: 合计\nmerge A3:C3")
	for ref, cell := range map[string]string{"": `""`, " A1:E1": `" A1"`, "A0:B1": `"A0"`} {
		bad := ziptest.Edit(t, src, func(name string, data []byte) ([]byte, bool) {
			if !strings.HasPrefix(name, "xl/worksheets/") {
				return nil, false
			}
			return bytes.Replace(data, []byte(`ref="A3:C3"`), []byte(`ref="`+ref+`"`), 1), true
		})
		tpl, d := Parse("t.xlsx", bad)
		if tpl != nil || len(d) != 1 || d[0].Pos.Part != "表" || !strings.Contains(d[0].Msg, "合并单元格的范围 "+cell+" 无效") {
			t.Errorf("merge ref %q: %v", ref, d)
		}
	}
}

// TestUnclosedTagInALoopRow: a tag left open is refused wherever it is —
// alone in a cell of a row loop, with or without a space, and alone in a
// plain cell — not closed by the engine and rendered as if it were whole.
func TestUnclosedTagInALoopRow(t *testing.T) {
	src, err := xlsxtest.Build(`
sheet 表
A1: {{.单位
A3: {{range .项目}}{{.名称}}
B3: {{.分数
C3: {{.备注}}{{end}}
A4: {{range .项目}}{{.名称}}
B4: {{.分数 
C4: {{.备注}}{{end}}
`)
	if err != nil {
		t.Fatal(err)
	}
	tpl, d := Parse("t.xlsx", src)
	if tpl != nil {
		t.Error("Parse returned a template despite errors")
	}
	got := strings.Join(errorsOf(d), "\n")
	for _, w := range []string{"表 A1: 标签 {{.单位：标签没有闭合", "表 B3: 标签 {{.分数：标签没有闭合", "表 B4: 标签 {{.分数 ：标签没有闭合"} {
		if !strings.Contains(got, w) {
			t.Errorf("missing error %q in\n%s", w, got)
		}
	}
}
