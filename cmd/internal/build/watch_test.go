package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/cmd/internal/cmdtest"
	"jixiao/cmd/internal/cmdutil"
)

// waitFor polls buf until it contains want n times, or fails after 20 s.
func waitFor(t *testing.T, buf *cmdtest.SyncBuffer, want string, n int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for strings.Count(buf.String(), want) < n {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %q (×%d) in:\n%s", want, n, buf.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

const staff = "单位: 某局\n年度: 2023\n人员:\n  编制数: 50\n  在职人数: %s\n"

func TestWatchRebuildsAndKeepsLastGoodOutput(t *testing.T) {
	dir := t.TempDir()
	facts := filepath.Join(dir, "某局.yaml")
	write := func(s string) {
		if err := os.WriteFile(facts, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(strings.Replace(staff, "%s", "48", 1))
	out, errb := &cmdtest.SyncBuffer{}, &cmdtest.SyncBuffer{}
	io := &cmdutil.IO{Out: out, Err: errb, Sources: map[string][]byte{}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	outDir := filepath.Join(dir, "out")
	go func() {
		done <- buildRun(io, &Options{Out: outDir, Watch: true, Facts: []string{facts}, Context: ctx})
	}()
	waitFor(t, out, "正在监视文件变化", 1)
	report := filepath.Join(outDir, "附件1-3 2023年度某局整体支出绩效自评报告.docx")
	first, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}

	write(strings.Replace(staff, "%s", "60", 1))
	waitFor(t, out, "文件有变化，重新生成", 1)
	waitFor(t, out, "新发现 1 个问题", 1)
	if !strings.Contains(errb.String(), "在职人员控制率=60÷50×100%=120%") {
		t.Errorf("the new finding is not shown:\n%s", errb.String())
	}
	second, _ := os.ReadFile(report)
	if bytes.Equal(first, second) {
		t.Error("the report did not change")
	}

	write("单位: 某局\n年度: 2023\n人员: [\n")
	waitFor(t, errb, "上一次生成的文档保持不变", 1)
	third, _ := os.ReadFile(report)
	if !bytes.Equal(second, third) {
		t.Error("a file that fails to parse changed the last good report")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestWatchSeesThePackTheFactsFileNames: without --pack, the files of the
// pack the facts file names (模板包, relative to the file) are watched, so
// saving a template there rebuilds; the pack named later is watched then.
func TestWatchSeesThePackTheFactsFileNames(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"包甲/pack.yaml", "包乙/pack.yaml"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(f)), 0o755)
		os.WriteFile(filepath.Join(dir, f), []byte("名称: 包\n"), 0o644)
	}
	facts := filepath.Join(dir, "某局.yaml")
	os.WriteFile(facts, []byte("模板包: 包甲\n单位: 某局\n"), 0o644)
	opts := &Options{Facts: []string{facts}}
	before := watchedState(opts)
	os.WriteFile(filepath.Join(dir, "包甲/附件1-3 自评报告.docx"), []byte("新模板"), 0o644)
	if watchedState(opts) == before {
		t.Error("a template saved in the pack the facts file names is not seen")
	}
	os.WriteFile(facts, []byte("模板包: 包乙\n单位: 某局\n"), 0o644)
	before = watchedState(opts)
	os.WriteFile(filepath.Join(dir, "包乙/pack.yaml"), []byte("名称: 包乙\n"), 0o644)
	if watchedState(opts) == before {
		t.Error("after 模板包 changed, the new pack is not watched")
	}
}
