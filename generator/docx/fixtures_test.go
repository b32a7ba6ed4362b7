package docx

import (
	"os"
	"path/filepath"
	"testing"

	"jixiao/generator/docx/docxtest"
	"jixiao/generator/num"
	"jixiao/generator/tmpl"
)

// wordStyle assembles testdata/wordstyle, hand-written the way Word 2016
// saves: rsid and w14 ids on every paragraph, spelling marks, a bookmark
// and a rendered page break inside tags, smart quotes, a picture.
func wordStyle(t testing.TB) []byte {
	t.Helper()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "wordstyle", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	return docxtest.Package{Header: "-", Parts: map[string]string{
		"word/document.xml":     read("document.xml"),
		"word/header1.xml":      read("header1.xml"),
		"word/media/image1.png": read("image1.png"),
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rIdStyles" Type="` + rel + `styles" Target="styles.xml"/>` +
			`<Relationship Id="rIdHeader1" Type="` + rel + `header" Target="header1.xml"/>` +
			`<Relationship Id="rIdImage1" Type="` + rel + `image" Target="media/image1.png"/>` +
			`</Relationships>`,
	}}.Bytes()
}

// wordStyleData fills every tag of wordStyle; items sets how many rows
// and pictures the loops make.
func wordStyleData(items int) map[string]any {
	var rows, pics []any
	for i := range items {
		rows = append(rows, map[string]any{"名称": "指标" + string(rune('A'+i)), "分值": num.Int(int64(10 + i)), "得分": num.MustParse("9.5")})
		pics = append(pics, "现场照片"+string(rune('1'+i)))
	}
	return map[string]any{
		"单位": "长沙县机关事务中心", "年度": num.Int(2022),
		"人员": map[string]any{"编制数": num.Int(51), "在职人数": num.Int(47)},
		"状态": "完成",
		"概述": tmpl.Paragraphs{"第一段：部门职责。", "第二段：年度目标。"},
		"地址": "长沙县<星沙>大道 1 号 & \"东楼\"",
		"指标": rows, "问题": []any{}, "图片说明": pics,
		"总分": num.MustParse("92.5"), "优秀": true,
	}
}
