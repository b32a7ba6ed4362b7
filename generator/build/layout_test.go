package build

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"jixiao/generator/internal/clienttest"
)

// completeReport is the report's output name for a unit of the complete
// example's year.
func completeReport(unit string) string {
	return "附件1-3 2023年度" + unit + "整体支出绩效自评报告.docx"
}

// coverUnits are unit names of 8, 16, 18 and 40 characters.
var coverUnits = []string{
	"示例县农业农村局",
	"某县农业农村局（某县乡村振兴局）",
	"示例县农业农村局（示例县乡村振兴局）",
	"示例县农业农村局（示例县乡村振兴局、示例县农村经营管理站、农业综合行政执法大队）",
}

// pdfPages is the text of a PDF page by page, spaces removed (LibreOffice
// spaces Latin digits from Chinese ones), each line trimmed.
func pdfPages(t *testing.T, pdf string) [][]string {
	t.Helper()
	var pages [][]string
	for _, page := range strings.Split(strings.TrimRight(clienttest.TextOfPDF(t, pdf), "\f\n"), "\f") {
		var lines []string
		for _, l := range strings.Split(page, "\n") {
			if l = squeeze(l); l != "" {
				lines = append(lines, l)
			}
		}
		pages = append(pages, lines)
	}
	return pages
}

// TestReportLayoutInLibreOffice converts reports of the complete example
// to PDF and checks, as a reader looks at them: the cover is one page for
// unit names of 8 to 40 characters, its title breaks between the year and
// unit and “整体支出绩效自评报告”; the 署名 and the 成文日期 stand under the
// last paragraph on its page, even when that paragraph ends at the foot of
// a page; the page numbers sit 7 mm below the type area.
func TestReportLayoutInLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("opens LibreOffice")
	}
	docs := map[string][]byte{}
	var names []string
	for _, unit := range coverUnits {
		name := completeReport(unit)
		docs[name] = renderUnit(t, completeFacts("单位: 示例县农业农村局", "单位: "+unit))[name]
		names = append(names, name)
	}
	long := "其他: |-\n    " + strings.Repeat("国", 26+28*(longLines-1)+20) + "。"
	lastName := strings.Replace(completeReport(coverUnits[0]), ".docx", "（长）.docx", 1)
	docs[lastName] = renderUnit(t, completeFacts("其他: |-\n    无其他需要说明的问题。", long))[completeReport(coverUnits[0])]
	names = append(names, lastName)
	paths := writeDocs(t, docs, names...)
	var inputs []string
	for _, n := range names {
		inputs = append(inputs, paths[n])
	}
	pdfs := clienttest.PDF(t, inputs...)
	for i, unit := range coverUnits {
		pages := pdfPages(t, pdfs[paths[names[i]]])
		checkCover(t, unit, pages)
		checkSignature(t, unit, pages, "无其他需要说明的问题。")
	}
	checkSignature(t, coverUnits[0], pdfPages(t, pdfs[paths[lastName]]), "国国国。")
	checkPageNumbers(t, clienttest.PDFWords(t, pdfs[paths[names[0]]]))
}

// longLines is the length of a last paragraph after which, were the 署名
// not kept with it, the 署名 would start a page of its own: in the complete
// example the one-line last paragraph is on line 15 of its page, so one of
// 7 lines ends on line 21, the blank line takes line 22 and the 署名 would
// fall to line 23, the top of the next page.
const longLines = 7

// checkCover: page 1 is the whole cover, page 2 starts the report.
func checkCover(t *testing.T, unit string, pages [][]string) {
	t.Helper()
	if len(pages) < 2 {
		t.Fatalf("%s: %d pages", unit, len(pages))
	}
	cover := strings.Join(pages[0], "\n")
	if !strings.Contains(cover, "单位负责人（盖章）：李明") {
		t.Errorf("%s: the cover spills onto page 2:\n%s\n---\n%s", unit, cover, strings.Join(pages[1], "\n"))
	}
	if strings.Contains(strings.Join(pages[1], "\n"), "盖章") || pages[1][0] != "部门整体支出绩效自评报告" {
		t.Errorf("%s: page 2 does not start the report:\n%s", unit, strings.Join(pages[1], "\n"))
	}
	if !contains(pages[0], "整体支出绩效自评报告") {
		t.Errorf("%s: “整体支出绩效自评报告” is not a title line of its own:\n%s", unit, cover)
	}
	if first := "2023年度" + unit; len([]rune(first)) <= 20 && !contains(pages[0], first) {
		t.Errorf("%s: the year and unit are not one title line:\n%s", unit, cover)
	}
}

func contains(lines []string, line string) bool {
	for _, l := range lines {
		if l == line {
			return true
		}
	}
	return false
}

// checkSignature: the page with the 成文日期 has the 署名 (unit, on one or
// more lines) right above it and the end of the last paragraph above that.
func checkSignature(t *testing.T, unit string, pages [][]string, lastEnd string) {
	t.Helper()
	for _, page := range pages {
		for i, l := range page {
			if l != "2024年3月20日" {
				continue
			}
			sig := i - 1
			for sig > 0 && strings.HasSuffix(unit, strings.Join(page[sig:i], "")) && strings.Join(page[sig:i], "") != unit {
				sig--
			}
			switch {
			case sig < 1 || strings.Join(page[sig:i], "") != unit:
				t.Errorf("%s: no 署名 above the 成文日期:\n%s", unit, strings.Join(page, "\n"))
			case !strings.HasSuffix(page[sig-1], lastEnd):
				t.Errorf("%s: the 署名 does not follow the last paragraph on its page:\n%s", unit, strings.Join(page, "\n"))
			}
			return
		}
	}
	t.Errorf("%s: no 成文日期 2024年3月20日 in the report", unit)
}

// typeAreaBottom is the lower edge of the GB/T 9704 type area on a portrait
// A4 page, in points from the top: 297 mm − 35 mm.
const typeAreaBottom = (297.0 - 35.0) / 25.4 * 72

// checkPageNumbers: the dashes of “— N —” lie 7 ± 1 mm below the type area
// (the middle of the dash's box), and N is on every page but the cover.
func checkPageNumbers(t *testing.T, words []clienttest.Word) {
	t.Helper()
	pages := map[int]bool{}
	for _, w := range words {
		if w.Text != "—" || w.Y0 < typeAreaBottom {
			continue
		}
		pages[w.Page] = true
		if mm := ((w.Y0+w.Y1)/2 - typeAreaBottom) / 72 * 25.4; math.Abs(mm-7) > 1 {
			t.Errorf("page %d: the page number's dash is %.1f mm below the type area; want 7 ± 1", w.Page, mm)
		}
	}
	last := 0
	for _, w := range words {
		last = max(last, w.Page)
	}
	for p := 2; p <= last; p++ {
		if !pages[p] {
			t.Errorf("page %d has no page number", p)
		}
	}
	if pages[1] {
		t.Error("the cover has a page number")
	}
}

// TestPageNumberDigitsAreSongti: the footers set “— N —”, digits included,
// in 宋体 (GB/T 9704 7.5: 4号半角宋体阿拉伯数字).
func TestPageNumberDigitsAreSongti(t *testing.T) {
	docs := renderUnit(t, completeFacts())
	for _, name := range sortedNames(docs) {
		if !strings.HasSuffix(name, ".docx") {
			continue
		}
		for _, part := range []string{"word/footer1.xml", "word/footer2.xml"} {
			xml := zipPart(t, docs[name], part)
			fonts := regexp.MustCompile(`<w:rFonts [^>]*/>`).FindAllString(xml, -1)
			if len(fonts) == 0 || !strings.Contains(xml, "PAGE") {
				t.Fatalf("%s %s has no page number:\n%s", name, part, xml)
			}
			for _, f := range fonts {
				for _, attr := range []string{"ascii", "hAnsi", "eastAsia"} {
					if !strings.Contains(f, fmt.Sprintf(`w:%s="宋体"`, attr)) {
						t.Errorf("%s %s: %s is not 宋体 for %s", name, part, f, attr)
					}
				}
			}
		}
	}
}

// TestFormHeadsStayWithTheirRows: with enough 公用经费其中 rows to push
// 楼堂馆所 to the foot of page 1, the heads of 楼堂馆所控制情况 go to the
// next page with the first building instead of standing alone (LibreOffice).
func TestFormHeadsStayWithTheirRows(t *testing.T) {
	if testing.Short() {
		t.Skip("opens LibreOffice")
	}
	var extra strings.Builder
	for i := 1; i <= 15; i++ {
		fmt.Fprintf(&extra, "    - 名称: 其他公用支出%d\n      上年预算: 1\n      上年决算: 1\n      本年预算: 1\n      本年决算: 1\n", i)
	}
	name := "附件1-2 示例县农业农村局部门整体支出绩效自评基础数据表.docx"
	docs := renderUnit(t, completeFacts("  公用经费其中:\n", "  公用经费其中:\n"+extra.String()))
	paths := writeDocs(t, docs, name)
	pages := pdfPages(t, clienttest.PDF(t, paths[name])[paths[name]])
	for i, page := range pages {
		for j, l := range page {
			if strings.HasPrefix(l, "楼堂馆所控制情况") && !strings.Contains(strings.Join(page[j:], ""), "县农业综合服务中心") {
				t.Errorf("page %d: the heads of 楼堂馆所控制情况 without a building:\n%s", i+1, strings.Join(page, "\n"))
			}
		}
	}
}
