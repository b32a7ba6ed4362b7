package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteUnsyncedReplacesWholeAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.docx")
	os.WriteFile(path, []byte("old"), 0o644)
	if err := WriteUnsynced(path, []byte("new"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	entries, _ := os.ReadDir(dir)
	if string(got) != "new" || info.Mode().Perm() != 0o600 || len(entries) != 1 {
		t.Fatalf("content %q, mode %v, %d entries", got, info.Mode(), len(entries))
	}
}

// TestWriteUnsyncedFailureLeavesNoTemp: a folder in the way of the rename.
func TestWriteUnsyncedFailureLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.docx")
	os.MkdirAll(filepath.Join(path, "x"), 0o755)
	if err := WriteUnsynced(path, []byte("new"), 0o644); err == nil {
		t.Fatal("no error")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("%d entries left", len(entries))
	}
}
