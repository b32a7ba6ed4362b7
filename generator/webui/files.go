package webui

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// MaxNameBytes bounds a file name from the page.
const MaxNameBytes = 200

// listFacts lists the facts files of dir: plain .yaml and .yml files, not
// hidden, sorted by name.
func listFacts(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if e.Type().IsRegular() && isFactsName(e.Name()) {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out
}

func isFactsName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return (ext == ".yaml" || ext == ".yml") && !strings.HasPrefix(name, ".")
}

// cleanName turns a name from the page (an upload's name, a unit and year)
// into one plain file name in the working folder: folders are dropped,
// characters Windows forbids become “_”, and .yaml is added when missing.
func cleanName(name string) (string, error) {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:*?"<>|`, r) || r < 32 || r == 127 {
			return '_'
		}
		return r
	}, strings.TrimSpace(name))
	name = strings.TrimLeft(name, ".")
	if !isFactsName(name) {
		name += ".yaml"
	}
	if len(name) > MaxNameBytes || name == ".yaml" {
		return "", fmt.Errorf("文件名不合适：%q", name)
	}
	return name, nil
}

// existingFacts returns the path of the facts file name in dir, refusing
// anything but a plain file directly in dir.
func existingFacts(dir, name string) (string, error) {
	if name != filepath.Base(name) || strings.ContainsAny(name, `/\`) || !isFactsName(name) {
		return "", fmt.Errorf("只能打开工作文件夹中的 .yaml 文件，“%s”不是", name)
	}
	path := filepath.Join(dir, name)
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() {
		return "", fmt.Errorf("工作文件夹中没有文件“%s”", name)
	}
	return path, nil
}

// freePath returns dir/name, or dir/名称（2）.yaml and so on when that
// exists, so that a new file never replaces one of the clerk's.
func freePath(dir, name string) string {
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	path := filepath.Join(dir, name)
	for i := 2; exists(path); i++ {
		path = filepath.Join(dir, fmt.Sprintf("%s（%d）%s", stem, i, ext))
	}
	return path
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
