package pdf

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// ErrNoOffice is returned by Find when LibreOffice is not installed.
var ErrNoOffice = errors.New("没有找到 LibreOffice（soffice），无法生成 PDF。" +
	"请安装 LibreOffice（https://zh-cn.libreoffice.org/download/ ；Windows 安装到默认位置即可，" +
	"Debian/Ubuntu：sudo apt-get install libreoffice-writer libreoffice-calc）后重新运行")

// Find returns the path of LibreOffice's soffice: on PATH (soffice or
// libreoffice), else in the standard install folders of Windows and macOS.
func Find() (string, error) {
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	for _, p := range installed() {
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			return p, nil
		}
	}
	return "", ErrNoOffice
}

// installed lists where LibreOffice's installers put soffice.
func installed() []string {
	switch runtime.GOOS {
	case "windows":
		var out []string
		for _, env := range []string{"ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"} {
			if dir := os.Getenv(env); dir != "" {
				out = append(out, filepath.Join(dir, "LibreOffice", "program", "soffice.exe"))
			}
		}
		return append(out, `C:\Program Files\LibreOffice\program\soffice.exe`,
			`C:\Program Files (x86)\LibreOffice\program\soffice.exe`)
	case "darwin":
		return []string{"/Applications/LibreOffice.app/Contents/MacOS/soffice"}
	}
	return nil
}
