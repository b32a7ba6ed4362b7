package pack

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"jixiao/generator/diag"
)

// openFolder loads a pack folder. Symbolic links inside it are followed
// when they point to a regular file inside the same folder, as if the
// file were there; a link that points outside the folder, to a folder or
// nowhere is refused, naming the link. `pack zip` applies the same rule
// (it reads the pack through the same files), so a zipped pack holds
// exactly what the folder pack used.
func openFolder(dir string) (*Pack, diag.List) {
	if err := checkLinks(dir); err != nil {
		var diags diag.List
		diags.Errorf(diag.Pos{File: dir}, "拒绝使用这个模板包：%v", err)
		return nil, diags
	}
	return load(dir, os.DirFS(dir))
}

// checkLinks refuses the symbolic links of dir that do not point to a
// regular file inside dir.
func checkLinks(dir string) error {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return err
	}
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.Type()&fs.ModeSymlink == 0 {
			return err
		}
		target, err := filepath.EvalSymlinks(p)
		if err != nil {
			return fmt.Errorf("%s 是符号链接，指向的文件不存在", p)
		}
		if rel, err := filepath.Rel(root, target); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return fmt.Errorf("%s 是指向模板包以外（%s）的符号链接，模板包中不允许：请把文件本身复制到模板包里", p, target)
		}
		if info, err := os.Stat(target); err != nil || !info.Mode().IsRegular() {
			return fmt.Errorf("%s 是指向文件夹的符号链接，模板包中不允许", p)
		}
		return nil
	})
}
