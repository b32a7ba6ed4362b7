package pack

import (
	"os"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/fserr"
)

// Open loads the pack at path: a folder, or a .zip of one. An empty path
// gives the built-in pack.
func Open(path string) (*Pack, diag.List) {
	if path == "" {
		return Default()
	}
	var diags diag.List
	info, err := os.Stat(path)
	switch {
	case err != nil:
		diags.Errorf(diag.Pos{File: path}, "无法打开模板包：%s", fserr.Explain(err))
	case info.IsDir():
		return openFolder(path)
	case strings.HasSuffix(strings.ToLower(path), ".zip"):
		return openZip(path)
	default:
		diags.Errorf(diag.Pos{File: path}, "模板包应是文件夹或 .zip 文件")
	}
	return nil, diags
}
