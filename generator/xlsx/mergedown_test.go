package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// indicatorSpec is a 附件1-1-like table: 一级 merged down, 二级 merged down
// within its 一级, a plain 三级 column, a merged-down number and a SUM.
const indicatorSpec = `
sheet 指标
A1: 一级
B1: 二级
C1: 三级
D1: 分值
A2: {{range .行}}{{纵向合并 .一级}}
B2: {{纵向合并 .二级 .一级}}
C2: {{.三级}}
D2: {{纵向合并 .分值}}{{end}}
style A2:B2 border vcenter
A3: 合计
D3= SUM(D2:D2)
`

// indicatorRows makes one row per "一级/二级/三级/分值" string.
func indicatorRows(specs ...string) map[string]any {
	rows := make([]any, len(specs))
	for i, s := range specs {
		p := strings.Split(s, "/")
		rows[i] = map[string]any{"一级": p[0], "二级": p[1], "三级": p[2], "分值": dec(p[3])}
	}
	return map[string]any{"行": rows}
}

// TestMergeDownRuns renders 0, 1 and many rows. Runs start at the first
// row and end at the last; the 二级 run of 预算配置 breaks where 一级 turns
// from 投入 to 过程 although the name stays the same.
func TestMergeDownRuns(t *testing.T) {
	for _, tt := range []struct {
		rows []string
		want string
	}{
		{nil, ""},
		{[]string{"投入/目标设定/甲/3"}, ""},
		{[]string{"投入/目标设定/甲/3", "投入/目标设定/乙/5", "投入/预算配置/丙/4", "过程/预算配置/丁/4",
			"过程/预算配置/戊/2", "过程/预算执行/己/6", "产出/职责履行/庚/7", "产出/职责履行/辛/7"},
			"A2:A4 A5:A7 A8:A9 B2:B3 B5:B6 B8:B9 D4:D5 D8:D9"},
		{[]string{"投入/甲/a/1", "过程/乙/b/2", "产出/丙/c/3"}, ""},
	} {
		t.Run(strconv.Itoa(len(tt.rows)), func(t *testing.T) {
			f, _ := render(t, indicatorSpec, indicatorRows(tt.rows...))
			if got := merges(t, f, "指标"); got != tt.want {
				t.Errorf("merges = %q; want %q", got, tt.want)
			}
			formulaIs(t, f, "指标", fmt.Sprintf("D%d", 2+len(tt.rows)), sumOver(len(tt.rows)))
		})
	}
}

func sumOver(n int) string {
	if n == 0 {
		return "SUM(0)"
	}
	return fmt.Sprintf("SUM(D2:D%d)", 1+n)
}

// TestMergeDownKeepsTopValueAndStyles: the value is in the top cell, typed;
// the covered cells are empty and keep the template cell's style.
func TestMergeDownKeepsTopValueAndStyles(t *testing.T) {
	f, _ := render(t, indicatorSpec, indicatorRows("投入/目标设定/甲/3", "投入/目标设定/乙/3", "过程/预算执行/丙/6"))
	cellIs(t, f, "指标", "A2", "投入", false)
	cellIs(t, f, "指标", "A4", "过程", false)
	cellIs(t, f, "指标", "D2", "3", true)
	cellIs(t, f, "指标", "C3", "乙", false)
	// excelize reads a covered cell as its range's top cell; the rows read
	// what is stored.
	rows, _ := f.GetRows("指标", excelize.Options{RawCellValue: true})
	if got := strings.Join(rows[2], "|"); got != "||乙" {
		t.Errorf("row 3 holds %q; want A3, B3 and D3 empty beside C3 乙", got)
	}
	top, _ := f.GetCellStyle("指标", "A2")
	for _, ref := range []string{"A3", "A4", "B3"} {
		if s, _ := f.GetCellStyle("指标", ref); s != top || top == 0 {
			t.Errorf("%s style = %d; want the template's %d", ref, s, top)
		}
	}
	style, _ := f.GetStyle(top)
	if style.Alignment == nil || style.Alignment.Vertical != "center" {
		t.Errorf("the merged cell is not vertically centred: %+v", style.Alignment)
	}
}

// TestMergeDownBlanksStayApart: blank values are not "the same as above",
// and a blank group value (一级) keeps the rows beside it (二级) apart.
func TestMergeDownBlanksStayApart(t *testing.T) {
	f, _ := render(t, indicatorSpec, indicatorRows("/甲/a/1", "/甲/b/2", "投入/乙/c/3", "投入/乙/d/4"))
	if got, want := merges(t, f, "指标"), "A4:A5 B4:B5"; got != want {
		t.Errorf("merges = %q; want %q (blank 一级 must not merge, nor 二级 under it)", got, want)
	}
}

// TestMergeDownAcrossColumns: a cell the template merges over A:B is merged
// down over A:B; single rows keep their own A:B range.
func TestMergeDownAcrossColumns(t *testing.T) {
	spec := `
A1: {{range .行}}{{纵向合并 .一级}}
merge A1:B1
C1: {{.三级}}{{end}}
`
	f, _ := render(t, spec, indicatorRows("投入/x/甲/1", "投入/x/乙/1", "过程/x/丙/1", "产出/x/丁/1", "产出/x/戊/1"))
	if got, want := merges(t, f, "Sheet1"), "A1:B2 A3:B3 A4:B5"; got != want {
		t.Errorf("merges = %q; want %q", got, want)
	}
}

// TestMergeDownMovesWithLoopsAbove: a loop above the merged table, applied
// after it, moves the merged ranges down with their rows.
func TestMergeDownMovesWithLoopsAbove(t *testing.T) {
	spec := `
A1: {{range .前}}{{.}}{{end}}
A2: {{range .行}}{{纵向合并 .一级}}
B2: {{纵向合并 .二级 .一级}}
C2: {{.三级}}{{end}}
`
	data := indicatorRows("投入/甲/a/1", "投入/甲/b/1", "过程/乙/c/2")
	data["前"] = []any{"一", "二", "三"}
	f, _ := render(t, spec, data)
	if got, want := merges(t, f, "Sheet1"), "A4:A5 B4:B5"; got != want {
		t.Errorf("merges = %q; want %q", got, want)
	}
	cellIs(t, f, "Sheet1", "A4", "投入", false)
	cellIs(t, f, "Sheet1", "A6", "过程", false)
}

// TestMergeDownOutsideLoops: in a plain row 纵向合并 just writes its value.
func TestMergeDownOutsideLoops(t *testing.T) {
	f, _ := render(t, "A1: {{纵向合并 .x}}\nA2: 共{{纵向合并 .x}}项", map[string]any{"x": dec("16")})
	cellIs(t, f, "Sheet1", "A1", "16", true)
	cellIs(t, f, "Sheet1", "A2", "共16项", false)
	if ms, _ := f.GetMergeCells("Sheet1"); len(ms) != 0 {
		t.Errorf("merged %v", ms)
	}
}
