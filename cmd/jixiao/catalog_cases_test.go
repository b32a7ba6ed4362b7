package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/generator/docx/docxtest"
	"jixiao/generator/pack"
	"jixiao/generator/xlsx/xlsxtest"
)

// The cases of the bad-input catalog, by area. Each builds its files in
// an empty folder; paths in args are relative to it.

const unit = "单位: 某局\n年度: 2023\n"

var catalog = concat(factsCases, dataCases, templateCases, packCases, outputCases, cliCases)

func concat(lists ...[]catalogCase) []catalogCase {
	var out []catalogCase
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// files writes name → content pairs.
func files(pairs ...string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		for i := 0; i+1 < len(pairs); i += 2 {
			write(t, dir, pairs[i], []byte(pairs[i+1]))
		}
	}
}

func write(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// both runs several setups.
func both(fs ...func(t *testing.T, dir string)) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		for _, f := range fs {
			f(t, dir)
		}
	}
}

// workbook writes an .xlsx built from an xlsxtest description.
func workbook(name, spec string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		data, err := xlsxtest.Build(spec)
		if err != nil {
			t.Fatal(err)
		}
		write(t, dir, name, data)
	}
}

// document writes a .docx whose body has one paragraph per text.
func document(name string, paras ...string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		var body strings.Builder
		for _, p := range paras {
			body.WriteString(docxtest.P(p))
		}
		write(t, dir, name, docxtest.Doc(body.String()))
	}
}

// withParts writes a .docx with extra parts.
func withParts(name string, parts map[string]string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		write(t, dir, name, docxtest.Package{Body: docxtest.P("{{.a}}"), Parts: parts}.Bytes())
	}
}

// xlsxWithPart writes a workbook with one extra part.
func xlsxWithPart(name, part string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		src, _ := xlsxtest.Build("A1: {{.a}}")
		write(t, dir, name, addParts(t, src, map[string][]byte{part: []byte("x")}, 0))
	}
}

// addParts copies an archive and adds parts; n > 0 adds n parts of 20 MiB
// of zeros each, deflated: a “zip bomb” of parts each well under any
// per-part limit.
func addParts(t *testing.T, src []byte, parts map[string][]byte, n int) []byte {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for _, f := range zr.File {
		zw.Copy(f)
	}
	for name, data := range parts {
		w, _ := zw.Create(name)
		w.Write(data)
	}
	zeros := make([]byte, 20<<20)
	for i := range n {
		w, _ := zw.Create(fmt.Sprintf("customXml/item%d.xml", i+1))
		w.Write(zeros)
	}
	zw.Close()
	return out.Bytes()
}

// bomb writes a template of the given kind padded with a zip bomb.
func bomb(name string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		var src []byte
		if strings.HasSuffix(name, ".xlsx") {
			src, _ = xlsxtest.Build("A1: {{.a}}")
		} else {
			src = docxtest.Doc(docxtest.P("{{.a}}"))
		}
		write(t, dir, name, addParts(t, src, nil, 8))
	}
}

// encrypted writes what a password-protected Office file looks like.
func encrypted(name string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		data := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...)
		for _, r := range "EncryptedPackage" {
			data = append(data, byte(r), 0)
		}
		write(t, dir, name, data)
	}
}

// exported writes the built-in pack into folder name, then applies the
// edits: file → old/new pairs.
func exported(name string, edits map[string][]string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		p, _ := pack.Default()
		if _, err := pack.Export(p, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
		for file, pairs := range edits {
			path := filepath.Join(dir, name, file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s := string(data)
			for i := 0; i+1 < len(pairs); i += 2 {
				if !strings.Contains(s, pairs[i]) {
					t.Fatalf("%s lacks %q", file, pairs[i])
				}
				s = strings.Replace(s, pairs[i], pairs[i+1], 1)
			}
			os.WriteFile(path, []byte(s), 0o644)
		}
	}
}

// outputName edits the output name of the pack's first document.
func outputName(name string) map[string][]string {
	return map[string][]string{"pack.yaml": {`输出: "附件1-1 {{.单位}}部门整体支出绩效自评指标表.xlsx"`, "输出: " + name}}
}

// symlink makes link (relative to dir) point at target.
func symlink(target, link string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skip("no symlinks:", err)
		}
	}
}

// zipFile writes a zip of the given entries (a nil content is a folder).
func zipFile(name string, entries ...string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for i := 0; i+1 < len(entries); i += 2 {
			w, _ := zw.Create(entries[i])
			w.Write([]byte(entries[i+1]))
		}
		zw.Close()
		write(t, dir, name, buf.Bytes())
	}
}

// old writes a file dated an hour ago.
func old(name string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		write(t, dir, name, []byte("left by a killed build"))
		ago := time.Now().Add(-time.Hour)
		os.Chtimes(filepath.Join(dir, name), ago, ago)
	}
}

var factsCases = []catalogCase{
	{name: "tab indentation", area: "facts", setup: files("f.yaml", unit+"人员:\n\t编制数: 5\n"),
		args: []string{"check", "f.yaml"}, exit: 1, want: []string{`f\.yaml:4(:\d+)?: 错误: YAML 语法错误`}},
	{name: "not UTF-8", area: "facts", setup: files("f.yaml", "\xb5\xa5\xce\xbb: \xc4\xb3\xbe\xd6\n"),
		args: []string{"check", "f.yaml"}, exit: 1, want: []string{`f\.yaml: 错误: 文件不是 UTF-8 编码`}},
	{name: "amount with a letter", area: "facts", setup: files("f.yaml", unit+"人员:\n  编制数: 12k\n"),
		args: []string{"check", "f.yaml"}, exit: 1, want: []string{`f\.yaml:4:8: 错误: .*编制数`}},
	{name: "unknown key", area: "facts", setup: files("f.yaml", unit+"人员:\n  编制: 12\n"),
		args: []string{"check", "f.yaml"}, exit: 1, want: []string{`f\.yaml:4:3: 错误: .*编制.*编制数`}},
	{name: "full-width colon in a flow mapping", area: "facts", setup: files("f.yaml", unit+"人员: {编制数: 60, 在职人数：47}\n"),
		args: []string{"check", "f.yaml"}, exit: 1, want: []string{`f\.yaml:3:19: 错误: “人员”下没有“在职人数：47”这一项：全角冒号“：”应改为半角冒号“: ”（冒号后跟一个空格），写成“在职人数: 47”`}},
	{name: "full-width colon on a block line", area: "facts", setup: files("f.yaml", unit+"人员:\n  编制数: 60\n  在职人数：47\n"),
		args: []string{"check", "f.yaml"}, exit: 1, want: []string{`f\.yaml:5:7: 错误: YAML 语法错误：全角冒号“：”应改为半角冒号“: ”（冒号后跟一个空格），写成“在职人数: 47”`}},
	{name: "200,000 public projects", area: "facts", setup: files("f.yaml", unit+"公共项目:\n"+strings.Repeat("  - 名称: 某项目\n    自评分数: 90\n", 200_000)),
		args: []string{"build", "f.yaml", "-o", "out"}, exit: 1, want: []string{`f\.yaml:20004:3: 错误: 列表项太多：一个事实文件中所有列表合计最多 10000 项，“公共项目”的这一项已是第 10001 项`}},
	{name: "duplicate key", area: "facts", setup: files("f.yaml", unit+"单位: 另一局\n"),
		args: []string{"check", "f.yaml"}, exit: 1, want: []string{`f\.yaml:3:1: 错误: 键“单位”重复定义`}},
	{name: "two documents", area: "facts", setup: files("f.yaml", unit+"---\n单位: 乙\n"),
		args: []string{"check", "f.yaml"}, exit: 1, want: []string{`f\.yaml:3:1: 错误: 文件中有多个 YAML 文档`}},
	{name: "number beyond range", area: "facts", setup: files("f.yaml", unit+"人员:\n  编制数: 1e400\n"),
		args: []string{"check", "f.yaml"}, exit: 1, want: []string{`f\.yaml:4:8: 错误: “人员\.编制数”应为`}},
	{name: "alias to itself", area: "facts", setup: files("f.yaml", unit+"人员: &a\n  编制数: *a\n"),
		args: []string{"score", "f.yaml"}, exit: 1, want: []string{`f\.yaml:3:5: 错误: “人员\.编制数”应为整数`}},
	{name: "alias bomb", area: "facts", setup: files("f.yaml", unit+aliasBomb("叙述备注")),
		args: []string{"check", "f.yaml"}, exit: 1, want: []string{`f\.yaml:\d+:\d+: 错误: `}},
	{name: "missing file", area: "facts", args: []string{"check", "无此文件.yaml"}, exit: 2,
		want: []string{`无法读取事实文件“无此文件\.yaml”：找不到这个文件或文件夹`}},
	{name: "a folder", area: "facts", setup: files("目录/x", ""), args: []string{"check", "目录"}, exit: 2,
		want: []string{`无法读取事实文件“目录”：这是一个文件夹，不是文件`}},
	{name: "empty file", area: "facts", setup: files("f.yaml", ""), args: []string{"check", "f.yaml"}, exit: 1,
		want: []string{`f\.yaml:1:1: 错误: .*单位`}},
	{name: "strict build with data errors", area: "facts",
		args: []string{"build", "-o", "out", "--strict"}, exit: 1, want: []string{`长沙县机关事务中心-2022\.yaml:\d+:\d+: 错误: 预算调整数两处不一致`, `--strict 下不生成文档`}},
}

// aliasBomb is ten levels of ten aliases each under key.
func aliasBomb(key string) string {
	var b strings.Builder
	b.WriteString("炸弹:\n  a0: &a0 [\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"]\n")
	for i := 1; i <= 9; i++ {
		p := fmt.Sprintf("*a%d", i-1)
		fmt.Fprintf(&b, "  a%d: &a%d [%s]\n", i, i, strings.Repeat(p+", ", 9)+p)
	}
	return b.String()
}

var dataCases = []catalogCase{
	{name: "alias cycle", area: "data", setup: both(document("t.docx", "{{.a}}"), files("d.yaml", "a: &a [1, *a]\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`d\.yaml:1:11: 错误: 别名 \*a 引用了它自己所在的值`}},
	{name: "alias bomb", area: "data", setup: both(document("t.docx", "{{.a}}"), files("d.yaml", "a: 1\n"+aliasBomb(""))),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`d\.yaml:\d+:\d+: 错误: 数据展开后超过上限`}},
	{name: "syntax error", area: "data", setup: both(document("t.docx", "{{.a}}"), files("d.yaml", "a: [1, 2\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`d\.yaml(:\d+)*: 错误: YAML 语法错误`}},
	{name: "not UTF-8", area: "data", setup: both(document("t.docx", "{{.a}}"), files("d.yaml", "a: \xb5\xa5\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`d\.yaml: 错误: 文件不是 UTF-8 编码`}},
	{name: "infinity", area: "data", setup: both(document("t.docx", "{{.a}}"), files("d.yaml", "a: .inf\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`d\.yaml:1:4: 错误: 数字“\.inf”无法精确表示`}},
	{name: "broken JSON", area: "data", setup: both(document("t.docx", "{{.a}}"), files("d.json", `{"a": [1, 2}`)),
		args: []string{"render", "t.docx", "d.json", "-o", "out/r.docx"}, exit: 1, want: []string{`d\.json(:\d+)*: 错误: YAML 语法错误`}},
	{name: "key that is a list", area: "data", setup: both(document("t.docx", "{{.a}}"), files("d.yaml", "? [x]\n: 1\na: 2\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`d\.yaml:1:3: 错误: 键必须是文字`}},
	{name: "missing data file", area: "data", setup: document("t.docx", "{{.a}}"),
		args: []string{"render", "t.docx", "无.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`无\.yaml: 错误: 无法读取数据文件`}},
	{name: "missing field", area: "data", setup: both(document("t.docx", "{{.a}}", "{{.b.c}}"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`t\.docx \[word/document\.xml\] 第2段: 错误: 标签 \{\{\.b\.c\}\}：数据中没有字段“b”`}},
}

// hostile are the templates of the hardening issue.
var hostile = map[string]string{
	"huge indent":        `{{indent 100000000000 "x"}}`,
	"nested repeat":      `{{repeat 100000 (repeat 100000 "x")}}`,
	"overflowing seq":    `{{untilStep -9223372036854775807 9223372036854775807 1}}`,
	"nested loops":       `x{{range until 100000}}{{range until 100000}}{{end}}{{end}}`,
	"deep nesting":       `{{$l := list}}{{range until 100000}}{{$l = list $l}}{{end}}{{$l}}`,
	"doubling text":      `{{$s := "xxxxxxxx"}}{{range until 64}}{{$s = cat $s $s}}{{end}}`,
	"wide printf":        `x{{range until 1000}}{{printf "%999999d%999999d" 1 2}}{{end}}`,
	"template recursion": `{{define "a"}}{{template "a"}}{{end}}{{template "a"}}`,
}

var hostileWant = map[string]string{
	"huge indent": "生成的文字共超过", "nested repeat": "生成的文字共超过", "overflowing seq": "超过上限",
	"nested loops": "循环、序列和列表共超过", "deep nesting": "嵌套超过", "doubling text": "生成的文字共超过",
	"wide printf": "生成的文字共超过", "template recursion": "递归调用超过",
}

func hostileCases() []catalogCase {
	var out []catalogCase
	names := []string{"huge indent", "nested repeat", "overflowing seq", "nested loops", "deep nesting", "doubling text", "wide printf", "template recursion"}
	for _, name := range names {
		tag := hostile[name]
		out = append(out, catalogCase{name: name + " in Excel", area: "template",
			setup: both(workbook("t.xlsx", "sheet 表\nA1: 项目\nB2: "+tag), files("d.yaml", "a: 1\n")),
			args:  []string{"render", "t.xlsx", "d.yaml", "-o", "out/r.xlsx"}, exit: 1,
			want: []string{`t\.xlsx \[表\] B2: 错误: 标签 .*` + hostileWant[name]}})
		if name == "template recursion" {
			continue // Word templates refuse {{define}}
		}
		out = append(out, catalogCase{name: name + " in Word", area: "template",
			setup: both(document("t.docx", "标题", tag), files("d.yaml", "a: 1\n")),
			args:  []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1,
			want: []string{`t\.docx \[word/document\.xml\] 第2段: 错误: .*` + hostileWant[name]}})
	}
	return out
}

var templateCases = append(hostileCases(), []catalogCase{
	{name: "unknown function", area: "template", setup: both(workbook("t.xlsx", "sheet 表\nA1: {{env \"HOME\"}}"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.xlsx", "d.yaml", "-o", "out/r.xlsx"}, exit: 1, want: []string{`t\.xlsx \[表\] A1: 错误: 标签 \{\{env "HOME"\}\}：未知函数“env”`}},
	{name: "unclosed block in Word", area: "template", setup: both(document("t.docx", "{{range .l}}", "{{.}}"), files("d.yaml", "l: [1]\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`t\.docx \[word/document\.xml\] 第1段: 错误: 标签 \{\{range \.l\}\}：块没有闭合`}},
	{name: "control character in Excel", area: "template", setup: both(workbook("t.xlsx", "sheet 表\nA1: {{printf \"x%cy\" 1}}"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.xlsx", "d.yaml", "-o", "out/r.xlsx"}, exit: 1, want: []string{`t\.xlsx \[表\] A1: 错误: .*控制字符 U\+0001`}},
	{name: "control character in Word", area: "template", setup: both(document("t.docx", "{{printf \"x%cy\" 27}}"), files("d.yaml", "a: 27\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`t\.docx \[word/document\.xml\] 第1段: 错误: .*控制字符 U\+001B`}},
	{name: "macro-enabled document", area: "template", setup: both(withParts("t.docx", map[string]string{"word/vbaProject.bin": "x"}), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`t\.docx: 错误: 这个文档含有 VBA 宏（word/vbaProject\.bin）`}},
	{name: "macro content type", area: "template", setup: both(withParts("t.docx", map[string]string{"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>`}), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`t\.docx: 错误: 这个文档是启用宏的文件`}},
	{name: "ActiveX control", area: "template", setup: both(withParts("t.docx", map[string]string{"word/activeX/activeX1.xml": "<ax/>"}), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`t\.docx: 错误: .*ActiveX 控件`}},
	{name: "macro-enabled workbook", area: "template", setup: both(xlsxWithPart("t.xlsx", "xl/vbaProject.bin"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.xlsx", "d.yaml", "-o", "out/r.xlsx"}, exit: 1, want: []string{`t\.xlsx: 错误: 这个工作簿含有 VBA 宏`}},
	{name: "Excel 4.0 macro sheet", area: "template", setup: both(xlsxWithPart("t.xlsx", "xl/macrosheets/sheet1.xml"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.xlsx", "d.yaml", "-o", "out/r.xlsx"}, exit: 1, want: []string{`t\.xlsx: 错误: .*Excel 4\.0 宏表`}},
	{name: "zip bomb document", area: "template", setup: both(bomb("t.docx"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`t\.docx: 错误: 拒绝使用这个文档：.*压缩炸弹`}},
	{name: "zip bomb workbook", area: "template", setup: both(bomb("t.xlsx"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.xlsx", "d.yaml", "-o", "out/r.xlsx"}, exit: 1, want: []string{`t\.xlsx: 错误: 拒绝使用这个工作簿：.*压缩炸弹`}},
	{name: "encrypted workbook", area: "template", setup: both(encrypted("t.xlsx"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.xlsx", "d.yaml", "-o", "out/r.xlsx"}, exit: 1, want: []string{`t\.xlsx: 错误: 这个工作簿设置了打开密码`}},
	{name: "encrypted document", area: "template", setup: both(encrypted("t.docx"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`t\.docx: 错误: 这个文档设置了打开密码`}},
	{name: "text renamed .docx", area: "template", setup: files("t.docx", "not a document", "d.yaml", "a: 1\n"),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.docx"}, exit: 1, want: []string{`t\.docx: 错误: 不是有效的 \.docx 文件`}},
	{name: "document renamed .xlsx", area: "template", setup: both(document("t.xlsx", "{{.a}}"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.xlsx", "d.yaml", "-o", "out/r.xlsx"}, exit: 1, want: []string{`t\.xlsx: 错误: 这是 Word 文档，不是 Excel 工作簿`}},
	{name: "workbook without sheets", area: "template", setup: both(zipFile("t.xlsx", "[Content_Types].xml", "<Types/>"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.xlsx", "d.yaml", "-o", "out/r.xlsx"}, exit: 1, want: []string{`t\.xlsx: 错误: `}},
	{name: "unsupported template", area: "template", setup: files("t.txt", "{{.a}}", "d.yaml", "a: 1\n"),
		args: []string{"render", "t.txt", "d.yaml", "-o", "out/r.txt"}, exit: 1, want: []string{`t\.txt: 错误: 只支持 \.docx 和 \.xlsx 模板`}},
}...)

var packCases = []catalogCase{
	{name: "rubric adds up to 110: build", area: "pack", setup: both(exported("包", badRubric), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`包/rubric\.yaml:\d+:\d+: 错误: 一级指标分值合计 .*不等于总分 110`, `模板包有 \d+ 个错误，不能使用`}},
	{name: "rubric adds up to 110: score", area: "pack", setup: both(exported("包", badRubric), files("f.yaml", unit)),
		args: []string{"score", "f.yaml", "--pack", "包"}, exit: 1, want: []string{`包/rubric\.yaml:\d+:\d+: 错误: 一级指标分值合计`}},
	{name: "rubric adds up to 110: check", area: "pack", setup: both(exported("包", badRubric), files("f.yaml", unit)),
		args: []string{"check", "f.yaml", "--pack", "包"}, exit: 1, want: []string{`包/rubric\.yaml:\d+:\d+: 错误: 一级指标分值合计`}},
	{name: "rubric adds up to 110: pack zip", area: "pack", setup: exported("包", badRubric),
		args: []string{"pack", "zip", "包", "包.zip"}, exit: 1, want: []string{`包/rubric\.yaml:\d+:\d+: 错误: 一级指标分值合计`}},
	{name: "rubric adds up to 110: lint", area: "pack", setup: exported("包", badRubric),
		args: []string{"lint", "--pack", "包"}, exit: 1, want: []string{`包/rubric\.yaml:\d+:\d+: 错误: 一级指标分值合计`}},
	{name: "two documents, one name: lint", area: "pack", setup: exported("包", duplicateNames),
		args: []string{"lint", "--pack", "包"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名“附件1-1 .*\.xlsx”与第 1 个文档`}},
	{name: "two documents, one name: build", area: "pack", setup: both(exported("包", duplicateNames), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名.*相同`}},
	{name: "two documents, one name: pack zip", area: "pack", setup: exported("包", duplicateNames),
		args: []string{"pack", "zip", "包", "包.zip"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名.*相同`}},
	{name: "names differing in case", area: "pack", setup: both(exported("包", caseNames), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`不区分大小写时是同一个文件`}},
	{name: "Excel template, Word name", area: "pack", setup: both(exported("包", outputName("指标表.docx")), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名“指标表\.docx”的扩展名应为 \.xlsx`}},
	{name: "reserved name CON", area: "pack", setup: both(exported("包", outputName("CON.xlsx")), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`输出文件名“CON\.xlsx”是 Windows 的保留名称`}},
	{name: "name ending in a dot", area: "pack", setup: exported("包", outputName(`"表.xlsx."`)),
		args: []string{"lint", "--pack", "包"}, exit: 1, want: []string{`输出文件名“表\.xlsx\.”以点或空格结尾`}},
	{name: "runaway name pattern", area: "pack", setup: exported("包", outputName(`"{{range until 100000}}{{range until 100000}}{{end}}{{end}}.xlsx"`)),
		args: []string{"lint", "--pack", "包"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名.*循环、序列和列表共超过`}},
	{name: "huge name pattern", area: "pack", setup: both(exported("包", outputName(`"{{indent 100000000000 \"x\"}}.xlsx"`)), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名.*生成的文字共超过`}},
	{name: "nested repeat in a name", area: "pack", setup: both(exported("包", outputName(`"{{repeat 100000 (repeat 100000 \"x\")}}.xlsx"`)), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名.*生成的文字共超过`}},
	{name: "overflowing seq in a name", area: "pack", setup: both(exported("包", outputName(`"{{untilStep -9223372036854775807 9223372036854775807 1}}.xlsx"`)), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名.*超过上限`}},
	{name: "name with a parent folder: lint", area: "pack", setup: exported("包", outputName("../../escape.xlsx")),
		args: []string{"lint", "--pack", "包"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名“\.\./\.\./escape\.xlsx”有误：含有“/”`}},
	{name: "name with a parent folder: build", area: "pack", setup: both(exported("包", outputName("../../escape.xlsx")), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名“\.\./\.\./escape\.xlsx”有误：含有“/”`, `没有写出任何文件`}},
	{name: "name with a parent folder: pack zip", area: "pack", setup: exported("包", outputName("../../escape.xlsx")),
		args: []string{"pack", "zip", "包", "包.zip"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名“\.\./\.\./escape\.xlsx”有误：含有“/”`}},
	{name: "hidden output name", area: "pack", setup: both(exported("包", outputName(".指标表.xlsx")), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名“\.指标表\.xlsx”以点开头`}},
	{name: "names differing in case: lint", area: "pack", setup: exported("包", caseNames),
		args: []string{"lint", "--pack", "包"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: .*不区分大小写时是同一个文件`}},
	{name: "names differing in case: pack zip", area: "pack", setup: exported("包", caseNames),
		args: []string{"pack", "zip", "包", "包.zip"}, exit: 1, want: []string{`不区分大小写时是同一个文件`}},
	{name: "Excel template, Word name: lint", area: "pack", setup: exported("包", outputName("指标表.docx")),
		args: []string{"lint", "--pack", "包"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 输出文件名“指标表\.docx”的扩展名应为 \.xlsx`}},
	{name: "Excel template, Word name: pack zip", area: "pack", setup: exported("包", outputName("指标表.docx")),
		args: []string{"pack", "zip", "包", "包.zip"}, exit: 1, want: []string{`扩展名应为 \.xlsx`}},
	{name: "reserved name: lint", area: "pack", setup: exported("包", outputName("nul.xlsx")),
		args: []string{"lint", "--pack", "包"}, exit: 1, want: []string{`输出文件名“nul\.xlsx”是 Windows 的保留名称`}},
	{name: "reserved name: pack zip", area: "pack", setup: exported("包", outputName("COM1.xlsx")),
		args: []string{"pack", "zip", "包", "包.zip"}, exit: 1, want: []string{`输出文件名“COM1\.xlsx”是 Windows 的保留名称`}},
	{name: "missing template", area: "pack", setup: both(exported("包", map[string][]string{"pack.yaml": {"模板: 附件1-1 指标表.xlsx", "模板: 无此模板.xlsx"}}), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`包/pack\.yaml:\d+:\d+: 错误: 模板包中找不到模板“无此模板\.xlsx”`}},
	{name: "no pack.yaml", area: "pack", setup: files("包/rubric.yaml", "总分: 100\n", "f.yaml", unit),
		args: []string{"check", "f.yaml", "--pack", "包"}, exit: 1, want: []string{`包/pack\.yaml: 错误: 模板包缺少 pack\.yaml`}},
	{name: "symlink out of the pack", area: "pack", setup: both(exported("包", nil), files("外部.yaml", "x: 1\n"), symlink("../外部.yaml", "包/链接.yaml"), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "out"}, exit: 1, want: []string{`包: 错误: 拒绝使用这个模板包：.*链接\.yaml 是指向模板包以外`}},
	{name: "symlinked rubric inside the pack is zipped", area: "pack", setup: both(exported("包", map[string][]string{"pack.yaml": {"评分规则: rubric.yaml", "评分规则: 规则.yaml"}}), symlink("rubric.yaml", "包/规则.yaml")),
		args: []string{"pack", "zip", "包", "包.zip"}, exit: 0, want: []string{`stdout:已打包 包\.zip.*重新读取检查无误`}, outputs: []string{"包.zip"}},
	{name: "zip-slip pack", area: "pack", setup: both(zipFile("包.zip", "pack.yaml", "名称: x\n评分规则: r.yaml\n", "../../逃逸.txt", "x"), files("f.yaml", unit)),
		args: []string{"check", "f.yaml", "--pack", "包.zip"}, exit: 1, want: []string{`包\.zip: 错误: 拒绝使用这个模板包：.*zip-slip`}},
	{name: "build into the pack folder", area: "pack", setup: both(exported("包", outputName("附件1-1 指标表.xlsx")), files("f.yaml", unit)),
		args: []string{"build", "f.yaml", "--pack", "包", "-o", "包"}, exit: 2, want: []string{`不会覆盖`}},
	{name: "a long unit name is shortened", area: "pack", setup: files("f.yaml", "单位: "+strings.Repeat("某", 70)+"局\n年度: 2023\n"),
		args: []string{"build", "f.yaml", "-o", "out"}, exit: 0, want: []string{`单位名称缩短为`}, outputs: []string{"out/附件2-4 " + strings.Repeat("某", 57) + "…9358公共项目资金绩效自评评分汇总表.docx"}},
	{name: "stale temporary files are removed", area: "pack", setup: both(files("f.yaml", unit), old("out/.jixiao-4242.tmp"), files("out/我的笔记.txt", "keep")),
		args: []string{"build", "f.yaml", "-o", "out"}, exit: 0, outputs: []string{"out/附件2-4 某局公共项目资金绩效自评评分汇总表.docx"}},
}

var caseNames = map[string][]string{"pack.yaml": {
	`输出: "附件1-1 {{.单位}}部门整体支出绩效自评指标表.xlsx"`, "输出: Table.xlsx", `输出: "附件1-2 {{.单位}}部门整体支出绩效自评基础数据表.xlsx"`, "输出: TABLE.xlsx"}}

var badRubric = map[string][]string{"rubric.yaml": {"总分: 100", "总分: 110"}}

var duplicateNames = map[string][]string{"pack.yaml": {`输出: "附件1-2 {{.单位}}部门整体支出绩效自评基础数据表.xlsx"`, `输出: "附件1-1 {{.单位}}部门整体支出绩效自评指标表.xlsx"`}}

var outputCases = []catalogCase{
	{name: "render over its template", area: "output", setup: both(document("t.docx", "{{.a}}"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "t.docx"}, exit: 2, want: []string{`输出文件 t\.docx 与输入文件相同，不会覆盖输入`}},
	{name: "render to another kind", area: "output", setup: both(document("t.docx", "{{.a}}"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "out/r.xlsx"}, exit: 2, want: []string{`扩展名应与模板相同（\.docx）`}},
	{name: "render under a file", area: "output", setup: both(document("t.docx", "{{.a}}"), files("d.yaml", "a: 1\n", "文件", "x")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "文件/r.docx"}, exit: 3, want: []string{`无法写出结果`}},
	{name: "build into a file", area: "output", setup: files("f.yaml", unit, "out", "a file, not a folder"),
		args: []string{"build", "f.yaml", "-o", "out"}, exit: 3, want: []string{`无法写出结果`}},
	{name: "output name is a folder", area: "output", setup: files("f.yaml", unit, "out/附件1-1 某局部门整体支出绩效自评指标表.xlsx/x", ""),
		args: []string{"build", "f.yaml", "-o", "out"}, exit: 3, want: []string{`是一个文件夹，无法写出同名文档`}},
	{name: "schema to a full disk", area: "output", args: []string{"schema"}, stdout: "full", exit: 3, want: []string{`无法写出结果`}},
	{name: "score --json to a closed output", area: "output", args: []string{"score", "--json"}, stdout: "closed", exit: 3, want: []string{`无法写出结果`}},
	{name: "render to a full disk", area: "output", setup: both(document("t.docx", "{{.a}}"), files("d.yaml", "a: 1\n")),
		args: []string{"render", "t.docx", "d.yaml", "-o", "/dev/full/r.docx"}, exit: 3, want: []string{`无法写出结果`}},
}

var cliCases = []catalogCase{
	{name: "unknown option", area: "cli", args: []string{"check", "--nosuch"}, exit: 2, want: []string{`未知选项 -nosuch`, `用法：jixiao check`}},
	{name: "option without its value", area: "cli", args: []string{"build", "--pack"}, exit: 2, want: []string{`选项 -pack 需要一个值`}},
	{name: "files named like options after --", area: "cli", setup: files("-a.yaml", unit, "-b.yaml", "单位: 某局\n年度: 2024\n"),
		args: []string{"diff", "--", "-a.yaml", "-b.yaml"}, exit: 0, want: []string{`stdout:总分`}},
	{name: "help for an unknown command", area: "cli", args: []string{"help", "nosuch"}, exit: 2, want: []string{`没有“nosuch”这个命令`}},
	{name: "unknown command", area: "cli", args: []string{"biuld"}, exit: 2, want: []string{`未知命令“biuld”`}},
	{name: "too many files", area: "cli", setup: files("a.yaml", unit, "b.yaml", unit), args: []string{"check", "a.yaml", "b.yaml"}, exit: 2,
		want: []string{`多余的参数：b\.yaml`}},
	{name: "render with one argument", area: "cli", args: []string{"render", "t.docx"}, exit: 2, want: []string{`需要两个参数`}},
	{name: "unknown pack subcommand", area: "cli", args: []string{"pack", "unzip", "a"}, exit: 2, want: []string{`需要子命令`}},
	{name: "diff with one file", area: "cli", setup: files("a.yaml", unit), args: []string{"diff", "a.yaml"}, exit: 2, want: []string{`需要两个事实文件`}},
}
