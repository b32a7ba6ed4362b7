package gate

import (
	"archive/zip"
	"bytes"
	"reflect"
	"testing"

	"jixiao/generator/build"
)

func TestMarkers(t *testing.T) {
	for text, want := range map[string][]string{
		"单位负责人：【待补：单位负责人】":          {"单位负责人"},
		"【待补】与【待补：编制数、2022年实际在职人数】": {"", "编制数、2022年实际在职人数"},
		"没有":      nil,
		"断开的【待补：": {""},
	} {
		if got := markers(text); !reflect.DeepEqual(got, want) {
			t.Errorf("markers(%q) = %q; want %q", text, got, want)
		}
	}
}

// zipOf builds a document from part name → content.
func zipOf(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, content := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestCountReadsWhatAReaderSees: a Word marker split across runs counts
// once; an Excel shared string no cell uses does not count, one used by two
// cells counts twice, and an inline string counts.
func TestCountReadsWhatAReaderSees(t *testing.T) {
	docx := zipOf(t, map[string]string{"word/document.xml": `<w:document xmlns:w="w"><w:body>` +
		`<w:p><w:r><w:t>负责人：【待</w:t></w:r><w:r><w:t>补：单位负责人】</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>完整的一段</w:t></w:r></w:p></w:body></w:document>`})
	p := count(build.Output{Name: "报告.docx", Data: docx})
	if p.Count != 1 || !reflect.DeepEqual(p.Items, []string{"单位负责人"}) {
		t.Errorf("docx: %+v", p)
	}
	xlsx := zipOf(t, map[string]string{
		"xl/sharedStrings.xml": `<sst><si><t>【待补：没用上的模板文字】</t></si><si><t>【待补：编制数】</t></si><si><r><t>正常</t></r></si></sst>`,
		"xl/worksheets/sheet1.xml": `<worksheet><sheetData><row r="1">` +
			`<c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>` +
			`<c r="D1" t="inlineStr"><is><t>【待补】</t></is></c><c r="E1"><v>12</v></c></row></sheetData></worksheet>`,
	})
	p = count(build.Output{Name: "表.xlsx", Data: xlsx})
	if p.Count != 3 || !reflect.DeepEqual(p.Items, []string{"编制数", ""}) {
		t.Errorf("xlsx: %+v", p)
	}
}

// TestCountSkipsOnlyPartsWithoutMarkers: parts that cannot hold “【” are
// not decoded, but a marker written as a character reference still counts,
// in a header as in the body.
func TestCountSkipsOnlyPartsWithoutMarkers(t *testing.T) {
	docx := zipOf(t, map[string]string{
		"word/document.xml": `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>完整的一段</w:t></w:r></w:p></w:body></w:document>`,
		"word/header1.xml":  `<w:hdr xmlns:w="w"><w:p><w:r><w:t>&#12304;待补：单位】</w:t></w:r></w:p></w:hdr>`,
		"word/styles.xml":   `<w:styles xmlns:w="w"/>`,
	})
	if p := count(build.Output{Name: "报告.docx", Data: docx}); p.Count != 1 || !reflect.DeepEqual(p.Items, []string{"单位"}) {
		t.Errorf("docx: %+v", p)
	}
}
