package build

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"jixiao/generator/internal/clienttest"
)

// writeWordTables writes the example's Word tables into a temporary folder.
func writeWordTables(t *testing.T) map[string]string {
	t.Helper()
	dir, paths := t.TempDir(), map[string]string{}
	for name, data := range exampleDocs(t, "", wordGoldens) {
		paths[name] = filepath.Join(dir, name)
		if err := os.WriteFile(paths[name], data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// TestExampleWordTablesInRealClients converts the example's three Word
// tables to PDF with one LibreOffice run, reads the figures back with
// pdftotext, and opens them with python-docx.
func TestExampleWordTablesInRealClients(t *testing.T) {
	if testing.Short() {
		t.Skip("opens LibreOffice")
	}
	paths := writeWordTables(t)
	pdfs := clienttest.PDF(t, paths[word11], paths[word12], paths[word24])
	checkWordPDF11(t, clienttest.TextOfPDF(t, pdfs[paths[word11]]), clienttest.PDFWords(t, pdfs[paths[word11]]))
	checkWordPDF12(t, clienttest.TextOfPDF(t, pdfs[paths[word12]]))
	checkWordPDF24(t, clienttest.TextOfPDF(t, pdfs[paths[word24]]))
	checkDocx11(t, clienttest.DocxText(t, paths[word11]), clienttest.DocxMerges(t, paths[word11]))
	checkDocx12(t, clienttest.DocxText(t, paths[word12]), clienttest.DocxMerges(t, paths[word12]))
	checkDocx24(t, clienttest.DocxText(t, paths[word24]))
}

// checkWordPDF11: every page repeats the column headers, every 三级指标 is
// level with its 分值, and each merged 一级指标 prints once.
func checkWordPDF11(t *testing.T, text string, words []clienttest.Word) {
	t.Helper()
	for _, want := range []string{"附件1-1", "部门整体支出绩效自评指标表", "合计", "此三项指标为"} {
		if !strings.Contains(squeeze(text), want) {
			t.Errorf("附件1-1 PDF lacks %q", want)
		}
	}
	if strings.Contains(text, "【本表调整】") {
		t.Error("附件1-1 PDF prints the pack's 【本表调整】 notes")
	}
	pages := strings.Split(strings.TrimRight(text, "\f\n"), "\f")
	for i, p := range pages {
		if !regexp.MustCompile(`一级指标\s+二级指标\s+三级指标\s+分值\s+评分要点`).MatchString(p) {
			t.Errorf("page %d of %d of 附件1-1 does not repeat the column headers", i+1, len(pages))
		}
	}
	var want []string
	for _, ind := range seedIndicators {
		want = append(want, ind.name+" "+ind.points)
	}
	if got := indicatorPoints(words); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("附件1-1 PDF shows the 三级指标 and 分值\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, level1 := range []string{"投入", "过程", "产出", "效果"} {
		if n := countWords(words, level1); n != 1 {
			t.Errorf("附件1-1 PDF shows 一级指标 %s %d times; want once, merged down its rows", level1, n)
		}
	}
}

func checkWordPDF12(t *testing.T, text string) {
	t.Helper()
	matchAll(t, "附件1-2", text, []string{`附件\s*1-2`, `51\s+47\s+92\.16%`, `三公经费\s+719\.55\s+1802\s+613\.76`,
		`2021\s*年决算数\s+2022\s*年预算数\s+2022\s*年决算数`, `公车运行维护\s+717\.8\s+1800\s+612\.54`,
		`部门整体支出预算调整\s+——\s+3537\.37\s+——`, `【待补：楼堂馆所】`, `厉行节约保障措施\s+【待补：厉行节约保障措施】`,
		`说明：“项目支出”需要填报除公共专项资金和基本支出以外的所有项目情况`})
}

// checkWordPDF24: the unit, and each of the 16 projects on a line with its
// score (spaces squeezed out: LibreOffice spaces Latin digits from CJK).
func checkWordPDF24(t *testing.T, text string) {
	t.Helper()
	text = squeeze(text)
	if !strings.Contains(text, "单位名称：长沙县机关事务中心") {
		t.Errorf("附件2-4 PDF lacks the unit:\n%s", text)
	}
	for _, p := range seedProjects {
		if !strings.Contains(text, p.name+p.score+"\n") {
			t.Errorf("附件2-4 PDF lacks %s %s:\n%s", p.name, p.score, text)
		}
	}
}

// checkDocx11: python-docx reads every 三级指标 with its 分值, and 一级 and
// 二级 merged where their groups are (rows counted with the header).
func checkDocx11(t *testing.T, text, merges string) {
	t.Helper()
	for _, ind := range seedIndicators {
		if !strings.Contains(text, " | "+ind.name+" | "+ind.points+" | ") {
			t.Errorf("附件1-1 read by python-docx lacks %s %s", ind.name, ind.points)
		}
	}
	hasLines(t, "附件1-1 merges read by python-docx", merges, []string{
		"表1 第1列 第2-5行 投入 （15分）", "表1 第1列 第6-16行 过程 （35分）", "表1 第1列 第17-20行 产出 （25分）",
		"表1 第1列 第21-24行 效果 （25分）", "表1 第2列 第2-3行 目标设定 （8分）", "表1 第2列 第4-5行 预算配置 （7分）",
		"表1 第2列 第6-10行 预算执行 （15分）", "表1 第2列 第11-13行 预算管理 （11分）", "表1 第2列 第14-16行 资产管理 （9分）",
		"表1 第2列 第17-20行 职责履行 （25分）", "表1 第2列 第21-24行 履职效益 （25分）",
	})
	if !strings.Contains(merges, "表1 第6列 第21-23行 此三项指标为") {
		t.Errorf("附件1-1's 评分标准 is not one cell over 经济、社会、生态效益:\n%s", merges)
	}
	if n := strings.Count(merges, "\n"); n != 12 {
		t.Errorf("附件1-1 has %d merged cells; want 4 一级, 7 二级 and one 评分标准:\n%s", n, merges)
	}
}

func checkDocx12(t *testing.T, text, merges string) {
	t.Helper()
	hasLines(t, "附件1-2 read by python-docx", text, []string{
		row12Three("财政供养人员情况", "51", "47", "92.16%"),
		row12Three("三公经费", "719.55", "1802", "613.76"),
		row12Three("　1、公务用车购置和维护经费", "719.55", "1800", "613.76"),
		row12Three("　1、业务工作专项", "【待补：项目支出“业务工作专项”2021年决算数】", "【待补：项目支出“业务工作专项”2022年预算数】", "【待补：项目支出“业务工作专项”2022年决算数】"),
		row12Three("　2、运行维护专项", "14160.1", "16640.91", "12819.6"),
		row12Three("　其中：办公经费", "62.24", "25", "25.88"),
		row12Three("　　　　会议费、培训费", "0.06", "1", "0"),
		row12Buildings("【待补：楼堂馆所】", "——", "——", "——", "——", "——", "——"),
	})
	if merges != "表1 第1列 第1-2行 财政供养人员情况\n表1 第2列 第1-2行 财政供养人员情况\n" {
		t.Errorf("附件1-2 merges read by python-docx:\n%s", merges)
	}
}

func checkDocx24(t *testing.T, text string) {
	t.Helper()
	want := []string{"项目名称 | 自评分数 | 备注"}
	for _, p := range seedProjects {
		want = append(want, p.name+" | "+p.score+" | ")
	}
	hasLines(t, "附件2-4 read by python-docx", text, want)
	if n := strings.Count(text, " | "); n != 2*(1+len(seedProjects)) {
		t.Errorf("附件2-4 has %d cells; want a header and the %d projects:\n%s", n/2+1, len(seedProjects), text)
	}
}

// squeeze removes spaces and tabs, which pdftotext puts between columns
// and LibreOffice between Chinese and Latin characters.
func squeeze(s string) string {
	return strings.NewReplacer(" ", "", "\t", "", "\u00a0", "").Replace(s)
}

// countWords counts the words of a PDF that are exactly text.
func countWords(words []clienttest.Word, text string) int {
	n := 0
	for _, w := range words {
		if w.Text == text {
			n++
		}
	}
	return n
}

// indicatorPoints reads the PDF of 附件1-1 page by page: each 三级指标 (the
// words of the column headed 三级指标, joined over the lines they wrap to)
// with the word of the 分值 column level with it, as "名称 分值".
func indicatorPoints(words []clienttest.Word) []string {
	var out []string
	for page := 1; ; page++ {
		on := onPage(words, page)
		if len(on) == 0 {
			return out
		}
		names, points := column(on, "三级指标", 15), column(on, "分值", 8)
		for _, g := range wrapped(names) {
			for _, p := range points {
				if mid := (p.Y0 + p.Y1) / 2; mid >= g.Y0-3 && mid <= g.Y1+3 {
					out = append(out, g.Text+" "+p.Text)
				}
			}
		}
	}
}

// onPage returns the words of one page.
func onPage(words []clienttest.Word, page int) []clienttest.Word {
	var out []clienttest.Word
	for _, w := range words {
		if w.Page == page {
			out = append(out, w)
		}
	}
	return out
}

// column returns the words below the header word head that lie within
// slack points of its left and right edges, top to bottom.
func column(words []clienttest.Word, head string, slack float64) []clienttest.Word {
	var h *clienttest.Word
	for i := range words {
		if words[i].Text == head {
			h = &words[i]
			break
		}
	}
	var out []clienttest.Word
	for _, w := range words {
		if h != nil && w.Y0 > h.Y1 && w.X0 >= h.X0-slack && w.X1 <= h.X1+slack {
			out = append(out, w)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Y0 < out[j].Y0 })
	return out
}

// wrapped joins the words of a column that follow each other line by line
// (less than 4 points apart) into one box holding their text.
func wrapped(col []clienttest.Word) []clienttest.Word {
	var out []clienttest.Word
	for _, w := range col {
		if n := len(out); n > 0 && w.Y0-out[n-1].Y1 < 4 {
			out[n-1].Text += w.Text
			out[n-1].Y1 = w.Y1
			continue
		}
		out = append(out, w)
	}
	return out
}

// TestWordBuildingsInPythonDocx: in the Word 附件1-2, completed buildings
// get one row each with their rates; a list given empty says there is none.
func TestWordBuildingsInPythonDocx(t *testing.T) {
	for _, tt := range []struct {
		facts string
		want  []string
	}{
		{`
楼堂馆所:
  - {名称: 甲楼, 批复规模: 1000, 实际规模: 980, 预算投资: 500, 实际投资: 512.5}
  - {名称: 乙楼, 批复规模: 0, 实际规模: 10, 预算投资: 300}
`, []string{row12Buildings("甲楼", "1000", "980", "98%", "500", "512.5", "102.5%"),
			row12Buildings("乙楼", "0", "10", "不适用", "300", "【待补：楼堂馆所“乙楼”实际投资】", "【待补：楼堂馆所“乙楼”实际投资】")}},
		{"\n楼堂馆所: []\n", []string{row12Buildings("本年无完工项目", "——", "——", "——", "——", "——", "——")}},
	} {
		path := filepath.Join(t.TempDir(), word12)
		if err := os.WriteFile(path, exampleDocs(t, tt.facts, map[string]string{word12: ""})[word12], 0o644); err != nil {
			t.Fatal(err)
		}
		text := clienttest.DocxText(t, path)
		hasLines(t, "附件1-2 with "+tt.facts, text, tt.want)
		if strings.Contains(text, "【待补：楼堂馆所】") {
			t.Errorf("附件1-2 with %s still asks for the list", tt.facts)
		}
	}
}

// row12Three is a three-value row of the Word 附件1-2 as python-docx reads
// it: each cell once per grid column it spans (label 2, values 3, 3, 2).
func row12Three(label, a, b, c string) string {
	return strings.Join([]string{label, label, a, a, a, b, b, b, c, c}, " | ")
}

// row12Buildings is a 楼堂馆所 row of the Word 附件1-2 as python-docx reads
// it (label 1, then the six columns spanning 2, 1, 2, 1, 2, 1).
func row12Buildings(label string, v ...string) string {
	return strings.Join([]string{label, v[0], v[0], v[1], v[2], v[2], v[3], v[4], v[4], v[5]}, " | ")
}
