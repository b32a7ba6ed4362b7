package docx

import (
	"flag"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
	"jixiao/generator/num"
	"jixiao/generator/tmpl"
)

var update = flag.Bool("update", false, "update golden files")

// goldenCase is a template, data, and the parts whose rendering is kept in
// testdata/golden/NAME.PART.xml.
type goldenCase struct {
	name  string
	src   func(testing.TB) []byte
	data  any
	parts []string
}

func goldenCases() []goldenCase {
	P, Row, Table := docxtest.P, docxtest.Row, docxtest.Table
	both := []string{"word/document.xml", "word/header1.xml"}
	return []goldenCase{
		{"wordstyle-3", wordStyle, wordStyleData(3), both},
		{"wordstyle-0", wordStyle, wordStyleData(0), both},
		{"libreoffice", libreOffice, libreOfficeData(), both},
		{"rows", func(testing.TB) []byte {
			return docxtest.Doc(Table(Row("名称", "金额"), Row("{{range .项目}}{{.名称}}", "{{.金额}}"),
				Row("{{else}}无", "{{end}}"), Row("合计", "{{len .项目}}")))
		}, map[string]any{"项目": items(2)}, []string{"word/document.xml"}},
		{"mergedown", func(testing.TB) []byte { return docxtest.Doc(indicatorTable()) },
			indicatorData("投入/目标设定/甲", "投入/目标设定/乙", "投入/预算配置/丙", "过程/预算配置/丁", "过程/预算执行/戊"),
			[]string{"word/document.xml"}},
		{"values", func(testing.TB) []byte {
			return docxtest.Doc(P("{{.特殊}}") + P("{{.换行}}") + `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>` +
				`<w:r><w:rPr><w:b/></w:rPr><w:t>{{段落 .多段}}</w:t></w:r></w:p>`)
		}, map[string]any{"特殊": `a<b & "c"`, "换行": "一\n二\t三", "多段": tmpl.Paragraphs{"甲", "乙"}}, []string{"word/document.xml"}},
	}
}

func TestGolden(t *testing.T) {
	for _, gc := range goldenCases() {
		t.Run(gc.name, func(t *testing.T) {
			out := render(t, gc.src(t), gc.data)
			for _, part := range gc.parts {
				got := prettyXML(t, partOf(t, out, part))
				file := filepath.Join("testdata", "golden", gc.name+"."+path.Base(part))
				if *update {
					if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(file)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs from %s (go test -update refreshes it):\n%s", part, file, firstDiff(string(want), got))
				}
			}
		})
	}
}

// prettyXML is docxtest.Pretty, failing the test on XML that is not well
// formed.
func prettyXML(t testing.TB, part string) string {
	t.Helper()
	out, err := docxtest.Pretty(part)
	if err != nil {
		t.Fatalf("not well-formed XML: %v", err)
	}
	return out
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n- " + w + "\n+ " + g
		}
	}
	return ""
}

// libreOffice is testdata/libreoffice/report.docx (see testdata/README.md).
func libreOffice(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "libreoffice", "report.docx"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func libreOfficeData() map[string]any {
	return map[string]any{
		"单位": "长沙县机关事务中心", "年度": num.Int(2022),
		"人员": map[string]any{"在职人数": num.Int(47), "编制数": num.Int(51)},
		"状态": "完成",
		"项目": []any{
			map[string]any{"名称": "公务用车运行维护", "预算": num.MustParse("612.54")},
			map[string]any{"名称": "机关食堂运转", "预算": num.MustParse("1800")},
		},
		"问题": []any{},
		"指标": []any{
			map[string]any{"名称": "在职人员控制率", "分值": num.Int(2), "得分": num.Int(2)},
			map[string]any{"名称": "“三公经费”变动率", "分值": num.Int(3), "得分": num.MustParse("2.5")},
		},
		"说明": "数据来源：2022 年部门决算。",
	}
}
