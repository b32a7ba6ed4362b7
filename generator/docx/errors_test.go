package docx

import (
	"bytes"
	"io"
	"jixiao/generator/tmpl"
	"strings"
	"testing"

	"jixiao/generator/diag"
	"jixiao/generator/docx/docxtest"
)

// diagLines returns one line per diagnostic.
func diagLines(l diag.List) []string {
	var out []string
	for _, d := range l {
		out = append(out, d.String())
	}
	return out
}

func TestParseReportsEveryProblemAtOnce(t *testing.T) {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	body := P("单位：{{.单位}}") +
		P("{{range .项目}}") + P("{{.名称}}") + // never closed
		P("合计：{{合计金额 .项目}}") + // unknown function
		Table(Row("{{if .有}}", "x")) + P("{{end}}") + // end outside the table
		P("{{end}}") + // closes the range: fine
		P("{{end}}") + // one too many
		P("{{else}}") + // outside any block
		P("{{.a") + // never closed
		P("{{$v}}") + // undefined variable
		P(`{{define "x"}}`) + // unsupported
		P("{{printf “%d” .n}}") // fine: smart quotes
	src := docxtest.Package{Body: body, Header: P("{{if .页眉}}")}.Bytes()
	tpl, diags := Parse("bad.docx", src)
	if tpl == nil {
		t.Fatal("Parse returned no template")
	}
	want := []string{
		"bad.docx [word/document.xml] 第4段: 错误: 标签 {{合计金额 .项目}}：未知函数“合计金额”",
		"bad.docx [word/document.xml] 表1 第1行 第1列: 错误: 标签 {{if .有}}：与对应的 {{end}}（第5段）一个在表格内、一个在表格外",
		"bad.docx [word/document.xml] 第7段: 错误: 标签 {{end}}：多余的 {{end}}：前面没有对应的 range/if/with",
		"bad.docx [word/document.xml] 第8段: 错误: 标签 {{else}}：多余的 {{else}}：不在 if/range/with 块中",
		"bad.docx [word/document.xml] 第9段: 错误: 标签 {{.a：标签没有闭合：缺少 }}",
		"bad.docx [word/document.xml] 第10段: 错误: 标签 {{$v}}：未定义的变量 $v",
		"bad.docx [word/document.xml] 第11段: 错误: 标签 {{define \"x\"}}：不支持 {{define}}",
		"bad.docx [word/header1.xml] 第1段: 错误: 标签 {{if .页眉}}：块没有闭合：缺少对应的 {{end}}",
	}
	got := strings.Join(diagLines(diags), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q", w)
		}
	}
	if n := len(diags.Errors()); n != len(want) {
		t.Errorf("%d errors; want %d:\n%s", n, len(want), got)
	}
	// Execute reports the same errors, and the fields missing from the
	// data as far as the sound tags tell.
	var buf bytes.Buffer
	d := tpl.Execute(&buf, map[string]any{"项目": []any{}, "n": 1})
	fields := []string{
		"bad.docx [word/document.xml] 第1段: 错误: 标签 {{.单位}}：数据中没有字段“单位”",
		"bad.docx [word/header1.xml] 第1段: 错误: 标签 {{if .页眉}}：数据中没有字段“页眉”",
	}
	if got := strings.Join(diagLines(d), "\n"); len(d) != len(want)+len(fields) || !strings.Contains(got, fields[0]) || !strings.Contains(got, fields[1]) {
		t.Errorf("Execute on a broken template returned\n%s", got)
	}
	if buf.Len() != 0 {
		t.Error("Execute wrote a broken template")
	}
	if tags := tpl.Tags(); len(tags) < 10 || tags[0].Text != "{{.单位}}" || tags[0].Pos.Place != "第1段" {
		t.Errorf("Tags() = %v", tags)
	}
}

func TestExecuteReportsEveryMissingField(t *testing.T) {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	body := P("{{.单位}}，编制{{.人员.编制}}人") +
		Table(Row("{{range .项目}}{{.名称}}", "{{.金额x}}{{end}}")) +
		P("{{with .人员}}{{.在职}}{{end}}")
	tpl := mustParse(t, docxtest.Package{Body: body, Header: P("{{.年}}")}.Bytes())
	var buf bytes.Buffer
	diags := tpl.Execute(&buf, map[string]any{
		"单位": "某局",
		"人员": map[string]any{"编制数": 51},
		"项目": []any{map[string]any{"名称": "甲", "金额": 1}},
	})
	want := []string{
		"t.docx [word/document.xml] 第1段: 错误: 标签 {{.人员.编制}}：数据中没有字段“编制”，是不是“编制数”？",
		"t.docx [word/document.xml] 表1 第1行 第2列: 错误: 标签 {{.金额x}}：数据中没有字段“金额x”，是不是“金额”？",
		"t.docx [word/document.xml] 第2段: 错误: 标签 {{.在职}}：数据中没有字段“在职”",
		"t.docx [word/header1.xml] 第1段: 错误: 标签 {{.年}}：数据中没有字段“年”",
	}
	got := strings.Join(diagLines(diags), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in\n%s", w, got)
		}
	}
	if len(diags) != len(want) {
		t.Errorf("%d diagnostics; want %d", len(diags), len(want))
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes despite errors", buf.Len())
	}
}

func TestExecutionErrorsNameTheTag(t *testing.T) {
	P := docxtest.P
	tests := []struct {
		name string
		body string
		data map[string]any
		want string
	}{
		{"function error", P("甲") + P("比率：{{比率 .a .b}}"), map[string]any{"a": 1, "b": 0},
			"t.docx [word/document.xml] 第2段: 错误: 标签 {{比率 .a .b}}：调用“比率”出错：除数为 0"},
		{"control character", P("x") + P("{{.a}}"), map[string]any{"a": "甲\x07乙"},
			"t.docx [word/document.xml] 第2段: 错误: 标签 {{.a}}：值中含有 Word 文档不允许的控制字符 U+0007"},
		{"range over text", P("{{range .a}}{{.}}{{end}}"), map[string]any{"a": "abc"},
			"t.docx [word/document.xml] 第1段: 错误: 标签 {{range .a}}：range 不能遍历"},
		// Formatting functions run fused with the escaper; messages still
		// name them as the user wrote them.
		{"fused function error", P("{{万元 .a}}"), map[string]any{"a": "12k"},
			"t.docx [word/document.xml] 第1段: 错误: 标签 {{万元 .a}}：调用“万元”出错：“12k”不是数字"},
		{"fused function with too many arguments", P("{{万元 .a .a}}"), map[string]any{"a": 1},
			"t.docx [word/document.xml] 第1段: 错误: 标签 {{万元 .a .a}}：函数“万元”需要 1 个参数，实际给了 2 个"},
		{"fused int function error", P("{{中文数字 .n}}"), map[string]any{"n": 10000},
			"t.docx [word/document.xml] 第1段: 错误: 标签 {{中文数字 .n}}：调用“中文数字”出错：中文数字只支持 0 到 9999"},
		{"fused function, value not allowed in XML", P("{{upper .a}}"), map[string]any{"a": "a\x01"},
			"t.docx [word/document.xml] 第1段: 错误: 标签 {{upper .a}}：值中含有 Word 文档不允许的控制字符 U+0001"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			diags := mustParse(t, docxtest.Doc(tt.body)).Execute(&buf, tt.data)
			if len(diags) != 1 || !strings.Contains(diags[0].String(), tt.want) {
				t.Errorf("got %v; want %q", diags, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote output despite the error")
			}
		})
	}
}

func TestOutputLimit(t *testing.T) {
	tpl := mustParse(t, docxtest.Doc(docxtest.P("{{range until 1000}}{{$.a}}{{end}}")))
	var buf bytes.Buffer
	budget := tmpl.NewBudgetWith(tmpl.MaxSteps, 10<<10, tmpl.MaxDuration)
	diags := tpl.ExecuteBudget(&buf, map[string]any{"a": strings.Repeat("x", 100)}, budget)
	if len(diags) != 1 || !strings.Contains(diags[0].String(), "生成的文字共超过") || diags[0].Pos.Part != "word/document.xml" {
		t.Errorf("got %v", diags)
	}
	if buf.Len() != 0 {
		t.Error("wrote output")
	}
}

// TestHostileTagsHitTheBudget: the templates of the hardening issue end
// with a located error, in a Word document too.
func TestHostileTagsHitTheBudget(t *testing.T) {
	for _, tt := range []struct{ tag, want string }{
		{`{{indent 100000000000 "x"}}`, "生成的文字共超过"},
		{`{{repeat 100000 (repeat 100000 "x")}}`, "生成的文字共超过"},
		{`{{untilStep -9223372036854775807 9223372036854775807 1}}`, "超过上限"},
		{`{{range until 100000}}{{range until 100000}}{{end}}{{end}}`, "循环、序列和列表共超过"},
	} {
		diags := mustParse(t, docxtest.Doc(docxtest.P(tt.tag))).Execute(io.Discard, nil)
		if len(diags) != 1 || !strings.Contains(diags[0].String(), tt.want) || !strings.Contains(diags[0].String(), "t.docx [word/document.xml] 第1段") {
			t.Errorf("%s: got %v; want %q at 第1段", tt.tag, diags, tt.want)
		}
	}
}

func TestBadArchives(t *testing.T) {
	zipWith := func(parts map[string]string) []byte { return docxtest.Package{Parts: parts}.Bytes() }
	tests := []struct {
		name string
		src  []byte
		want string
	}{
		{"not a zip", []byte("not really a docx"), "不是有效的 .docx 文件"},
		{"empty", nil, "不是有效的 .docx 文件"},
		{"old doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 100)...), "旧版 Word（.doc）"},
		{"workbook renamed", zipWith(map[string]string{"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
			"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`}), "这是 Excel 工作簿"},
		{"broken XML", zipWith(map[string]string{"word/document.xml": "<w:document><w:body>{{.a}}</w:document>"}), "XML 格式错误"},
		{"encrypted", append(append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 100)...), "E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00"...), "设置了打开密码"},
		{"macros", docxtest.Package{Body: docxtest.P("{{.a}}"), Parts: map[string]string{"word/vbaProject.bin": "x"}}.Bytes(), "含有 VBA 宏（word/vbaProject.bin）"},
		{"macro content type", docxtest.Package{Body: docxtest.P("x"), Parts: map[string]string{"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>`}}.Bytes(), "启用宏"},
		{"activeX", docxtest.Package{Body: docxtest.P("x"), Parts: map[string]string{"word/activeX/activeX1.xml": "<ax/>"}}.Bytes(), "ActiveX"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tpl, diags := Parse("x.docx", tt.src)
			if !diags.HasErrors() || !strings.Contains(diags.Error(), tt.want) {
				t.Errorf("diags = %v; want %q", diags, tt.want)
			}
			if d := tpl.Execute(&bytes.Buffer{}, nil); !d.HasErrors() {
				t.Error("Execute succeeded on a bad archive")
			}
		})
	}
}

func TestNotAWordPackage(t *testing.T) {
	var excel, odt, other bytes.Buffer
	writeZip(t, &excel, "xl/workbook.xml")
	writeZip(t, &odt, "mimetype", "content.xml")
	writeZip(t, &other, "readme.txt")
	for _, tt := range []struct {
		src  []byte
		want string
	}{
		{excel.Bytes(), "这是 Excel 工作簿"},
		{odt.Bytes(), "OpenDocument（.odt）"},
		{other.Bytes(), "缺少 word/document.xml"},
	} {
		if _, diags := Parse("x.docx", tt.src); !strings.Contains(diags.Error(), tt.want) {
			t.Errorf("diags = %v; want %q", diags, tt.want)
		}
	}
}
