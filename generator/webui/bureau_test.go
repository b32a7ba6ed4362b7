package webui

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"jixiao/generator/batch/batchtest"
	"jixiao/generator/evaluate"
	"jixiao/generator/internal/clienttest"
	"jixiao/generator/num"
	"jixiao/generator/pack"
)

// upload is one file of a batch request.
type upload struct {
	field, name string
	data        []byte
}

// units are the facts files of n generated units, as uploads.
func units(n int) []upload {
	var out []upload
	for i := range n {
		out = append(out, upload{"facts", batchtest.Name(i) + "-2023.yaml", batchtest.Facts(i)})
	}
	return out
}

// brokenUnit is unit 7 with “12k” people, and the line of that error.
func brokenUnit() (upload, int) {
	src := strings.Replace(string(batchtest.Facts(7)), "在职人数: ", "在职人数: 12k", 1)
	line := strings.Count(src[:strings.Index(src, "在职人数: 12k")], "\n") + 1
	return upload{"facts", "坏的单位.yaml", []byte(src)}, line
}

// multipartBody encodes the uploads and fields as the page's FormData.
func multipartBody(t *testing.T, files []upload, fields map[string]string) ([]byte, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, f := range files {
		w, err := mw.CreateFormFile(f.field, f.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.data)
	}
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	mw.Close()
	return buf.Bytes(), mw.FormDataContentType()
}

// runBatch posts a batch and returns the response.
func (pg *page) runBatch(files []upload, fields map[string]string) *http.Response {
	pg.t.Helper()
	body, ctype := multipartBody(pg.t, files, fields)
	return pg.do("POST", "/api/bureau/run", body, func(r *http.Request) { r.Header.Set("Content-Type", ctype) })
}

// batchDone posts a batch, expects it to start and waits for its end.
func (pg *page) batchDone(files []upload, fields map[string]string) *BatchView {
	pg.t.Helper()
	var v BatchView
	pg.decode(pg.runBatch(files, fields), &v, 200)
	if v.Job == 0 || v.Total == 0 {
		pg.t.Fatalf("batch not started: %+v", v)
	}
	for deadline := time.Now().Add(2 * time.Minute); v.Running; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			pg.t.Fatalf("batch still running: %+v", v)
		}
		pg.decode(pg.do("GET", fmt.Sprintf("/api/bureau/status?job=%d", v.Job), nil, nil), &v, 200)
	}
	return &v
}

// fetch downloads path and returns its body, expecting 200.
func (pg *page) fetch(path string) []byte {
	pg.t.Helper()
	res := pg.do("GET", path, nil, nil)
	data, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 {
		pg.t.Fatalf("GET %s: %d %s", path, res.StatusCode, data)
	}
	return data
}

// rowOf finds the unit row of file.
func rowOf(t *testing.T, v *BatchView, file string) UnitRow {
	t.Helper()
	for _, u := range v.Units {
		if u.File == file {
			return u
		}
	}
	t.Fatalf("no row for %s in %+v", file, v.Units)
	return UnitRow{}
}

// TestBureauBuildsEveryUnitAndListsTheBroken: five units and a broken
// facts file uploaded together — the five are built, the broken one is
// listed with its file:line:col, the table is sorted by score and ranked,
// the 汇总 opened with openpyxl gives each unit's score, and the zip holds
// every unit's folder and the 汇总.
func TestBureauBuildsEveryUnitAndListsTheBroken(t *testing.T) {
	pg := newPage(t)
	broken, line := brokenUnit()
	v := pg.batchDone(append(units(5), broken), nil)
	if v.Total != 6 || v.Done != 6 || v.Failed != 1 || len(v.Lines) != 6 || len(v.Units) != 6 || v.Error != "" {
		t.Fatalf("batch: %+v", v)
	}
	bad := rowOf(t, v, "坏的单位.yaml")
	place := fmt.Sprintf("坏的单位.yaml:%d:9：", line)
	if bad.State != "失败" || bad.Total != "" || len(bad.Problems) != 1 || !strings.HasPrefix(bad.Problems[0], place) {
		t.Errorf("broken unit: %+v, want a problem at %s", bad, place)
	}
	if v.Units[5].File != "坏的单位.yaml" {
		t.Errorf("the broken unit is not last: %+v", v.Units[5])
	}
	totals := uploadTotals(t, units(5))
	for i, u := range v.Units[:5] {
		if u.State != "可上报" || u.Total != num.Fixed(totals[u.Unit], 2) || u.Rank == 0 || !strings.HasPrefix(u.Line, "[完成] "+u.Unit+"：总分 ") {
			t.Errorf("row %d: %+v, score %s", i, u, totals[u.Unit])
		}
		if i > 0 && num.MustParse(u.Total).GreaterThan(num.MustParse(v.Units[i-1].Total)) {
			t.Errorf("row %d (%s) above row %d (%s)", i, u.Total, i-1, v.Units[i-1].Total)
		}
	}
	for _, l := range v.Lines {
		if strings.Contains(l, os.TempDir()) || strings.Contains(l, "→") {
			t.Errorf("a line names where the server keeps the files: %s", l)
		}
	}
	if v.Summary != "汇总-2023.xlsx" || v.Zip != "汇总-2023 各单位材料.zip" {
		t.Fatalf("downloads %q %q", v.Summary, v.Zip)
	}
	xlsx := filepath.Join(t.TempDir(), v.Summary)
	os.WriteFile(xlsx, pg.fetch(fmt.Sprintf("/bureau/%d/summary", v.Job)), 0o644)
	checkSummaryTotals(t, xlsx, totals, "坏的单位.yaml")
	checkBatchZip(t, pg.fetch(fmt.Sprintf("/bureau/%d/zip", v.Job)), 5)
}

// uploadTotals evaluates each upload as `jixiao score --json` does and
// returns its total by unit.
func uploadTotals(t *testing.T, files []upload) map[string]num.Dec {
	t.Helper()
	p, _ := pack.Default()
	totals := map[string]num.Dec{}
	for _, f := range files {
		res, diags := evaluate.Run(p, f.name, f.data)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		totals[res.Report.Unit] = res.Report.Total
	}
	return totals
}

// checkSummaryTotals opens the 汇总 with openpyxl: one row per unit, the
// 总分 of each scored unit its score, and the broken file listed without
// one, its problem placed in its file in 问题清单.
func checkSummaryTotals(t *testing.T, path string, totals map[string]num.Dec, broken string) {
	t.Helper()
	clienttest.RequirePythonModule(t, "openpyxl")
	out := clienttest.RunPython(t, `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["汇总"]
head = [c.value for c in ws[1]]
rows = [[str(r[head.index("单位")]), "" if r[head.index("总分")] is None else repr(r[head.index("总分")])]
        for r in ws.iter_rows(min_row=2, values_only=True)]
places = [str(r[1]) for r in wb["问题清单"].iter_rows(min_row=2, values_only=True)]
print(json.dumps({"rows": rows, "places": places}, ensure_ascii=False))
`, path)
	var got struct {
		Rows   [][2]string
		Places []string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Rows) != len(totals)+1 {
		t.Fatalf("汇总 rows %v", got.Rows)
	}
	for _, r := range got.Rows {
		want, ok := totals[r[0]]
		switch {
		case r[0] == broken && r[1] != "":
			t.Errorf("the broken file has a 总分 %s", r[1])
		case r[0] != broken && (!ok || !num.MustParse(r[1]).Equal(want)):
			t.Errorf("%s: 总分 %s, score %s", r[0], r[1], want)
		}
	}
	if !slices.ContainsFunc(got.Places, func(p string) bool { return strings.HasPrefix(p, broken+":") }) {
		t.Errorf("问题清单 places %v", got.Places)
	}
}

// checkBatchZip: the zip holds a folder of the pack's documents for each
// of n units and the 汇总.
func checkBatchZip(t *testing.T, data []byte, n int) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := pack.Default()
	folders := map[string]int{}
	var top []string
	for _, f := range zr.File {
		dir, _, found := strings.Cut(f.Name, "/")
		if found {
			folders[dir]++
		} else {
			top = append(top, f.Name)
		}
	}
	for i := range n {
		if got := folders[batchtest.Name(i)+"-2023"]; got != len(p.Meta.Documents) {
			t.Errorf("%s-2023 holds %d documents", batchtest.Name(i), got)
		}
	}
	if len(folders) != n || strings.Join(top, "|") != "汇总-2023.xlsx" {
		t.Errorf("zip: %v folders, %v at the top", folders, top)
	}
}

// TestBureauFolderAndPackOfTheWorkingFolder: a folder of the working
// folder is built in place (read only, nothing written there), its files
// named by their place in it; a pack folder of the working folder scores
// them, and a unit naming it is not flagged while one naming a pack outside
// the working folder is.
func TestBureauFolderAndPackOfTheWorkingFolder(t *testing.T) {
	pg := newPage(t)
	files, err := batchtest.Write(filepath.Join(pg.dir, "各单位"), 3)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := pack.Default()
	if _, err := pack.Export(p, filepath.Join(pg.dir, "县局模板包")); err != nil {
		t.Fatal(err)
	}
	meta := filepath.Join(pg.dir, "县局模板包", "pack.yaml")
	metaSrc, _ := os.ReadFile(meta)
	os.WriteFile(meta, bytes.Replace(metaSrc, []byte("版本: "+p.Meta.Version), []byte("版本: 2099.1"), 1), 0o644)
	prepend(t, files[1], "模板包: ../县局模板包\n")
	prepend(t, files[2], "模板包: ../../外面的包\n")
	before := listTree(t, pg.dir)

	var src Sources
	pg.decode(pg.do("GET", "/api/bureau/sources", nil, nil), &src, 200)
	if fmt.Sprint(src.Folders) != "[{. 1} {各单位 3}]" || fmt.Sprint(src.Packs) != "[县局模板包]" {
		t.Errorf("sources %+v", src)
	}
	v := pg.batchDone(nil, map[string]string{"folder": "各单位", "packdir": "县局模板包"})
	if v.Failed != 0 || len(v.Units) != 3 || v.Pack != p.Meta.Name+" 2099.1" {
		t.Fatalf("batch %+v", v)
	}
	if u := rowOf(t, v, filepath.Join("各单位", batchtest.Name(1)+"-2023.yaml")); u.Note != "" {
		t.Errorf("the working folder's pack is flagged: %s", u.Note)
	}
	if u := rowOf(t, v, filepath.Join("各单位", batchtest.Name(2)+"-2023.yaml")); !strings.Contains(u.Note, "不在工作文件夹中") {
		t.Errorf("a pack outside the working folder is not flagged: %q", u.Note)
	}
	if after := listTree(t, pg.dir); after != before {
		t.Errorf("the batch wrote into the working folder:\n%s\nnow:\n%s", before, after)
	}
}

func prepend(t *testing.T, file, text string) {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(file, append([]byte(text), src...), 0o644)
}

// listTree lists the files below dir with their sizes.
func listTree(t *testing.T, dir string) string {
	t.Helper()
	var lines []string
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err == nil {
			lines = append(lines, fmt.Sprintf("%s %d", strings.TrimPrefix(path, dir), info.Size()))
		}
		return err
	})
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestBureauRefusesWhatItMustNot: the limits (one file, the number of
// files, the whole upload, an uploaded pack), files that are not facts,
// folders and packs outside the working folder, and asking for both or
// nothing — each refused with its reason, leaving no file behind and the
// bureau free for the next batch.
func TestBureauRefusesWhatItMustNot(t *testing.T) {
	temp := t.TempDir()
	limits := BureauLimits{Files: 3, FileBytes: 64 << 10, PackBytes: 8 << 10, Total: 150 << 10}
	pg := newPageWith(t, func(c *Config) { c.BureauLimits, c.TempDir = limits, temp })
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "a.yaml"), batchtest.Facts(0), 0o644)
	os.Symlink(outside, filepath.Join(pg.dir, "链接"))
	os.Mkdir(filepath.Join(pg.dir, "空"), 0o755)
	big := upload{"facts", "大.yaml", bytes.Repeat([]byte("# 注释\n"), 10<<10)}
	many := append(units(3), upload{"facts", "第四个.yaml", batchtest.Facts(4)})
	var total []upload
	for i := range 3 {
		total = append(total, upload{"facts", fmt.Sprintf("%d.yaml", i), bytes.Repeat([]byte("#\n"), 30<<10)})
	}
	for _, c := range []struct {
		name   string
		files  []upload
		fields map[string]string
		status int
		msg    string
	}{
		{"one file too big", []upload{big}, nil, 413, "“大.yaml”太大（上限 64 KB）"},
		{"too many files", many, nil, 413, "一次最多汇总 3 个事实文件"},
		{"too much in all", total, nil, 413, "上传的内容共超过 150 KB 的上限"},
		{"a pack too big", append(units(1), upload{"pack", "包.zip", make([]byte, 9<<10)}), nil, 413, "“包.zip”太大（上限 8 KB）"},
		{"not facts", []upload{{"facts", "说明.txt", []byte("x")}}, nil, 400, "不是 .yaml 事实文件"},
		{"a folder outside", nil, map[string]string{"folder": "../" + filepath.Base(outside)}, 400, "只能选择工作文件夹中的"},
		{"a link out", nil, map[string]string{"folder": "链接"}, 400, "工作文件夹中没有“链接”"},
		{"an empty folder", nil, map[string]string{"folder": "空"}, 400, "文件夹“空”中没有 .yaml 事实文件"},
		{"a pack outside", units(1), map[string]string{"packdir": "../x.zip"}, 400, "只能选择工作文件夹中的"},
		{"both", units(1), map[string]string{"folder": "."}, 400, "请只选一种"},
		{"nothing", nil, nil, 400, "请选择各单位的事实文件"},
		{"a broken pack", append(units(1), upload{"pack", "包.zip", []byte("PK not a zip")}), nil, 422, "模板包“包.zip”有错误"},
	} {
		res := pg.runBatch(c.files, c.fields)
		data, _ := io.ReadAll(res.Body)
		if res.StatusCode != c.status || !strings.Contains(string(data), c.msg) {
			t.Errorf("%s: %d %s, want %d %q", c.name, res.StatusCode, data, c.status, c.msg)
		}
		if strings.Contains(string(data), temp) {
			t.Errorf("%s: the message names the server's folder: %s", c.name, data)
		}
		if left, _ := os.ReadDir(temp); len(left) != 0 {
			t.Errorf("%s: left %v", c.name, left)
		}
	}
	if v := pg.batchDone(units(2), nil); v.Failed != 0 {
		t.Errorf("after the refusals: %+v", v)
	}
}

// TestBureauKeepsOneBatchAndCleansUp: the files of a batch live in a
// folder of their own, removed by the next batch and when the server
// stops; the old batch's downloads are gone.
func TestBureauKeepsOneBatchAndCleansUp(t *testing.T) {
	temp := t.TempDir()
	pg := newPageWith(t, func(c *Config) { c.TempDir = temp })
	first := pg.batchDone(units(1), nil)
	if left, _ := os.ReadDir(temp); len(left) != 1 {
		t.Fatalf("temporary folders %v", left)
	}
	second := pg.batchDone(units(2), nil)
	if left, _ := os.ReadDir(temp); len(left) != 1 || second.Job == first.Job {
		t.Fatalf("temporary folders %v after the second batch", left)
	}
	res := pg.do("GET", fmt.Sprintf("/bureau/%d/summary", first.Job), nil, nil)
	if res.StatusCode != http.StatusGone {
		t.Errorf("the first batch's 汇总: %d", res.StatusCode)
	}
}

// TestBureauCloseRemovesTheFiles: stopping the server removes the last
// batch's folder and takes no more batches.
func TestBureauCloseRemovesTheFiles(t *testing.T) {
	temp := t.TempDir()
	p, _ := pack.Default()
	b := newBureau(Config{Pack: p, Dir: t.TempDir(), TempDir: temp})
	dir, id, err := b.reserve()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := b.reserve(); err == nil || !strings.Contains(err.Error(), "上一批还在生成") {
		t.Errorf("a second batch at once: %v", err)
	}
	in := &batchInput{files: []string{filepath.Join(dir, "无.yaml")}, prepared: b.defaultPrepared()}
	if _, err := b.start(id, dir, in); err != nil {
		t.Fatal(err)
	}
	b.Close()
	if left, _ := os.ReadDir(temp); len(left) != 0 {
		t.Errorf("left %v", left)
	}
	if _, _, err := b.reserve(); err == nil {
		t.Error("a batch after Close")
	}
}

// TestBureauGuard: the bureau's endpoints are behind the page's guard — a
// foreign Host is refused on every one, a POST from another origin or
// without the token's cookie too.
func TestBureauGuard(t *testing.T) {
	pg := newPage(t)
	body, ctype := multipartBody(t, units(1), nil)
	for _, c := range []struct {
		method, path string
	}{
		{"GET", "/api/bureau/sources"}, {"GET", "/api/bureau/status?job=1"}, {"GET", "/bureau/1/summary"},
		{"GET", "/bureau/1/zip"}, {"POST", "/api/bureau/run"}, {"POST", "/api/bureau/stop"},
	} {
		res := pg.do(c.method, c.path, body, func(r *http.Request) { r.Host = "evil.example"; r.Header.Set("Content-Type", ctype) })
		if res.StatusCode != http.StatusMisdirectedRequest {
			t.Errorf("%s %s with a foreign Host: %d", c.method, c.path, res.StatusCode)
		}
		if c.method != "POST" {
			continue
		}
		for what, edit := range map[string]func(*http.Request){
			"another origin": func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") },
			"no origin":      func(r *http.Request) { r.Header.Del("Origin") },
			"no cookie":      func(r *http.Request) { r.Header.Del("Cookie") },
		} {
			res := pg.do(c.method, c.path, body, func(r *http.Request) { r.Header.Set("Content-Type", ctype); edit(r) })
			if res.StatusCode != http.StatusForbidden {
				t.Errorf("%s %s from %s: %d", c.method, c.path, what, res.StatusCode)
			}
		}
	}
	var v BatchView
	pg.decode(pg.do("GET", "/api/bureau/status?job=1", nil, nil), &v, http.StatusGone)
}

// TestBureauUploadNames: an upload is named by its plain name, folders
// (of either slash) dropped, and two of one name are told apart; nothing
// is written but into the batch's own folder.
func TestBureauUploadNames(t *testing.T) {
	temp := t.TempDir()
	pg := newPageWith(t, func(c *Config) { c.TempDir = temp })
	files := units(2)
	files[0].name, files[1].name = `..\..\同名.yaml`, "同名.yaml"
	v := pg.batchDone(files, nil)
	var names []string
	for _, u := range v.Units {
		names = append(names, u.File)
	}
	sort.Strings(names)
	if v.Failed != 0 || strings.Join(names, "|") != "同名.yaml|同名（2）.yaml" {
		t.Errorf("names %v, %d failed", names, v.Failed)
	}
	batches, _ := os.ReadDir(temp)
	if len(batches) != 1 {
		t.Fatalf("temporary folders %v", batches)
	}
	inside, _ := os.ReadDir(filepath.Join(temp, batches[0].Name()))
	if len(inside) != 2 || inside[0].Name() != "事实文件" || inside[1].Name() != "材料" {
		t.Errorf("the batch's folder holds %v", inside)
	}
	if tree := listTree(t, temp); strings.Contains(tree, "同名") {
		t.Errorf("an upload's name became a path:\n%s", tree)
	}
}
