package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
	"jixiao/generator/internal/clienttest"
)

// TestRealClientsOpenTheOutput renders the fixtures, converts them all to
// PDF with one LibreOffice run, and checks the figures in the PDF text and
// in what python-docx reads.
func TestRealClientsOpenTheOutput(t *testing.T) {
	P := docxtest.P
	cellLoop := docxtest.Table(`<w:tr>` + cell(P("{{range .x}}"), P("{{.}}"), P("{{end}}")) + cell(P("右栏")) + `</w:tr>`)
	cases := []struct {
		name    string
		src     []byte
		data    any
		want    []string
		wantNot []string
	}{
		{"wordstyle3", wordStyle(t), wordStyleData(3),
			[]string{"长沙县机关事务中心部门整体支出绩效自评报告", "本单位编制 51人", "在职人数47人", "年度目标已全部完成",
				"第一段：部门职责。", "第二段：年度目标。", `长沙县<星沙>大道 1 号 & "东楼"`, "指标C", "现场照片3", "总分：92.5（优）",
				"长沙县机关事务中心 · 2022年度"},
			[]string{"{{", "}}", "存在问题", "尚未完成"}},
		{"wordstyle0", wordStyle(t), wordStyleData(0),
			[]string{"总分：92.5（优）", "得分"}, []string{"{{", "指标A", "现场照片", "存在问题"}},
		{"libreoffice", libreOffice(t), libreOfficeData(),
			[]string{"在职人数：47人，编制数：51人。", "年度目标已完成。", "公务用车运行维护", "预算1800万元", "“三公经费”变动率",
				"页眉：长沙县机关事务中心（2022年度）", "数据来源：2022 年部门决算。"},
			[]string{"{{", "}}", "问题：", "未完成"}},
		{"values", docxtest.Doc(P("{{.特殊}}") + P("第一行{{.换行}}") + P("{{段落 .多段}}") + cellLoop),
			map[string]any{"特殊": `a<b & "c"`, "换行": "\n第二行", "多段": "段甲\n段乙", "x": []any{}},
			[]string{`a<b & "c"`, "第一行", "第二行", "段甲", "段乙", "右栏"}, []string{"第一行第二行", "{{"}},
		{"mergedown", docxtest.Doc(indicatorTable()), indicatorData("投入/目标设定/甲", "投入/目标设定/乙", "投入/预算配置/丙", "过程/预算配置/丁"),
			[]string{"投入", "过程", "目标设定", "甲", "乙", "丙", "丁", "合计"}, []string{"{{"}},
	}
	dir := t.TempDir()
	var paths []string
	for _, c := range cases {
		p := filepath.Join(dir, c.name+".docx")
		if err := os.WriteFile(p, render(t, c.src, c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	pdf := clienttest.PDFText(t, paths...)
	checkMerges(t, pdf[paths[len(paths)-1]], clienttest.DocxMerges(t, paths[len(paths)-1]))
	for i, c := range cases {
		texts := map[string]string{"PDF": squeeze(pdf[paths[i]]), "python-docx": squeeze(clienttest.DocxText(t, paths[i]))}
		for client, text := range texts {
			for _, w := range c.want {
				if !strings.Contains(text, squeeze(w)) {
					t.Errorf("%s: %s lacks %q:\n%s", c.name, client, w, text)
				}
			}
			for _, w := range c.wantNot {
				if strings.Contains(text, w) {
					t.Errorf("%s: %s shows %q:\n%s", c.name, client, w, text)
				}
			}
		}
	}
}

// squeeze removes spaces and tabs, which pdftotext puts between columns
// and between Chinese and Latin characters, and keeps line ends.
func squeeze(s string) string {
	return strings.NewReplacer(" ", "", "\t", "", "\u00a0", "").Replace(s)
}

// checkMerges: LibreOffice prints each merged value once, and python-docx
// reads the merged cells of the "mergedown" case.
func checkMerges(t *testing.T, pdf, merges string) {
	t.Helper()
	for word, n := range map[string]int{"投入": 1, "过程": 1, "目标设定": 1, "预算配置": 2} {
		if got := strings.Count(pdf, word); got != n {
			t.Errorf("the PDF shows %q %d times; want %d:\n%s", word, got, n, pdf)
		}
	}
	want := "表1 第1列 第2-4行 投入\n表1 第2列 第2-3行 目标设定\n"
	if merges != want {
		t.Errorf("python-docx reads the merges\n%s\nwant\n%s", merges, want)
	}
}
