package pdf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"jixiao/generator/batch/batchtest"
	"jixiao/generator/build"
	"jixiao/generator/evaluate"
	"jixiao/generator/internal/clienttest"
	"jixiao/generator/pack"
)

func TestNamesNeverCollide(t *testing.T) {
	docs := []string{"d/附件1-1 甲指标表.xlsx", "d/附件1-1 甲指标表.docx", "d/附件1-1 甲指标表评分说明.docx",
		"d/附件1-3 2023年度甲整体支出绩效自评报告.docx", "d/汇总.XLSX"}
	want := []string{"附件1-1 甲指标表（Excel）.pdf", "附件1-1 甲指标表（Word）.pdf", "附件1-1 甲指标表评分说明.pdf",
		"附件1-3 2023年度甲整体支出绩效自评报告.pdf", "汇总.pdf"}
	if got := Names(docs); !slices.Equal(got, want) {
		t.Errorf("Names = %q", got)
	}
}

func TestSplitDealsDocumentsInOrder(t *testing.T) {
	for _, c := range []struct {
		n, w int
		want string
	}{
		{8, 2, "[[0 1 2 3] [4 5 6 7]]"},
		{3, 4, "[[0] [1] [2]]"},
		{5, 1, "[[0 1 2 3 4]]"},
	} {
		if got := fmtChunks(split(c.n, c.w)); got != c.want {
			t.Errorf("split(%d, %d) = %s", c.n, c.w, got)
		}
	}
}

func fmtChunks(c [][]int) string {
	var parts []string
	for _, ch := range c {
		var s []string
		for _, i := range ch {
			s = append(s, string(rune('0'+i)))
		}
		parts = append(parts, "["+strings.Join(s, " ")+"]")
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func TestFileURL(t *testing.T) {
	got := fileURL("/tmp/工作 目录/p0")
	if got != "file:///tmp/%E5%B7%A5%E4%BD%9C%20%E7%9B%AE%E5%BD%95/p0" {
		t.Errorf("fileURL = %s", got)
	}
}

func TestFindWithoutOfficeNamesWhatToInstall(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("the standard install folders may hold LibreOffice")
	}
	t.Setenv("PATH", t.TempDir())
	if _, err := Find(); !errors.Is(err, ErrNoOffice) || !strings.Contains(err.Error(), "请安装 LibreOffice") {
		t.Errorf("Find: %v", err)
	}
}

func TestMissingFontsFromFcList(t *testing.T) {
	have := familySet("Noto Serif CJK SC,Noto Serif CJK SC Medium\n仿宋,FangSong\nSimHei,黑体\n宋体\n")
	var missing []string
	for _, f := range Fonts {
		if !f.availableIn(have) {
			missing = append(missing, f.Name)
		}
	}
	if !slices.Equal(missing, []string{"楷体_GB2312"}) {
		t.Errorf("missing %v (方正小标宋简体 falls back to 宋体)", missing)
	}
	if d := Describe(Fonts[1:2]); d != "楷体_GB2312（或楷体）" {
		t.Errorf("Describe = %s", d)
	}
}

// unitDocs builds the complete example's documents into a folder.
func unitDocs(t *testing.T) []string {
	t.Helper()
	p, _ := pack.Default()
	res, diags := evaluate.Run(p, "unit.yaml", batchtest.Facts(0))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	outs, diags := build.Render(res)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	paths, err := build.Write(filepath.Join(t.TempDir(), "单位"), outs)
	if err != nil {
		t.Fatal(err)
	}
	return paths
}

// TestConvertWithLibreOffice: one PDF per document, next to it, with
// unique names, each holding the unit's name; no temporary folder left.
func TestConvertWithLibreOffice(t *testing.T) {
	clienttest.Require(t, "soffice", "pdftotext")
	office, err := Find()
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(office, 2)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	docs := unitDocs(t)
	pdfs, err := c.Convert(context.Background(), docs)
	if err != nil || len(pdfs) != len(docs) {
		t.Fatalf("%d PDFs for %d documents: %v", len(pdfs), len(docs), err)
	}
	seen := map[string]bool{}
	for _, p := range pdfs {
		if seen[p] {
			t.Errorf("two documents give %s", p)
		}
		seen[p] = true
		if !strings.Contains(squeeze(clienttest.TextOfPDF(t, p)), batchtest.Name(0)) {
			t.Errorf("%s lacks the unit's name", filepath.Base(p))
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(docs[0]))
	if len(entries) != 2*len(docs) {
		t.Errorf("%d files in the folder, want %d documents and their PDFs", len(entries), len(docs))
	}
}

// TestTimeLimitStopsLibreOfficeAndItsChildren runs a stand-in soffice that
// starts a child and hangs: the run stops at its limit, the child is
// killed, and the error says why.
func TestTimeLimitStopsLibreOfficeAndItsChildren(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("a shell script stands in for soffice")
	}
	dir := t.TempDir()
	pidFile := filepath.Join(dir, "child.pid")
	fake := filepath.Join(dir, "soffice")
	script := "#!/bin/sh\nsleep 60 &\necho $! > " + pidFile + "\nwait\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	c, err := New(fake, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetLimits(500*time.Millisecond, 100*time.Millisecond)
	doc := filepath.Join(dir, "a.docx")
	os.WriteFile(doc, []byte("x"), 0o644)
	start := time.Now()
	pdfs, err := c.Convert(context.Background(), []string{doc})
	if err == nil || !strings.Contains(err.Error(), "超过") || len(pdfs) != 0 || time.Since(start) > 10*time.Second {
		t.Fatalf("pdfs %v, err %v after %v", pdfs, err, time.Since(start))
	}
	pid, _ := os.ReadFile(pidFile)
	time.Sleep(200 * time.Millisecond)
	if alive(strings.TrimSpace(string(pid))) {
		t.Errorf("the child %s of the stopped run is still alive", pid)
	}
}

// alive reports whether process pid runs (on Linux; a zombie waiting for
// a parent that does not reap it has ended).
func alive(pid string) bool {
	stat, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return false
	}
	fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
	return len(fields) > 0 && fields[0] != "Z"
}

// squeeze removes the spaces pdftotext puts between Chinese characters and
// digits (“示例县单位 001”).
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}
