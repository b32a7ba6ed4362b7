package pack

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"jixiao/generator/atomicfile"
)

// Export writes every file of the pack into dir, creating it. Existing files
// are never overwritten: the export stops before writing anything when one
// of them is already there.
func Export(p *Pack, dir string) ([]string, error) {
	names, err := files(p.FS)
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(n))); err == nil {
			return nil, fmt.Errorf("%s 已存在，不会覆盖；请换一个空文件夹", filepath.Join(dir, n))
		}
	}
	var written []string
	for _, n := range names {
		data, err := fs.ReadFile(p.FS, n)
		if err != nil {
			return written, err
		}
		path := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return written, err
		}
		if err := atomicfile.Write(path, data, 0o644); err != nil {
			return written, err
		}
		written = append(written, path)
	}
	return written, nil
}

// files lists the regular files of fsys, sorted, with the symbolic links
// of a pack folder (which Open has checked point to regular files inside
// the folder) as the files they point to.
func files(fsys fs.FS) ([]string, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0 {
			names = append(names, path)
		}
		return nil
	})
	sort.Strings(names)
	return names, err
}

// zipTime is the modification time of every entry of a bundled pack, so
// that bundling the same folder twice gives the same bytes.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Zip bundles the pack p into the file out (atomically), entries sorted,
// with fixed times. Load the pack first, so that only a valid pack is
// bundled.
func Zip(p *Pack, out string) error {
	data, err := ZipBytes(p)
	if err != nil {
		return err
	}
	return atomicfile.Write(out, data, 0o644)
}

// ZipBytes bundles the pack p in memory, entries sorted, with fixed times,
// so that the bundle can be opened and checked before it is written.
func ZipBytes(p *Pack) ([]byte, error) {
	names, err := files(p.FS)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, n := range names {
		data, err := fs.ReadFile(p.FS, n)
		if err != nil {
			return nil, err
		}
		w, err := z.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Files lists the pack's files, sorted.
func (p *Pack) Files() []string {
	names, _ := files(p.FS)
	return names
}
