package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteReplacesWhole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.docx")
	if err := Write(path, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "new" {
		t.Fatalf("got %q", got)
	}
}

func TestFailedWriteLeavesOldFileAndNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.docx")
	os.WriteFile(path, []byte("old"), 0o644)
	err := WriteFunc(path, 0o644, func(f *os.File) error {
		f.Write([]byte("half"))
		return errors.New("boom")
	})
	if err == nil {
		t.Fatal("no error")
	}
	got, _ := os.ReadFile(path)
	entries, _ := os.ReadDir(dir)
	if string(got) != "old" || len(entries) != 1 {
		t.Fatalf("content %q, %d entries", got, len(entries))
	}
}

// TestTempNamesAreShortAndRecognisable: a final name near the file
// system's limit still gets a temporary file, and the temporary file's
// name is the package's own.
func TestTempNamesAreShortAndRecognisable(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("长", 80) + ".docx" // 245 bytes
	var tmpName string
	err := WriteFunc(filepath.Join(dir, long), 0o644, func(f *os.File) error {
		tmpName = filepath.Base(f.Name())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(tmpName, TempPrefix) || !strings.HasSuffix(tmpName, TempSuffix) {
		t.Errorf("temporary name %q", tmpName)
	}
}

// TestRemoveStaleRemovesOnlyOldTempFiles: leftovers older than the run
// go; a newer temporary file (another run's), look-alikes and folders
// stay.
func TestRemoveStaleRemovesOnlyOldTempFiles(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	write := func(name string, mtime time.Time) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(p, mtime, mtime)
	}
	write(".jixiao-123456.tmp", old)
	write(".jixiao-99.tmp", old)
	write(".jixiao-777.tmp", time.Now().Add(time.Hour)) // another run, started later
	write(".jixiao-abc.tmp", old)                       // not ours
	write("jixiao-123.tmp", old)                        // not ours
	write("报告.docx", old)
	os.Mkdir(filepath.Join(dir, ".jixiao-5.tmp"), 0o755)
	removed := RemoveStale(dir, time.Now())
	if strings.Join(removed, ",") != ".jixiao-123456.tmp,.jixiao-99.tmp" {
		t.Errorf("removed %v", removed)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 5 {
		t.Errorf("%d entries left; want 5", len(entries))
	}
}

// TestWriteOverAFolder: a folder where the file goes is said so, both ways
// of writing, and no temporary file is left.
func TestWriteOverAFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "汇总-2023.xlsx")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, write := range map[string]func(string, []byte, os.FileMode) error{"Write": Write, "WriteUnsynced": WriteUnsynced} {
		err := write(path, []byte("x"), 0o644)
		if err == nil || !strings.Contains(err.Error(), "是一个文件夹") {
			t.Errorf("%s: %v", name, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}
