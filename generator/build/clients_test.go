package build

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/generator/internal/clienttest"
)

// seedIndicators are the 三级指标 of the seed's 附件1-1 in order, with their
// 分值; the seed gives none for 职责履行 and the three 效益, whose points
// come from the pack's rubric (7, 6, 6, 6, 5, 7, 5).
var seedIndicators = []struct{ name, points string }{
	{"绩效目标合理性", "3"}, {"绩效指标明确性", "5"}, {"人员控制率", "4"}, {"“三公经费”变动率", "3"},
	{"预算执行率", "6"}, {"预算调整率", "3"}, {"结转结余", "2"}, {"“三公经费”控制率", "2"},
	{"政府采购执行率和规范性", "2"}, {"管理制度健全性", "3"}, {"资金使用合规性", "6"}, {"信息公开性", "2"},
	{"资产管理制度健全性", "4"}, {"资产管理安全性", "3"}, {"固定资产保管和使用情况", "2"},
	{"实际完成率", "7"}, {"完成及时性", "6"}, {"质量达标率", "6"}, {"重点项目或工作办结率", "6"},
	{"经济效益", "5"}, {"社会效益", "7"}, {"生态效益", "5"}, {"社会公众或服务对象满意度", "8"},
}

// seedProjects are the 16 projects of the seed's 附件2-4 with their scores.
var seedProjects = []struct{ name, score string }{
	{"机关事务中心所辖院落物业管理费", "95"}, {"机关事务中心所辖院落水电气能耗费用", "99"},
	{"市民服务中心片区合同能源管理服务费", "96"}, {"县委、县政府机关大院园林绿化维护费", "98"},
	{"县委县政府机关大院中央空调改造", "98"}, {"县委、县政府节假日大型活动及园林苗木花卉置换费用", "97"},
	{"县委、县政府及县直机关院落财产保险", "99"}, {"垃圾分类专项工作经费", "96.5"},
	{"机关事务中心宣传培训信息化经费", "97"}, {"平台管理公务用车运行经费", "95.8"},
	{"事务中心管理机关院落安全生产消防器材、消防设备费用", "97"}, {"市民服务中心片区智能化后期维护保养相关事宜", "91"},
	{"2022年党政机关办公院落日常维修维护", "96"}, {"2022年已完工需支付尾款项目", "95"},
	{"长沙县人武部安沙训练场改扩建工程", "90"}, {"长沙县人武部“四个秩序”规范建设项目", "95"},
}

// writeTables writes the example's tables into a temporary folder.
func writeTables(t *testing.T, extra string) map[string]string {
	t.Helper()
	dir, paths := t.TempDir(), map[string]string{}
	for name, data := range exampleTables(t, extra) {
		paths[name] = filepath.Join(dir, name)
		if err := os.WriteFile(paths[name], data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// hasLines fails for every line of want that text lacks.
func hasLines(t *testing.T, what, text string, want []string) {
	t.Helper()
	missing := 0
	for _, w := range want {
		if !strings.Contains(text, w+"\n") {
			t.Errorf("%s lacks %q", what, w)
			missing++
		}
	}
	if missing > 0 {
		t.Logf("%s:\n%s", what, text)
	}
}

// TestExampleTablesInRealClients converts the example's three tables to
// PDF with one LibreOffice run and reads them with openpyxl.
func TestExampleTablesInRealClients(t *testing.T) {
	if testing.Short() {
		t.Skip("opens LibreOffice")
	}
	paths := writeTables(t, "")
	texts := clienttest.PDFText(t, paths[table11], paths[table12], paths[table24])
	checkPDF11(t, texts[paths[table11]])
	checkPDF12(t, texts[paths[table12]])
	checkPDF24(t, texts[paths[table24]])
	checkCells11(t, clienttest.XLSXCells(t, paths[table11]))
	checkCells12(t, clienttest.XLSXCells(t, paths[table12]))
	checkCells24(t, clienttest.XLSXCells(t, paths[table24]))
}

// checkPDF11: the indicator table prints on several landscape pages, each
// with the column headers, followed by its 评分说明 sheet; nothing of the
// pack's own notes is on it.
func checkPDF11(t *testing.T, text string) {
	t.Helper()
	for _, want := range []string{"附件1-1", "部门整体支出绩效自评指标表", "填报单位：长沙县机关事务中心",
		"生态效益", "合计", "部门整体支出绩效自评指标表评分说明", "尚有80分的指标待评"} {
		if !strings.Contains(text, want) {
			t.Errorf("附件1-1 PDF lacks %q", want)
		}
	}
	for _, bad := range []string{"【本表调整】", "核对", "小计", "评价结论"} {
		if strings.Contains(text, bad) {
			t.Errorf("附件1-1 PDF has %q, which the official form does not", bad)
		}
	}
	pages := strings.Split(strings.TrimRight(text, "\f\n"), "\f")
	for i, p := range pages {
		// A merged 一级 cell carried over from the previous page may print
		// its text among the headers.
		if !regexp.MustCompile(`一级指标[\s\S]{0,40}二级指标[\s\S]{0,40}三级指标\s+分值\s+(评分要点|得分)`).MatchString(p) {
			t.Errorf("page %d of %d of 附件1-1 does not repeat the column headers", i+1, len(pages))
		}
	}
	if len(pages) < 2 {
		t.Errorf("附件1-1 has %d pages:\n%s", len(pages), text)
	}
}

// matchAll reports every pattern that text of document name lacks.
func matchAll(t *testing.T, name, text string, patterns []string) {
	t.Helper()
	for _, re := range patterns {
		if !regexp.MustCompile(re).MatchString(text) {
			t.Errorf("%s PDF does not match %q:\n%s", name, re, text)
		}
	}
}

func checkPDF12(t *testing.T, text string) {
	t.Helper()
	matchAll(t, "附件1-2", text, []string{`编制数\s+2022年实际在职人数\s+控制率`, `51\s+47\s+92\.16%`,
		`三公经费\s+719\.55\s+1,802\.00\s+613\.76`, `2021年决算数\s+2022年预算数\s+2022年决算数`,
		`部门整体支出预算调整\s+——\s+3,537\.37\s+——`, `【待补：楼堂馆所】`, `厉行节约保障措施\s+【待补：厉行节约保障措施】`,
		`说明：“项目支出”需要填报除公共专项资金和基本支出以外的所有项目情况`})
}

func checkPDF24(t *testing.T, text string) {
	t.Helper()
	if !strings.Contains(text, "单位名称：长沙县机关事务中心") {
		t.Errorf("附件2-4 PDF lacks the unit:\n%s", text)
	}
	for _, p := range seedProjects {
		if !regexp.MustCompile(regexp.QuoteMeta(p.name) + `\s+` + regexp.QuoteMeta(p.score) + `\n`).MatchString(text) {
			t.Errorf("附件2-4 PDF lacks %s %s:\n%s", p.name, p.score, text)
		}
	}
}

// checkCells11: every 三级指标 of the seed with its 分值 as a number,
// scores as numbers (待评 as text), the one 合计 row, 一级/二级 merged
// where their groups are and 评分标准 over the three 效益.
func checkCells11(t *testing.T, cells string) {
	t.Helper()
	var want []string
	for i, ind := range seedIndicators {
		want = append(want, fmt.Sprintf("附件1-1!C%d\ts\t%s", 5+i, ind.name), fmt.Sprintf("附件1-1!D%d\tn\t%s", 5+i, ind.points))
	}
	want = append(want, "附件1-1!G12\tn\t2", "附件1-1!G8\tn\t0", "附件1-1!G7\ts\t待评", "附件1-1!A28\ts\t合计",
		"附件1-1!D28\tn\t100", "附件1-1!G28\ts\t待评", "评分说明!C5\ts\t绩效目标合理性", "评分说明!D28\tn\t100")
	for _, m := range []string{"A5:A8", "A9:A19", "A20:A23", "A24:A27", "B5:B6", "B7:B8", "B9:B13", "B14:B16",
		"B17:B19", "B20:B23", "B24:B27", "F24:F26", "A28:C28", "E28:F28", "A2:G2"} {
		want = append(want, "附件1-1 merge "+m)
	}
	hasLines(t, "附件1-1 read by openpyxl", cells, want)
	if n := strings.Count(cells, "附件1-1 merge A"); n != 4+1+2 {
		t.Errorf("附件1-1 has %d merged ranges from column A; want 4 一级, 合计, title and caption", n)
	}
	if strings.Contains(cells, "附件1-1!H") || strings.Contains(cells, "附件1-1!A29") {
		t.Errorf("附件1-1 has more than the form's 7 columns or a row below 合计:\n%s", cells)
	}
}

func checkCells12(t *testing.T, cells string) {
	t.Helper()
	hasLines(t, "附件1-2 read by openpyxl", cells, []string{
		"附件1-2!B5\tn\t51", "附件1-2!D5\tn\t47", "附件1-2!F5\tn\t0.9216",
		"附件1-2!B7\tn\t719.55", "附件1-2!D7\tn\t1802", "附件1-2!F7\tn\t613.76",
		"附件1-2!F8\tn\t613.76", // as the unit stated it; its parts add up to 612.54, which check reports
		"附件1-2!A9\ts\t其中：公车购置", "附件1-2!F9\tn\t0", "附件1-2!B9\ts\t【待补：公车购置2021年决算数】",
		"附件1-2!D13\tn\t16640.91", "附件1-2!A14\ts\t1、业务工作专项", "附件1-2!A15\ts\t2、运行维护专项", "附件1-2!F15\tn\t12819.6",
		"附件1-2!B16\tn\t204.33", "附件1-2!A17\ts\t其中：办公经费", "附件1-2!F17\tn\t25.88", "附件1-2!D19\tn\t1",
		"附件1-2!B20\tn\t8368.85", "附件1-2!B21\ts\t——", "附件1-2!D21\tn\t3537.37",
		"附件1-2!A23\ts\t【待补：楼堂馆所】", "附件1-2 merge A4:A5", "附件1-2 merge D13:E13",
	})
}

func checkCells24(t *testing.T, cells string) {
	t.Helper()
	want := []string{"附件2-4!A3\ts\t单位名称：长沙县机关事务中心", "附件2-4!B4\ts\t自评分数"}
	for i, p := range seedProjects {
		want = append(want, fmt.Sprintf("附件2-4!A%d\ts\t%s", 5+i, p.name), fmt.Sprintf("附件2-4!B%d\tn\t%s", 5+i, p.score))
	}
	hasLines(t, "附件2-4 read by openpyxl", cells, want)
	if strings.Contains(cells, "附件2-4!A21") || strings.Contains(cells, "附件2-4!C5") {
		t.Errorf("附件2-4 has more than the 16 projects, or a remark that is empty:\n%s", cells)
	}
}

// TestBuildingsInRealClients: completed buildings get one row each with
// their rates as percentage cells; a list given empty says there is none.
func TestBuildingsInRealClients(t *testing.T) {
	for _, tt := range []struct {
		facts string
		want  []string
	}{
		{`
楼堂馆所:
  - {名称: 甲楼, 批复规模: 1000, 实际规模: 980, 预算投资: 500, 实际投资: 512.5}
  - {名称: 乙楼, 批复规模: 0, 实际规模: 10, 预算投资: 300}
`, []string{
			"附件1-2!A23\ts\t甲楼", "附件1-2!B23\tn\t1000", "附件1-2!D23\tn\t0.98", "附件1-2!G23\tn\t1.025",
			"附件1-2!A24\ts\t乙楼", "附件1-2!D24\ts\t不适用", "附件1-2!G24\ts\t【待补：楼堂馆所“乙楼”实际投资】",
			"附件1-2!A25\ts\t厉行节约保障措施",
		}},
		{"\n楼堂馆所: []\n", []string{"附件1-2!A23\ts\t本年无完工项目", "附件1-2!G23\ts\t——", "附件1-2!A24\ts\t厉行节约保障措施"}},
	} {
		cells := clienttest.XLSXCells(t, writeTables(t, tt.facts)[table12])
		hasLines(t, "附件1-2 with "+tt.facts, cells, tt.want)
		if strings.Contains(cells, "【待补：楼堂馆所】") {
			t.Errorf("附件1-2 with %s still asks for the list", tt.facts)
		}
	}
}
