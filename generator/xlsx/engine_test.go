package xlsx

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// reportSpec has a merged title, a loop row with a formula of its own, a SUM
// row under the loop, a merged footer, a data validation and a conditional
// format on the loop row, a defined name and a print area, and a second
// sheet that refers to the first.
const reportSpec = `
sheet 自评表
A1: {{.年度}}年度项目支出绩效自评表
merge A1:E1
A2: 单位名称：{{.单位}}
merge A2:E2
A3: 序号
B3: 项目名称
C3: 自评分数
D3: 是否完成
E3: 得分率
F3# 100
A4: {{range $i, $p := .项目}}{{add1 $i}}
B4: {{$p.名称}}（{{$p.负责人.姓名}}）
C4: {{$p.分数}}
D4: {{if $p.完成}}是{{else}}否{{end}}{{end}}
E4= C4/$F$3
height 4 24
style C4 numfmt=2 border
valid D4 list 是,否
cond C4 < 60
A5: 合计
C5= SUM(C4:C4)
A6: 填报说明：{{.说明}}
merge A6:E6
name 分数区 '自评表'!$C$4:$C$4
printarea $A$1:$F$6
sheet 汇总
A1: 合计
B1= '自评表'!C5
B2= SUM('自评表'!C4:C4)
B3= COUNTA('自评表'!B4:B4)
`

func reportData(n int) map[string]any {
	return map[string]any{"年度": 2023, "单位": "某县财政局", "说明": "无", "项目": projects(n)}
}

// TestLoopMovesEveryReference renders the report with 0, 1 and 50 projects
// and reads every reference back with excelize.
func TestLoopMovesEveryReference(t *testing.T) {
	for _, n := range []int{0, 1, 50} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			f, _ := render(t, reportSpec, reportData(n))
			last, sum := 3+n, 4+n // last item row, SUM row
			if got, want := merges(t, f, "自评表"), fmt.Sprintf("A1:E1 A2:E2 A%d:E%d", sum+1, sum+1); got != want {
				t.Errorf("merges = %q; want %q", got, want)
			}
			rangeOr0 := func(format string) string {
				if n == 0 {
					return "0"
				}
				return fmt.Sprintf(format, last)
			}
			formulaIs(t, f, "自评表", fmt.Sprintf("C%d", sum), "SUM("+rangeOr0("C4:C%d")+")")
			formulaIs(t, f, "汇总", "B1", fmt.Sprintf("'自评表'!C%d", sum))
			formulaIs(t, f, "汇总", "B2", "SUM("+rangeOr0("自评表!C4:C%d")+")")
			if got, want := definedName(f, "分数区", "Workbook"), rangeOr0("自评表!$C$4:$C$%d"); got != want {
				t.Errorf("分数区 = %q; want %q", got, want)
			}
			if got, want := definedName(f, "_xlnm.Print_Area", "自评表"), fmt.Sprintf("自评表!$A$1:$F$%d", sum+1); got != want {
				t.Errorf("print area = %q; want %q", got, want)
			}
			checkValidation(t, f, n)
			checkItems(t, f, n)
			cellIs(t, f, "自评表", fmt.Sprintf("A%d", sum+1), "填报说明：无", false)
			cellIs(t, f, "自评表", "A1", "2023年度项目支出绩效自评表", false)
		})
	}
}

// checkValidation checks the validation and conditional format ranges:
// they cover exactly the rows of the items, and vanish with them.
func checkValidation(t *testing.T, f *excelize.File, n int) {
	t.Helper()
	want := ""
	if n > 0 {
		want = (&rect{4, 4, 4, 3 + n}).String()
	}
	dvs, err := f.GetDataValidations("自评表")
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, dv := range dvs {
		got += dv.Sqref
	}
	if got != want {
		t.Errorf("validation sqref = %q; want %q", got, want)
	}
	cfs, _ := f.GetConditionalFormats("自评表")
	wantCF := ""
	if n > 0 {
		wantCF = (&rect{3, 4, 3, 3 + n}).String()
	}
	gotCF := ""
	for k := range cfs {
		gotCF += k
	}
	if gotCF != wantCF {
		t.Errorf("conditional format sqref = %q; want %q", gotCF, wantCF)
	}
}

// checkItems checks every item row: typed values, the row's own formula
// moved to its row, and the loop row's style and height.
func checkItems(t *testing.T, f *excelize.File, n int) {
	t.Helper()
	style, _ := f.GetCellStyle("自评表", "C4")
	for i := range n {
		r := 4 + i
		cellIs(t, f, "自评表", fmt.Sprintf("A%d", r), strconv.Itoa(i+1), true)
		cellIs(t, f, "自评表", fmt.Sprintf("B%d", r), fmt.Sprintf("项目%d（负责人%d）", i+1, i+1), false)
		cellIs(t, f, "自评表", fmt.Sprintf("C%d", r), fmt.Sprintf("%d.5", 60+i%40), true)
		yes := map[bool]string{true: "是", false: "否"}[i%3 != 0]
		cellIs(t, f, "自评表", fmt.Sprintf("D%d", r), yes, false)
		formulaIs(t, f, "自评表", fmt.Sprintf("E%d", r), fmt.Sprintf("C%d/$F$3", r))
		if s, _ := f.GetCellStyle("自评表", fmt.Sprintf("C%d", r)); s != style {
			t.Errorf("C%d style = %d; want %d", r, s, style)
		}
		if h, _ := f.GetRowHeight("自评表", r); h != 24 {
			t.Errorf("row %d height = %v; want 24", r, h)
		}
	}
}

// TestLibreOfficeTemplate renders the report template as LibreOffice saved
// it (every row with a height, formulas with aca attributes, a note), so
// the engine is not tied to workbooks excelize wrote.
func TestLibreOfficeTemplate(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "libreoffice-report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	tpl, d := Parse("libreoffice-report.xlsx", src)
	if d.HasErrors() {
		t.Fatal(d)
	}
	f, err := excelize.OpenReader(bytes.NewReader(renderBytes(t, tpl, reportData(4))))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	checkItems(t, f, 4)
	formulaIs(t, f, "自评表", "C8", "SUM(C4:C7)")
	formulaIs(t, f, "汇总", "B2", "SUM(自评表!C4:C7)")
	if got := merges(t, f, "自评表"); got != "A1:E1 A2:E2 A9:E9" {
		t.Errorf("merges = %q", got)
	}
	if got := definedName(f, "分数区", "Workbook"); got != "自评表!$C$4:$C$7" {
		t.Errorf("分数区 = %q", got)
	}
	for r := 5; r <= 8; r++ {
		formulaIs(t, f, "汇总", fmt.Sprintf("C%d", r), fmt.Sprintf("A%d*2", r))
	}
}
