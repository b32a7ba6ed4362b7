package batch

import (
	"archive/zip"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/generator/batch/batchtest"
	"jixiao/generator/build"
	"jixiao/generator/evaluate"
	"jixiao/generator/internal/clienttest"
	"jixiao/generator/num"
	"jixiao/generator/pack"
	"jixiao/generator/pack/packtest"
)

// county writes n generated units into a fresh folder.
func county(t testing.TB, n int) (string, []string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "各单位")
	files, err := batchtest.Write(dir, n)
	if err != nil {
		t.Fatal(err)
	}
	return dir, files
}

// defaultPack is the built-in pack with its reads counted.
func defaultPack(t testing.TB) (*pack.Pack, *packtest.CountingFS) {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	c := packtest.Counting(p.FS)
	p.FS = c
	return p, c
}

func run(t testing.TB, p *pack.Pack, files []string, out string, mod func(*Options)) *Report {
	t.Helper()
	opts := Options{Prepared: build.Prepare(p), Out: out}
	if mod != nil {
		mod(&opts)
	}
	rep, err := Run(context.Background(), files, opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// unitFolders lists the unit folders of out and the files in each.
func unitFolders(t testing.TB, out string) map[string][]string {
	t.Helper()
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	folders := map[string][]string{}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		files, _ := os.ReadDir(filepath.Join(out, e.Name()))
		for _, f := range files {
			folders[e.Name()] = append(folders[e.Name()], f.Name())
		}
	}
	return folders
}

// scoreJSONTotals evaluates each file as `jixiao score --json` does and
// returns its 总分 by unit.
func scoreJSONTotals(t testing.TB, p *pack.Pack, files []string) map[string]string {
	t.Helper()
	totals := map[string]string{}
	for _, f := range files {
		src, _ := os.ReadFile(f)
		res, diags := evaluate.Run(p, f, src)
		if diags.HasErrors() {
			continue
		}
		totals[res.Report.Unit] = string(res.Report.JSON().Total)
	}
	return totals
}

// summaryRows reads the 汇总 workbook with openpyxl: each row of 汇总 as
// [单位, 总分, 排名] (numbers as Python prints them, "" for none) and the
// second header row of 指标得分.
func summaryRows(t testing.TB, path string) ([][3]string, []string) {
	t.Helper()
	clienttest.RequirePythonModule(t, "openpyxl")
	out := clienttest.RunPython(t, `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["汇总"]
head = [c.value for c in ws[1]]
col = {name: i for i, name in enumerate(head)}
def s(v):
    if v is None: return ""
    if isinstance(v, bool): return "bool"
    if isinstance(v, (int, float)): return repr(v)
    return "text:" + str(v)
rows = [[str(r[col["单位"]]), s(r[col["总分"]]), s(r[col["排名"]])] for r in ws.iter_rows(min_row=2, values_only=True)]
ind = [str(c.value) for c in wb["指标得分"][2]][2:]
print(json.dumps({"rows": rows, "ind": ind}, ensure_ascii=False))
`, path)
	var got struct {
		Rows [][3]string
		Ind  []string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	return got.Rows, got.Ind
}

// checkTotalsAndRanks: every row's 总分 is the unit's score JSON total,
// as a number, and the ranks follow the totals (equal totals, equal rank).
func checkTotalsAndRanks(t *testing.T, rows [][3]string, want map[string]string) {
	t.Helper()
	var prev num.Dec
	prevRank := ""
	for i, r := range rows {
		name, total, rank := r[0], r[1], r[2]
		w, ok := want[name]
		got, isNum := num.Parse(total)
		if !ok || !isNum || !got.Equal(num.MustParse(w)) {
			t.Errorf("%s: 总分 %s, score --json %s", name, total, w)
			continue
		}
		switch {
		case i > 0 && got.GreaterThan(prev):
			t.Errorf("row %d (%s): %s after %s", i+2, name, got, prev)
		case i > 0 && got.Equal(prev) && rank != prevRank:
			t.Errorf("row %d (%s): tie at %s ranked %s and %s", i+2, name, got, prevRank, rank)
		case (i == 0 || got.LessThan(prev)) && rank != fmtInt(i+1):
			t.Errorf("row %d (%s): rank %s, want %d", i+2, name, rank, i+1)
		}
		prev, prevRank = got, rank
	}
}

func fmtInt(n int) string { return num.Int(int64(n)).String() }

// chartCount counts the chart parts of a workbook.
func chartCount(t testing.TB, path string) int {
	t.Helper()
	r, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	n := 0
	for _, f := range r.File {
		if strings.HasPrefix(f.Name, "xl/charts/chart") && strings.HasSuffix(f.Name, ".xml") {
			n++
		}
	}
	return n
}

// TestBatchOf100Units is the county of the issue: 100 generated units
// give 100 unit folders of the pack's 8 documents and 汇总-2023.xlsx, whose
// 汇总 sheet lists 100 rows with each unit's score JSON total, ranked;
// 指标得分 has the 23 indicators; the workbook has three charts and
// LibreOffice converts it. The pack's templates are read once for all.
func TestBatchOf100Units(t *testing.T) {
	_, files := county(t, 100)
	p, reads := defaultPack(t)
	out := filepath.Join(t.TempDir(), "汇总")
	rep := run(t, p, files, out, nil)
	if rep.Failed() != 0 {
		t.Fatalf("%d units failed: %s", rep.Failed(), rep.Results[0].Line())
	}
	folders := unitFolders(t, out)
	for i := range 100 {
		if docs := folders[batchtest.Name(i)+"-2023"]; len(docs) != len(p.Meta.Documents) {
			t.Errorf("%s-2023 holds %v", batchtest.Name(i), docs)
		}
	}
	if len(folders) != 100 || rep.Summary != filepath.Join(out, "汇总-2023.xlsx") {
		t.Errorf("%d folders, summary %s", len(folders), rep.Summary)
	}
	for _, doc := range p.Meta.Documents {
		if n := reads.Reads(doc.Template); n != 1 {
			t.Errorf("%s read %d times for 100 units", doc.Template, n)
		}
	}
	rows, inds := summaryRows(t, rep.Summary)
	if len(rows) != 100 || len(inds) != 23 {
		t.Fatalf("汇总 has %d rows, 指标得分 %d indicator columns", len(rows), len(inds))
	}
	checkTotalsAndRanks(t, rows, scoreJSONTotals(t, p, files))
	if n := chartCount(t, rep.Summary); n < 3 {
		t.Errorf("%d charts", n)
	}
	text := clienttest.TextOfPDF(t, clienttest.PDF(t, rep.Summary)[rep.Summary])
	if !strings.Contains(text, batchtest.Name(99)) || !strings.Contains(text, "等级分布") {
		t.Error("the PDF of the 汇总 lacks the last unit or the grade chart")
	}
}

// TestBrokenUnitDoesNotStopTheOthers: one facts file with an error among
// 99 good ones — the 99 are built, the broken one is reported with its
// file:line:col and listed in the 汇总's 问题清单.
func TestBrokenUnitDoesNotStopTheOthers(t *testing.T) {
	dir, files := county(t, 99)
	broken := filepath.Join(dir, "示例县单位坏-2023.yaml")
	src := strings.Replace(string(batchtest.Facts(7)), "在职人数: ", "在职人数: 12k", 1)
	if err := os.WriteFile(broken, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	all, err := Files([]string{dir})
	if err != nil || len(all) != 100 {
		t.Fatalf("%d files, %v", len(all), err)
	}
	p, _ := defaultPack(t)
	out := filepath.Join(t.TempDir(), "out")
	rep := run(t, p, all, out, nil)
	if rep.Failed() != 1 || len(unitFolders(t, out)) != 99 {
		t.Fatalf("%d failed, %d folders", rep.Failed(), len(unitFolders(t, out)))
	}
	var bad *Result
	for _, r := range rep.Results {
		if r.Failed() {
			bad = r
		}
	}
	line := lineOf(src, "在职人数: 12k")
	if bad.File != broken || len(bad.Errors) == 0 || bad.Errors[0].Pos.File != broken || bad.Errors[0].Pos.Line != line {
		t.Fatalf("broken unit: %s %v", bad.Line(), bad.Errors)
	}
	if !strings.Contains(bad.Line(), "[失败]") || !strings.Contains(bad.Line(), "事实文件有 1 个错误") {
		t.Errorf("line: %s", bad.Line())
	}
	rows, _ := summaryRows(t, rep.Summary)
	if len(rows) != 100 || rows[99][1] != "" {
		t.Errorf("汇总: %d rows, last %v", len(rows), rows[len(rows)-1])
	}
	checkTotalsAndRanks(t, rows[:99], scoreJSONTotals(t, p, files))
}

func lineOf(src, s string) int {
	return strings.Count(src[:strings.Index(src, s)], "\n") + 1
}

// TestSameUnitTwiceKeepsTheFirstFile: two files of the same unit and year
// would write into one folder; the first given wins, whichever finishes
// first, and the second fails naming the first.
func TestSameUnitTwiceKeepsTheFirstFile(t *testing.T) {
	dir, files := county(t, 6)
	copyOf := filepath.Join(dir, "副本.yaml")
	os.WriteFile(copyOf, batchtest.Facts(0), 0o644)
	p, _ := defaultPack(t)
	for _, c := range []struct {
		order         []string
		first, second int
	}{
		{append([]string{copyOf}, files...), 0, 1},
		{append(append([]string{}, files...), copyOf), 0, len(files)},
	} {
		rep := run(t, p, c.order, filepath.Join(t.TempDir(), "out"), func(o *Options) { o.Jobs = 3 })
		second := rep.Results[c.second]
		if rep.Failed() != 1 || !second.Failed() || !strings.Contains(second.Failure, "与 "+c.order[c.first]) {
			t.Errorf("order %s…: %d failed; the second: %s", filepath.Base(c.order[0]), rep.Failed(), second.Line())
		}
	}
}

// TestFinalFailsUnitsAndWritesNothingOfThem: under Final, a unit the gate
// finds gaps in (the seed example: missing facts, 待评, data errors) has
// no folder, and its problems say where to fix them; the complete units
// are written.
func TestFinalFailsUnitsAndWritesNothingOfThem(t *testing.T) {
	dir, files := county(t, 3)
	p, _ := defaultPack(t)
	_, seed, _ := p.Example()
	seedFile := filepath.Join(dir, "长沙县机关事务中心-2022.yaml")
	os.WriteFile(seedFile, seed, 0o644)
	out := filepath.Join(t.TempDir(), "out")
	rep := run(t, p, append(files, seedFile), out, func(o *Options) { o.Final = true })
	folders := unitFolders(t, out)
	if rep.Failed() != 1 || len(folders) != 3 || folders["长沙县机关事务中心-2022"] != nil {
		t.Fatalf("%d failed, %d folders", rep.Failed(), len(folders))
	}
	r := rep.Results[3]
	if !strings.Contains(r.Failure, "未通过 --final 检查") || !strings.Contains(r.Errors.Error(), seedFile+":") ||
		!strings.Contains(r.Errors.Error(), "缺少 ") || !strings.Contains(r.Errors.Error(), "待评：") {
		t.Errorf("refused unit: %s\n%v", r.Line(), r.Errors)
	}
}

// TestPackStampFlagsAnotherVersion: a unit whose 模板包 is the bureau's pack
// with another 版本 is flagged in the 汇总, and so is one whose 模板包 cannot
// be read; a unit naming the bureau's own pack is not.
func TestPackStampFlagsAnotherVersion(t *testing.T) {
	dir, files := county(t, 3)
	p, _ := defaultPack(t)
	bureau := filepath.Join(dir, "县局模板包")
	old := filepath.Join(dir, "旧模板包")
	for _, d := range []string{bureau, old} {
		if _, err := pack.Export(p, d); err != nil {
			t.Fatal(err)
		}
	}
	meta := filepath.Join(old, "pack.yaml")
	src, _ := os.ReadFile(meta)
	os.WriteFile(meta, []byte(strings.Replace(string(src), "版本: "+p.Meta.Version, "版本: 2022.9", 1)), 0o644)
	for i, ref := range []string{"县局模板包", "旧模板包", "不存在的包.zip"} {
		src, _ := os.ReadFile(files[i])
		os.WriteFile(files[i], append([]byte("模板包: "+ref+"\n"), src...), 0o644)
	}
	bp, diags := pack.Open(bureau)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	rep := run(t, bp, files, filepath.Join(t.TempDir(), "out"), nil)
	if rep.Failed() != 0 {
		t.Fatalf("%d failed: %s", rep.Failed(), rep.Results[0].Line())
	}
	notes := summaryNotes(t, rep.Summary)
	if n := notes[batchtest.Name(0)]; n != "" {
		t.Errorf("the bureau's own pack is flagged: %s", n)
	}
	if n := notes[batchtest.Name(1)]; !strings.Contains(n, "2022.9") || !strings.Contains(n, "不同") {
		t.Errorf("another version is not flagged: %q", n)
	}
	if n := notes[batchtest.Name(2)]; !strings.Contains(n, "“不存在的包.zip”无法读取") {
		t.Errorf("an unreadable pack is not flagged: %q", n)
	}
}

// summaryNotes reads the 备注 of each unit of the 汇总 sheet.
func summaryNotes(t testing.TB, path string) map[string]string {
	t.Helper()
	clienttest.RequirePythonModule(t, "openpyxl")
	out := clienttest.RunPython(t, `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["汇总"]
head = [c.value for c in ws[1]]
print(json.dumps({str(r[head.index("单位")]): r[head.index("备注")] or "" for r in ws.iter_rows(min_row=2, values_only=True)}, ensure_ascii=False))
`, path)
	notes := map[string]string{}
	if err := json.Unmarshal([]byte(out), &notes); err != nil {
		t.Fatal(err)
	}
	return notes
}

// recorder is a Progress that records what it hears.
type recorder struct{ started, finished []string }

func (r *recorder) Started(file string)  { r.started = append(r.started, file) }
func (r *recorder) Finished(res *Result) { r.finished = append(r.finished, res.File) }

func TestProgressHearsOfEveryUnit(t *testing.T) {
	_, files := county(t, 5)
	p, _ := defaultPack(t)
	rec := &recorder{}
	run(t, p, files, filepath.Join(t.TempDir(), "out"), func(o *Options) { o.Progress = rec })
	if len(rec.started) != 5 || len(rec.finished) != 5 {
		t.Errorf("started %v, finished %v", rec.started, rec.finished)
	}
}

// TestCancelledBatchBuildsNothing: units not started when the batch is
// stopped are reported as not built.
func TestCancelledBatchBuildsNothing(t *testing.T) {
	_, files := county(t, 3)
	p, _ := defaultPack(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep, err := Run(ctx, files, Options{Prepared: build.Prepare(p), Out: filepath.Join(t.TempDir(), "out")})
	if err != nil || rep.Failed() != 3 || !strings.Contains(rep.Results[0].Failure, "已中断") {
		t.Fatalf("%v, %d failed", err, rep.Failed())
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.yaml", "a.yml", "c.txt", ".hidden.yaml"} {
		os.WriteFile(filepath.Join(dir, name), nil, 0o644)
	}
	os.Mkdir(filepath.Join(dir, "sub.yaml"), 0o755)
	got, err := Files([]string{dir, filepath.Join(dir, "b.yaml")})
	want := []string{filepath.Join(dir, "a.yml"), filepath.Join(dir, "b.yaml")}
	if err != nil || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Files = %v, %v", got, err)
	}
	if _, err := Files([]string{filepath.Join(dir, "nothing")}); err == nil || !strings.Contains(err.Error(), "找不到") {
		t.Errorf("missing path: %v", err)
	}
	empty := filepath.Join(dir, "sub.yaml")
	if _, err := Files([]string{empty}); err == nil || !strings.Contains(err.Error(), "没有 .yaml") {
		t.Errorf("empty folder: %v", err)
	}
}

// TestNamesAndPackPaths: with Options.Name, a file is named so in its
// problems' places, its line and the 汇总's 问题清单, never by its path;
// Options.PackPath decides where a facts file's 模板包 is read, and its
// refusal is noted in the 汇总.
func TestNamesAndPackPaths(t *testing.T) {
	dir, files := county(t, 2)
	broken := filepath.Join(dir, "坏.yaml")
	os.WriteFile(broken, []byte("单位: 甲\n年度: 2023\n人员:\n  在职人数: 12k\n"), 0o644)
	src, _ := os.ReadFile(files[1])
	os.WriteFile(files[1], append([]byte("模板包: ../别处的包\n"), src...), 0o644)
	p, _ := defaultPack(t)
	out := filepath.Join(t.TempDir(), "out")
	rep := run(t, p, append(files, broken), out, func(o *Options) {
		o.Name = func(file string) string { return "上传/" + filepath.Base(file) }
		o.PackPath = func(file, ref string) (string, error) { return "", errors.New("不在工作文件夹中") }
	})
	bad := rep.Results[2]
	if bad.Name != "上传/坏.yaml" || bad.Errors[0].Pos.String() != "上传/坏.yaml:4:9" {
		t.Fatalf("broken unit named %s, at %s", bad.Name, bad.Errors[0].Pos)
	}
	if line := bad.Line(); !strings.HasPrefix(line, "[失败] 上传/坏.yaml：") {
		t.Errorf("line %s", line)
	}
	if brief := rep.Results[0].Brief(); strings.Contains(brief, out) || !strings.Contains(brief, "总分") {
		t.Errorf("brief %s", brief)
	}
	notes := summaryNotes(t, rep.Summary)
	if n := notes[batchtest.Name(1)]; !strings.Contains(n, "“../别处的包”无法核对：不在工作文件夹中") {
		t.Errorf("note %q", n)
	}
	places := clienttest.RunPython(t, `
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["问题清单"]
print("\n".join(str(r[1]) for r in ws.iter_rows(min_row=2, values_only=True)))
`, rep.Summary)
	if !strings.Contains(places, "上传/坏.yaml:4:9") || strings.Contains(places, dir) {
		t.Errorf("问题清单 places:\n%s", places)
	}
}
