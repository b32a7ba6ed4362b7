package xlsx

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/generator/internal/clienttest"
)

// TestRealClients opens rendered workbooks in LibreOffice (converted to
// PDF, whose text must show the data and the recalculated SUM) and in
// openpyxl (numbers must be numeric cells, text text). One LibreOffice run
// converts all of them.
func TestRealClients(t *testing.T) {
	if testing.Short() {
		t.Skip("opens LibreOffice")
	}
	dir := t.TempDir()
	report := filepath.Join(dir, "report.xlsx")
	empty := filepath.Join(dir, "empty.xlsx")
	for path, n := range map[string]int{report: 5, empty: 0} {
		_, out := render(t, reportSpec, reportData(n))
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	texts := clienttest.PDFText(t, report, empty)
	// Scores 60.5 … 64.5: SUM 312.5, on both sheets, and 5 names counted.
	for _, want := range []string{"2023年度项目支出绩效自评表", "单位名称：某县财政局", "项目5（负责人5）", "64.50", "合计", "312.5", "填报说明：无"} {
		if !strings.Contains(texts[report], want) {
			t.Errorf("LibreOffice PDF of the report lacks %q:\n%s", want, texts[report])
		}
	}
	if !regexp.MustCompile(`合计\s+312\.5`).MatchString(texts[report]) {
		t.Errorf("the 汇总 sheet does not show the recalculated total:\n%s", texts[report])
	}
	if strings.Contains(texts[empty], "项目1") || !regexp.MustCompile(`合计\s+0`).MatchString(texts[empty]) {
		t.Errorf("the empty report should show no project and a total of 0:\n%s", texts[empty])
	}
	checkOpenpyxl(t, report)
}

// checkOpenpyxl reads the report with openpyxl and checks cell types.
func checkOpenpyxl(t *testing.T, path string) {
	t.Helper()
	cells := clienttest.XLSXCells(t, path)
	var want []string
	for i := range 5 {
		r := 4 + i
		want = append(want,
			fmt.Sprintf("自评表!A%d\tn\t%d", r, i+1),
			fmt.Sprintf("自评表!B%d\ts\t项目%d（负责人%d）", r, i+1, i+1),
			fmt.Sprintf("自评表!C%d\tn\t6%d.5", r, i),
			fmt.Sprintf("自评表!E%d\tf\t=C%d/$F$3", r, r))
	}
	want = append(want, "自评表!C9\tf\t=SUM(C4:C8)", "自评表 merge A10:E10", "自评表 valid D4:D8", "汇总!B3\tf\t=COUNTA(自评表!B4:B8)")
	for _, w := range want {
		if !strings.Contains(cells, w+"\n") {
			t.Errorf("openpyxl does not read %q; it read:\n%s", w, cells)
		}
	}
}
