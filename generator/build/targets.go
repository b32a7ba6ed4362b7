package build

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"
	"unicode/utf16"
)

// started is when this program started: temporary files older than that
// were left by an earlier run that was interrupted.
var started = time.Now()

// maxWindowsPath is the longest path Windows programs can open without
// long-path support (MAX_PATH, 260 with the terminating NUL).
const maxWindowsPath = 259

// Targets checks, before anything is written, that every output can be
// written where it goes: no target is a folder, and on Windows no path is
// longer than MAX_PATH allows.
func Targets(dir string, outs []Output) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	for _, o := range outs {
		path := filepath.Join(abs, o.Name)
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			return fmt.Errorf("%s 是一个文件夹，无法写出同名文档", path)
		}
		if n := len(utf16.Encode([]rune(path))); runtime.GOOS == "windows" && n > maxWindowsPath {
			return fmt.Errorf("%s 的完整路径有 %d 个字符，超过 Windows 的上限 %d：请用 -o 指定一个路径较短的输出文件夹", path, n, maxWindowsPath)
		}
	}
	return nil
}

// Protect returns an error when an output would replace one of the files
// in inputs (the facts file, the templates): jixiao never overwrites them.
func Protect(dir string, outs []Output, inputs ...string) error {
	for _, o := range outs {
		path := filepath.Join(dir, o.Name)
		out, err := os.Stat(path)
		if err != nil {
			continue
		}
		for _, in := range inputs {
			if info, err := os.Stat(in); err == nil && os.SameFile(info, out) {
				return fmt.Errorf("输出文件 %s 就是输入文件 %s，不会覆盖：请换一个输出文件夹", path, in)
			}
		}
	}
	return nil
}
