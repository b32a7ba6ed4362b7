package batch

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Files expands the command line's arguments into facts files: a folder
// stands for every .yaml (or .yml) file directly in it, sorted by name; a
// file stands for itself. A file named twice is taken once.
func Files(args []string) ([]string, error) {
	var files []string
	seen := map[string]bool{}
	for _, arg := range args {
		found, err := expand(arg)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			key := filepath.Clean(f)
			if abs, err := filepath.Abs(f); err == nil {
				key = abs
			}
			if !seen[key] {
				seen[key] = true
				files = append(files, f)
			}
		}
	}
	return files, nil
}

func expand(arg string) ([]string, error) {
	info, err := os.Stat(arg)
	if err != nil {
		return nil, fmt.Errorf("找不到 %s", arg)
	}
	if !info.IsDir() {
		return []string{arg}, nil
	}
	entries, err := os.ReadDir(arg)
	if err != nil {
		return nil, fmt.Errorf("无法读取文件夹 %s：%v", arg, err)
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && isYAML(e.Name()) && !strings.HasPrefix(e.Name(), ".") {
			files = append(files, filepath.Join(arg, e.Name()))
		}
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("文件夹 %s 中没有 .yaml 事实文件", arg)
	}
	return files, nil
}

func isYAML(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}
