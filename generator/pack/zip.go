package pack

import (
	"jixiao/generator/diag"
)

// openZip loads a zipped pack.
func openZip(path string) (*Pack, diag.List) {
	var diags diag.List
	diags.Errorf(diag.Pos{File: path}, "暂不支持 .zip 模板包，请先解压")
	return nil, diags
}
