// Package atomicfile writes files so that readers see either the old content
// or the complete new one, never a half-written file: data goes to a
// temporary file in the same folder, is synced, and is renamed into place.
//
// Temporary files are named ".jixiao-<random>.tmp", whatever the final
// name, so that a long final name does not make a temporary name too long
// and so that the temporary files a killed run left behind can be
// recognised and removed (RemoveStale) by the next run in the folder.
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Temporary files are TempPrefix + random digits + TempSuffix.
const (
	TempPrefix = ".jixiao-"
	TempSuffix = ".tmp"
)

// Write writes data to path atomically with permission perm.
func Write(path string, data []byte, perm os.FileMode) error {
	return WriteFunc(path, perm, writeData(data))
}

// writeData is the write function that writes data.
func writeData(data []byte) func(*os.File) error {
	return func(f *os.File) error {
		_, err := f.Write(data)
		return err
	}
}

// WriteFunc creates a temporary file next to path, lets write fill it, and
// renames it to path only when write and the sync succeed. On any error the
// temporary file is removed and path is untouched.
func WriteFunc(path string, perm os.FileMode, write func(*os.File) error) error {
	return writeVia(path, perm, write, true)
}

// writeVia is WriteFunc, syncing the temporary file before the rename only
// when sync is set (WriteUnsynced).
func writeVia(path string, perm os.FileMode, write func(*os.File) error, sync bool) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, TempPrefix+"*"+TempSuffix)
	if err != nil {
		return fmt.Errorf("无法在 %s 创建临时文件：%w", dir, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if sync {
		if err = tmp.Sync(); err != nil {
			return err
		}
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp.Name(), perm); err != nil {
		return err
	}
	return rename(tmp.Name(), path)
}

// rename moves the temporary file tmp to path. A folder at path is said so
// in Chinese (the rename's own error names the temporary file).
func rename(tmp, path string) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s 是一个文件夹，无法写出同名文件", path)
	}
	return os.Rename(tmp, path)
}

// RemoveStale removes the temporary files this package left in dir that
// are older than before (the start of the running program, so that the
// files of a run going on at the same time are left alone): regular
// files named TempPrefix…TempSuffix only, nothing else. It returns the
// names removed; files it cannot remove are left.
func RemoveStale(dir string, before time.Time) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, TempPrefix) || !strings.HasSuffix(name, TempSuffix) || !digits(name[len(TempPrefix):len(name)-len(TempSuffix)]) {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.ModTime().Before(before) {
			continue
		}
		if os.Remove(filepath.Join(dir, name)) == nil {
			removed = append(removed, name)
		}
	}
	return removed
}

// digits reports whether s is the non-empty random part os.CreateTemp makes.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
