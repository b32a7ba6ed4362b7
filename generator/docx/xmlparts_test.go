package docx

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
)

// TestBrokenParts: a template any of whose XML parts is not well-formed,
// templated or not, is refused at Parse, with the part, the line and
// what is wrong, in Chinese.
func TestBrokenParts(t *testing.T) {
	const decl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	ftr := func(body string) string {
		return decl + `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + body + `</w:ftr>`
	}
	tests := []struct {
		name, part, content string
		want                string
	}{
		{"truncated footer", "word/footer1.xml", strings.TrimSuffix(ftr(`<w:p><w:r><w:t>【待补】</w:t></w:r></w:p>`), "/w:ftr>"), "第 2 行，内容在中途截断"},
		{"truncated in a tag", "word/footer1.xml", strings.TrimSuffix(ftr(`<w:p><w:r><w:t>【待补】</w:t></w:r></w:p>`), "ftr>"), "第 2 行，内容在中途截断"},
		{"undefined entity", "word/footer1.xml", ftr(`<w:p><w:r><w:t>&nbsp;【待补】</w:t></w:r></w:p>`), "第 2 行，使用了 XML 没有定义的实体 &nbsp;"},
		{"invalid UTF-8", "word/footer1.xml", ftr("<w:p><w:r><w:t>\xff\xfe</w:t></w:r></w:p>"), "含有不是 UTF-8 编码的字节"},
		{"invalid UTF-8 in a comment", "word/styles.xml", ftr("<!-- \xff -->"), "第 2 行，含有不是 UTF-8 编码的字节"},
		{"bad element name", "word/footer1.xml", ftr(`<w:p><w:></w:></w:p>`), "名称 w: 不合法"},
		{"element name with a digit", "word/footer1.xml", ftr(`<w:p><1a/></w:p>`), "名称 1a 不合法"},
		{"unbound prefix", "word/footer1.xml", ftr(`<w:p><x:r/></w:p>`), "名称 x:r 的前缀 x 没有声明"},
		{"repeated attribute", "word/footer1.xml", ftr(`<w:p w:a="1" w:a="2"/>`), "属性 w:a 重复出现"},
		{"end tag not matching", "word/footer1.xml", ftr(`<w:p><w:r></w:p></w:r>`), "结束标记 </w:p> 没有对应的开始标记"},
		{"two roots", "word/footer1.xml", ftr(``) + `<w:ftr/>`, "根元素之后还有元素"},
		{"broken header", "word/header1.xml", ftr(`<w:p>`), "结束标记 </w:ftr> 没有对应的开始标记"},
		{"broken header with a tag", "word/header1.xml", ftr(`<w:p><w:r><w:t>{{.a}}&nbsp;</w:t></w:r></w:p>`), "使用了 XML 没有定义的实体 &nbsp;"},
		{"broken document rels", "word/_rels/document.xml.rels", decl + `<Relationships xmlns="x"><Relationship Id="r1"></Relationships>`, "结束标记 </Relationships> 没有对应的开始标记"},
		{"broken package rels", "_rels/.rels", decl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>`, "内容在中途截断"},
		{"broken content types", "[Content_Types].xml", decl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/`, "内容在中途截断"},
		{"broken custom XML", "customXml/item1.xml", `<b:Sources xmlns:b="x">&bad;</b:Sources>`, "使用了 XML 没有定义的实体 &bad;"},
		{"broken core properties", "docProps/core.xml", decl + `<cp:coreProperties xmlns:cp="x"><dc:title>t</dc:title></cp:coreProperties>`, "名称 dc:title 的前缀 dc 没有声明"},
		{"XML by content type", "word/glossary/data.bin", `<a>`, "内容在中途截断"},
		{"other encoding", "customXml/item2.xml", `<?xml version="1.0" encoding="GB2312"?><a/>`, "声明了 GB2312 编码"},
		{"UTF-16 text part", "word/footer1.xml", "\xff\xfe<\x00a\x00/\x00>\x00", "不是 UTF-8 编码"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := docxtest.Package{Body: docxtest.P("{{.a}}"), Header: docxtest.P("页眉"), Footer: docxtest.P("页脚"),
				Parts: map[string]string{tt.part: tt.content}}
			if strings.HasSuffix(tt.part, ".bin") {
				p.Parts["[Content_Types].xml"] = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
					`<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/glossary/data.bin" ContentType="application/vnd.ms-word.data+xml"/></Types>`
			}
			_, diags := Parse("t.docx", p.Bytes())
			want := "t.docx [" + tt.part + "]: 错误: 模板的 " + tt.part + " 已损坏（XML 格式错误："
			got := diags.Error()
			if len(diags) != 1 || !strings.HasPrefix(got, want) || !strings.Contains(got, tt.want) ||
				!strings.HasSuffix(got, "）：请在 Word 或 WPS 中打开模板，另存为 .docx 后再用") {
				t.Errorf("got %d problems:\n%s\nwant one starting %q and holding %q", len(diags), got, want, tt.want)
			}
		})
	}
}

// TestSoundPartsAccepted: what Word reads is not refused: a part with a
// byte order mark, a UTF-16 custom XML part with its mark or declared
// UTF-16 in UTF-8 bytes, a VML drawing (not XML to Word), binary parts,
// prefixes bound below the root, and a DOCTYPE-free document with
// comments and processing instructions.
func TestSoundPartsAccepted(t *testing.T) {
	utf16 := "\xff\xfe" + strings.Join(strings.Split(`<?xml version="1.0" encoding="UTF-16"?><a>中</a>`, ""), "\x00")
	utf16 = strings.Replace(utf16, "中\x00", "\x2d\x4e", 1)
	parts := map[string]string{
		"customXml/item1.xml":   "\ufeff" + `<?xml version="1.0" encoding="utf-8"?><b:Sources xmlns:b="x"/>`,
		"customXml/item2.xml":   utf16 + "\x00",
		"customXml/item3.xml":   `<?xml version="1.0" encoding="utf-16"?><a xmlns:x="u"><x:b x:c="1"/></a>`,
		"word/vmlDrawing1.vml":  `<xml><v:shape><br></xml>`,
		"word/media/image1.png": "\x89PNG\r\n",
		"word/settings.xml":     `<?xml version="1.0"?><!-- c --><w:settings xmlns:w="w"><?pi x?><m:x xmlns:m="m" xml:space="preserve"/></w:settings>`,
	}
	tpl, diags := Parse("t.docx", docxtest.Package{Body: docxtest.P("{{.a}}"), Parts: parts}.Bytes())
	if diags.HasErrors() || tpl == nil {
		t.Fatalf("refused:\n%s", diags.Error())
	}
}

// TestRepositoryTemplatesParse: every .docx of the repository (the
// packs' templates, the corpus, test data) has well-formed parts: none
// is refused as broken.
func TestRepositoryTemplatesParse(t *testing.T) {
	n := 0
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() && (d.Name() == ".git" || d.Name() == "out") {
			return skipDir(d, err)
		}
		if !strings.EqualFold(filepath.Ext(path), ".docx") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		_, diags := Parse(path, src)
		for _, d := range diags.Errors() {
			if strings.Contains(d.Msg, "已损坏") {
				t.Errorf("%s", d)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 40 {
		t.Fatalf("found %d .docx files; want the repository's (over 40)", n)
	}
}

// skipDir is what WalkDir's function returns for an error or a folder
// to skip.
func skipDir(d fs.DirEntry, err error) error {
	if err != nil {
		return err
	}
	return filepath.SkipDir
}
