package webui

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"jixiao/generator/build"
	"jixiao/generator/diag"
	"jixiao/generator/pack"
)

// Sources are what the working folder offers the bureau's page: the
// folders holding facts files and the packs.
type Sources struct {
	Dir     string       `json:"dir"`
	Folders []FolderInfo `json:"folders"`
	Packs   []string     `json:"packs"` // pack folders (with pack.yaml) and .zip files
	Pack    string       `json:"pack"`  // 名称 版本 of the page's own pack, the default
}

// FolderInfo is a folder of the working folder ("." for itself) with the
// number of facts files directly in it.
type FolderInfo struct {
	Name  string `json:"name"`
	Facts int    `json:"facts"`
}

// Sources lists the working folder's folders of facts files and packs.
func (b *Bureau) Sources() *Sources {
	meta := b.cfg.Pack.Meta
	s := &Sources{Dir: b.cfg.Dir, Folders: []FolderInfo{}, Packs: []string{}, Pack: meta.Name + " " + meta.Version}
	if n := len(listFacts(b.cfg.Dir)); n > 0 {
		s.Folders = append(s.Folders, FolderInfo{".", n})
	}
	entries, _ := os.ReadDir(b.cfg.Dir)
	for _, e := range entries {
		switch name := e.Name(); {
		case strings.HasPrefix(name, "."):
		case e.IsDir() && exists(filepath.Join(b.cfg.Dir, name, "pack.yaml")):
			s.Packs = append(s.Packs, name)
		case e.IsDir():
			if n := len(listFacts(filepath.Join(b.cfg.Dir, name))); n > 0 {
				s.Folders = append(s.Folders, FolderInfo{name, n})
			}
		case e.Type().IsRegular() && strings.EqualFold(filepath.Ext(name), ".zip"):
			s.Packs = append(s.Packs, name)
		}
	}
	return s
}

// workEntry is the path of name, a folder or file directly in the working
// folder ("." for the folder itself), refusing anything else: other
// folders, links, hidden names.
func (b *Bureau) workEntry(name string, dir bool) (string, error) {
	if name == "." && dir {
		return b.cfg.Dir, nil
	}
	if name != filepath.Base(name) || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		return "", pageErr(http.StatusBadRequest, "只能选择工作文件夹中的文件夹或文件，“%s”不是", name)
	}
	path := filepath.Join(b.cfg.Dir, name)
	info, err := os.Lstat(path)
	if err != nil || info.IsDir() != dir || !(info.IsDir() || info.Mode().IsRegular()) {
		return "", pageErr(http.StatusBadRequest, "工作文件夹中没有“%s”", name)
	}
	return path, nil
}

// folderFiles lists the facts files of a folder of the working folder,
// within the limits of an upload, each named by its place in the working
// folder.
func (b *Bureau) folderFiles(folder string) ([]string, map[string]string, error) {
	dir, err := b.workEntry(folder, true)
	if err != nil {
		return nil, nil, err
	}
	var files []string
	names := map[string]string{}
	var total int64
	for _, name := range listFacts(dir) {
		path := filepath.Join(dir, name)
		info, err := os.Lstat(path)
		switch {
		case err != nil:
			return nil, nil, pageErr(http.StatusNotFound, "无法读取“%s”：%v", name, err)
		case info.Size() > b.limits.FileBytes:
			return nil, nil, pageErr(http.StatusRequestEntityTooLarge, "“%s”太大（上限 %s）", name, sizeText(b.limits.FileBytes))
		case len(files) >= b.limits.Files:
			return nil, nil, pageErr(http.StatusRequestEntityTooLarge, "一次最多汇总 %d 个事实文件，请分批汇总", b.limits.Files)
		}
		if total += info.Size(); total > b.limits.Total {
			return nil, nil, pageErr(http.StatusRequestEntityTooLarge, "事实文件共超过 %s 的上限，请分批汇总", sizeText(b.limits.Total))
		}
		files = append(files, path)
		names[path] = filepath.Join(folder, name)
	}
	if len(files) == 0 {
		return nil, nil, pageErr(http.StatusBadRequest, "文件夹“%s”中没有 .yaml 事实文件", folder)
	}
	return files, names, nil
}

// packOf is the pack of the batch, its templates parsed: the uploaded one,
// the one chosen in the working folder, or the page's own.
func (b *Bureau) packOf(f *batchForm) (*build.Prepared, error) {
	var path, shown string
	switch {
	case f.packFile != "" && f.packDir != "":
		return nil, pageErr(http.StatusBadRequest, "请只选一个模板包：上传的，或工作文件夹中的")
	case f.packFile != "":
		path, shown = f.packFile, f.packName
	case f.packDir != "":
		var err error
		if path, err = b.packEntry(f.packDir); err != nil {
			return nil, err
		}
		shown = f.packDir
	default:
		return checkedPrepared(b.defaultPrepared(), b.cfg.Pack.Source)
	}
	p, diags := pack.Open(path)
	if p == nil || diags.HasErrors() {
		return nil, pageErr(http.StatusUnprocessableEntity, "模板包“%s”有错误，没有生成任何单位：\n%s", shown, listed(diags, path, shown))
	}
	return checkedPrepared(build.Prepare(p), shown)
}

// packEntry is a pack folder or .zip of the working folder.
func (b *Bureau) packEntry(name string) (string, error) {
	if strings.EqualFold(filepath.Ext(name), ".zip") {
		return b.workEntry(name, false)
	}
	return b.workEntry(name, true)
}

// checkedPrepared refuses a pack whose templates have errors.
func checkedPrepared(p *build.Prepared, shown string) (*build.Prepared, error) {
	if problems := p.Problems(); problems.HasErrors() {
		return nil, pageErr(http.StatusUnprocessableEntity, "模板包“%s”的模板有错误，没有生成任何单位：\n%s", shown, listed(problems, "", ""))
	}
	return p, nil
}

// listed is the errors of l, one a line (at most ten), with the path where
// the server keeps a file replaced by its name as shown.
func listed(l diag.List, path, shown string) string {
	var lines []string
	for i, d := range l.Errors() {
		if i == 10 {
			lines = append(lines, "……")
			break
		}
		line := d.String()
		if path != "" {
			line = strings.ReplaceAll(line, path, shown)
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// packPath resolves the 模板包 a facts file names, for the 汇总's stamp
// (batch.Options.PackPath): relative to the file in the working folder, or
// for an uploaded file relative to the working folder itself, where the
// bureau keeps its packs; a name equal to the uploaded pack's is that pack.
// Nothing outside the working folder is read.
func (b *Bureau) packPath(in *batchInput) func(file, ref string) (string, error) {
	root, err := filepath.Abs(b.cfg.Dir)
	if err != nil {
		root = b.cfg.Dir
	}
	return func(file, ref string) (string, error) {
		if in.packFile != "" && plainName(ref) == in.packName {
			return in.packFile, nil
		}
		base := filepath.Dir(file)
		if in.uploaded {
			base = root
		}
		path := ref
		if !filepath.IsAbs(ref) {
			path = filepath.Join(base, ref)
		}
		if abs, err := filepath.Abs(path); err != nil || !within(root, abs) {
			return "", errors.New("它不在工作文件夹中（网页只读取工作文件夹中的模板包）")
		}
		return path, nil
	}
}

// within reports whether path is dir or below it (lexically).
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
