package facts

import (
	"io"
	"os"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/yamlsrc"
)

// The limits of one facts file. A county unit's facts take some tens of
// KB and a few hundred list items; a file beyond these is a pasted table or
// a wrong file, and is refused before it is parsed, so that it can neither
// fill memory nor reach the templates. The list items bound what a file can
// make the templates do; the size bound is generous (long pasted texts and
// comments are read, and their errors listed, in time linear in the size).
const (
	// MaxFileBytes bounds the size of a facts file.
	MaxFileBytes = 64 << 20
	// MaxListItems bounds the items of all the lists of a facts file
	// together (公共项目, 职能职责条目, 管理制度 …).
	MaxListItems = 10_000
)

// ReadFile reads the facts file at path, but no more than MaxFileBytes and
// one byte: Load refuses a longer file, at the line where it goes beyond a
// limit, from what was read.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
}

// checkLimits refuses src when its lists have more than MaxListItems items
// together, at the first item beyond, or when it is longer than
// MaxFileBytes, at the line where it passes the limit.
func checkLimits(file string, src []byte) diag.List {
	var diags diag.List
	if line, col, key, ok := yamlsrc.ItemBeyond(src, MaxListItems); ok {
		what := "这一项"
		if key != "" {
			what = "“" + key + "”的这一项"
		}
		diags.Errorf(diag.Pos{File: file, Line: line, Col: col},
			"列表项太多：一个事实文件中所有列表合计最多 %d 项，%s已是第 %d 项；请检查是否粘贴了整张表或用错了文件",
			MaxListItems, what, MaxListItems+1)
		return diags
	}
	if len(src) > MaxFileBytes {
		diags.Errorf(diag.Pos{File: file, Line: lineAt(src, MaxFileBytes), Col: 1},
			"事实文件超过 %d MB 的上限，从这一行起超出；请检查是否粘贴了整张表或用错了文件", MaxFileBytes>>20)
	}
	return diags
}

// lineAt is the 1-based line holding byte offset i of src.
func lineAt(src []byte, i int) int {
	return strings.Count(string(src[:i]), "\n") + 1
}
