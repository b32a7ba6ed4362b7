package summary

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/generator/batch/batchtest"
	"jixiao/generator/diag"
	"jixiao/generator/evaluate"
	"jixiao/generator/gate"
	"jixiao/generator/internal/clienttest"
	"jixiao/generator/num"
	"jixiao/generator/pack"
)

func dec(s string) num.Dec { return num.MustParse(s) }

// TestOrderRanksTiesAndLeavesIncompleteUnranked: complete units first by
// total (equal totals share a rank, the next rank skips), then incomplete
// ones unranked, then unscored ones.
func TestOrderRanksTiesAndLeavesIncompleteUnranked(t *testing.T) {
	units := []Unit{
		{Name: "乙", Scored: true, Complete: true, Total: dec("90.5")},
		{Name: "未评", File: "x.yaml"},
		{Name: "丙", Scored: true, Complete: false, Total: dec("99")},
		{Name: "甲", Scored: true, Complete: true, Total: dec("95")},
		{Name: "丁", Scored: true, Complete: true, Total: dec("90.50")},
		{Name: "戊", Scored: true, Complete: true, Total: dec("80")},
	}
	sorted, ranks := Order(units)
	var got []string
	for i, u := range sorted {
		got = append(got, fmt.Sprintf("%s:%d", u.Name, ranks[i]))
	}
	want := []string{"甲:1", "丁:2", "乙:2", "戊:4", "丙:0", "未评:0"}
	if !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestYearOfIsTheMostCommonYear(t *testing.T) {
	u := func(y string) Unit { return Unit{Scored: true, Year: y} }
	for _, c := range []struct {
		units []Unit
		want  string
	}{
		{[]Unit{u("2023"), u("2022"), u("2023")}, "2023"},
		{[]Unit{u("2022"), u("2023")}, "2023"},
		{[]Unit{{Year: "2021"}}, "2020"},
	} {
		if got := YearOf(c.units, "2020"); got != c.want {
			t.Errorf("YearOf %v = %s, want %s", c.units, got, c.want)
		}
	}
}

func TestBinsCoverEveryTotalOnce(t *testing.T) {
	for _, s := range []string{"0", "59.99", "60", "64.99", "65", "89.99", "90", "99.99", "100"} {
		n := 0
		for _, b := range bins() {
			if d := dec(s); d.GreaterThanOrEqual(b.lo) && d.LessThan(b.hi) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s falls in %d bins", s, n)
		}
	}
}

// county evaluates n generated units, the seed example (incomplete, with
// data errors) and one unit stamped with another pack version, plus a unit
// whose facts could not be read.
func county(t testing.TB, n int) (*Book, []*evaluate.Result) {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	b := &Book{Pack: PackStamp{p.Meta.Name, p.Meta.Version}, Rubric: p.Rubric}
	var results []*evaluate.Result
	_, seed, _ := p.Example()
	for i := range n + 1 {
		src, file := seed, "seed.yaml"
		if i < n {
			src, file = batchtest.Facts(i), batchtest.Name(i)+".yaml"
		}
		res, diags := evaluate.Run(p, file, src)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		u := FromResult(file, res, gate.Inspect(res, nil))
		u.Pack = b.Pack
		if i == 1 {
			u.Pack.Version = "2022.9"
		}
		b.Units = append(b.Units, u)
		results = append(results, res)
	}
	var bad diag.List
	bad.Errorf(diag.Pos{File: "坏.yaml", Line: 3, Col: 5}, "YAML 语法错误")
	b.Units = append(b.Units, Failed("坏.yaml", bad, "事实文件有错误"))
	b.Year = YearOf(b.Units, p.Meta.Year)
	return b, results
}

// sheetsOf reads the workbook with openpyxl: every sheet's cell values
// (numbers as Python prints them), merged ranges, frozen cell, filter,
// page setup and conditional formats.
func sheetsOf(t *testing.T, path string) map[string]sheetDump {
	t.Helper()
	clienttest.RequirePythonModule(t, "openpyxl")
	out := clienttest.RunPython(t, `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
res = {}
for ws in wb.worksheets:
    rows = [[None if v is None else (repr(v) if isinstance(v, (int, float)) else str(v)) for v in r] for r in ws.iter_rows(values_only=True)]
    res[ws.title] = {"rows": rows, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
        "orientation": ws.page_setup.orientation, "paper": ws.page_setup.paperSize,
        "titles": ws.print_title_rows, "cf": [str(r.sqref) + " " + r.rules[0].formula[0] for r in ws.conditional_formatting],
        "numeric": [[isinstance(v, (int, float)) for v in r] for r in ws.iter_rows(values_only=True)]}
print(json.dumps(res, ensure_ascii=False))
`, path)
	var dump map[string]sheetDump
	if err := json.Unmarshal([]byte(out), &dump); err != nil {
		t.Fatal(err)
	}
	return dump
}

type sheetDump struct {
	Rows        [][]*string
	Numeric     [][]bool
	Freeze      *string
	Filter      *string
	Orientation *string
	Paper       any
	Titles      *string
	CF          []string
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// TestWorkbook writes the 汇总 of a small county and reads it back with
// openpyxl: totals equal to each unit's score JSON digit for digit, ranks,
// flags, the indicator table with its highlights and statistics, the
// problem and unfinished lists, the print setup, three charts, and a
// LibreOffice conversion to PDF.
func TestWorkbook(t *testing.T) {
	b, results := county(t, 12)
	data, err := b.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	again, _ := b.Bytes()
	if !bytes.Equal(data, again) {
		t.Error("the same units gave different bytes")
	}
	path := filepath.Join(t.TempDir(), FileName(b.Year))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	sheets := sheetsOf(t, path)
	checkSummarySheet(t, sheets["汇总"], results)
	checkScoresSheet(t, sheets["指标得分"], len(results))
	checkLists(t, sheets)
	if n := chartCount(t, data); n < 3 {
		t.Errorf("%d charts, want 3", n)
	}
	for name, s := range sheets {
		if str(s.Orientation) != "landscape" || fmt.Sprint(s.Paper) != "9" {
			t.Errorf("%s: orientation %s, paper %v", name, str(s.Orientation), s.Paper)
		}
	}
	text := clienttest.TextOfPDF(t, clienttest.PDF(t, path)[path])
	for _, want := range []string{"示例县单位001", "等级分布", "人员控制率"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF of the workbook lacks %q", want)
		}
	}
}

func checkSummarySheet(t *testing.T, s sheetDump, results []*evaluate.Result) {
	t.Helper()
	head := s.Rows[0]
	if str(head[2]) != "总分" || str(head[4]) != "排名" || str(head[5]) != "投入（15分）" || str(s.Freeze) != "C2" || str(s.Filter) == "" || str(s.Titles) != "$1:$1" {
		t.Errorf("header %v, freeze %s, filter %s, titles %s", strs(head), str(s.Freeze), str(s.Filter), str(s.Titles))
	}
	want := map[string]string{}
	for _, r := range results {
		want[r.Report.Unit] = string(r.Report.JSON().Total)
	}
	if len(s.Rows) != len(results)+2 {
		t.Fatalf("%d rows, want %d units, the failed one and the header", len(s.Rows), len(results)+1)
	}
	prevTotal, prevRank := dec("1000"), 0
	for i, row := range s.Rows[1:] {
		name := str(row[1])
		if i == len(results) {
			if name != "坏.yaml" || row[2] != nil || !strings.Contains(str(row[len(row)-1]), "事实文件有错误") {
				t.Errorf("failed unit row %v", strs(row))
			}
			continue
		}
		if !s.Numeric[i+1][2] || !dec(str(row[2])).Equal(dec(want[name])) {
			t.Errorf("%s: 总分 %s, score --json %s", name, str(row[2]), want[name])
		}
		total := dec(str(row[2]))
		if name == "长沙县机关事务中心" {
			if row[4] != nil || !strings.Contains(str(row[len(row)-1]), "评分不完整") {
				t.Errorf("the incomplete unit is ranked: %v", strs(row))
			}
			continue
		}
		rank := int(dec(str(row[4])).IntPart())
		if total.GreaterThan(prevTotal) || total.Equal(prevTotal) && rank != prevRank || total.LessThan(prevTotal) && rank != i+1 {
			t.Errorf("row %d: total %s rank %d after %s rank %d", i+1, total, rank, prevTotal, prevRank)
		}
		prevTotal, prevRank = total, rank
		flagged := strings.Contains(str(row[len(row)-1]), "2022.9")
		if flagged != (name == batchtest.Name(1)) {
			t.Errorf("%s: flagged %v: %s", name, flagged, str(row[len(row)-1]))
		}
	}
}

func checkScoresSheet(t *testing.T, s sheetDump, units int) {
	t.Helper()
	head := s.Rows[1]
	if len(head)-2 != 23 || str(head[2]) != "绩效目标合理性（3分）" || str(s.Rows[0][2]) != "投入（15分）" {
		t.Errorf("indicator header: %d columns: %v", len(head)-2, strs(head))
	}
	if len(s.CF) != 23 || !strings.Contains(s.CF[2], "E3<4") {
		t.Errorf("conditional formats: %v", s.CF)
	}
	n := len(s.Rows)
	if n != 2+units+3 || str(s.Rows[n-3][0]) != "平均" || str(s.Rows[n-1][0]) != "最高" {
		t.Fatalf("%d rows; last: %v", n, strs(s.Rows[n-1]))
	}
	if str(s.Freeze) != "C3" {
		t.Errorf("freeze %s", str(s.Freeze))
	}
}

func checkLists(t *testing.T, sheets map[string]sheetDump) {
	t.Helper()
	found := false
	for _, row := range sheets["问题清单"].Rows {
		found = found || str(row[0]) == "坏.yaml" && str(row[1]) == "坏.yaml:3:5" && str(row[2]) == "错误"
	}
	if !found {
		t.Error("问题清单 lacks the broken file's error at 坏.yaml:3:5")
	}
	kinds := map[string]int{}
	for _, row := range sheets["未完成"].Rows[1:] {
		kinds[str(row[1])]++
	}
	if kinds["缺少事实"] == 0 || kinds["待评指标"] == 0 || kinds["材料未生成"] != 1 {
		t.Errorf("未完成 kinds: %v", kinds)
	}
}

func strs(row []*string) []string {
	var out []string
	for _, c := range row {
		out = append(out, str(c))
	}
	return out
}

// chartCount counts the chart parts of a workbook.
func chartCount(t *testing.T, data []byte) int {
	t.Helper()
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range r.File {
		if strings.HasPrefix(f.Name, "xl/charts/chart") && strings.HasSuffix(f.Name, ".xml") {
			n++
		}
	}
	return n
}
