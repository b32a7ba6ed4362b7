package pack

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing/fstest"

	"jixiao/generator/diag"
)

// Limits for a zipped pack, so that a shared file cannot exhaust the
// machine: a pack is a few templates and YAML files.
const (
	MaxZipEntries = 1000
	MaxZipTotal   = 256 << 20 // bytes, uncompressed
	MaxZipFile    = 64 << 20  // bytes, uncompressed, one entry
)

// openZip loads a zipped pack after checking every entry: no absolute paths
// or “..” (zip-slip), no symlinks, bounded entry count and sizes (zip
// bombs), measured while reading, not trusted from the headers. The pack
// may sit at the top of the zip or inside one folder.
func openZip(path string) (*Pack, diag.List) {
	data, err := os.ReadFile(path)
	if err != nil {
		var diags diag.List
		diags.Errorf(diag.Pos{File: path}, "无法读取模板包：%v", err)
		return nil, diags
	}
	return OpenZipBytes(path, data)
}

// OpenZipBytes loads a zipped pack held in memory, named name in
// messages, with the checks of Open.
func OpenZipBytes(name string, data []byte) (*Pack, diag.List) {
	var diags diag.List
	if len(data) > MaxZipTotal {
		diags.Errorf(diag.Pos{File: name}, "拒绝使用这个模板包：文件有 %d MB，超过 %d MB 的上限", len(data)>>20, MaxZipTotal>>20)
		return nil, diags
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		diags.Errorf(diag.Pos{File: name}, "不是有效的 .zip 文件：%v", err)
		return nil, diags
	}
	files, err := readZip(zr)
	if err != nil {
		diags.Errorf(diag.Pos{File: name}, "拒绝使用这个模板包：%v", err)
		return nil, diags
	}
	return load(name, files)
}

// readZip extracts the entries into memory, enforcing the limits.
func readZip(zr *zip.Reader) (fs.FS, error) {
	if len(zr.File) > MaxZipEntries {
		return nil, fmt.Errorf("包含 %d 个文件，超过上限 %d", len(zr.File), MaxZipEntries)
	}
	if err := declaredSizes(zr); err != nil {
		return nil, err
	}
	files, total := fstest.MapFS{}, int64(0)
	for _, f := range zr.File {
		name, err := entryName(f)
		if err != nil || name == "" {
			if err != nil {
				return nil, err
			}
			continue
		}
		data, err := readEntry(f, MaxZipTotal-total)
		if err != nil {
			return nil, fmt.Errorf("%s：%w", f.Name, err)
		}
		total += int64(len(data))
		files[name] = &fstest.MapFile{Data: data, Mode: 0o444}
	}
	return stripTopFolder(files), nil
}

// declaredSizes refuses a zip whose headers already announce too much; the
// sizes are enforced again while reading, since headers can lie.
func declaredSizes(zr *zip.Reader) error {
	var total uint64
	for _, f := range zr.File {
		if f.UncompressedSize64 > MaxZipFile {
			return fmt.Errorf("%s 解压后有 %d MB，超过单个文件 %d MB 的上限（可能是“压缩炸弹”）", f.Name, f.UncompressedSize64>>20, MaxZipFile>>20)
		}
		total += f.UncompressedSize64
	}
	if total > MaxZipTotal {
		return fmt.Errorf("解压后共 %d MB，超过 %d MB 的上限", total>>20, MaxZipTotal>>20)
	}
	return nil
}

// entryName validates an entry's name and type; folders give "".
func entryName(f *zip.File) (string, error) {
	name := strings.ReplaceAll(f.Name, `\`, "/")
	if f.Mode()&fs.ModeSymlink != 0 {
		return "", fmt.Errorf("%s 是符号链接，模板包中不允许", f.Name)
	}
	if strings.HasPrefix(name, "/") || path.IsAbs(name) || strings.Contains(name, ":") {
		return "", fmt.Errorf("%s 是绝对路径，模板包中不允许", f.Name)
	}
	clean := path.Clean(name)
	if clean == ".." || strings.HasPrefix(clean, "../") || !fs.ValidPath(clean) {
		return "", fmt.Errorf("%s 指向模板包以外的位置（zip-slip），拒绝使用", f.Name)
	}
	if f.FileInfo().IsDir() {
		return "", nil
	}
	if !f.Mode().IsRegular() {
		return "", fmt.Errorf("%s 不是普通文件", f.Name)
	}
	return clean, nil
}

// readEntry reads at most min(left, MaxZipFile) bytes, failing beyond.
func readEntry(f *zip.File, left int64) ([]byte, error) {
	limit := min(left, MaxZipFile)
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(rc, limit+1))
	if errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) {
		return nil, errors.New("文件已损坏，或解压后的大小与声明的不符（可能是“压缩炸弹”）")
	}
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, fmt.Errorf("解压后超过 %d MB 的上限（可能是“压缩炸弹”）", limit>>20)
	}
	return buf.Bytes(), nil
}

// stripTopFolder makes "包/pack.yaml" readable as "pack.yaml" when the zip
// holds the pack inside one folder.
func stripTopFolder(files fstest.MapFS) fs.FS {
	if _, ok := files["pack.yaml"]; ok {
		return files
	}
	top := ""
	for name := range files {
		dir, _, found := strings.Cut(name, "/")
		if !found || (top != "" && dir != top) {
			return files
		}
		top = dir
	}
	sub, err := fs.Sub(files, top)
	if err != nil {
		return files
	}
	return sub
}
