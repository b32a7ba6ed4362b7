package pack

import (
	"bytes"
	"io"
	"io/fs"
	"sort"
	"time"
)

// overlay adds one file to an fs.FS; the built-in pack gets its example
// facts file from the data package this way, so there is one copy of it.
type overlay struct {
	fs.FS
	name string
	data []byte
}

// Open implements fs.FS.
func (o overlay) Open(name string) (fs.File, error) {
	if name == o.name {
		return &memFile{Reader: bytes.NewReader(o.data), name: name, size: int64(len(o.data))}, nil
	}
	return o.FS.Open(name)
}

// ReadDir lists the underlying folder plus the overlaid file at the root.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(o.FS, name)
	if err != nil || name != "." {
		return entries, err
	}
	f := &memFile{name: o.name, size: int64(len(o.data))}
	entries = append(entries, fs.FileInfoToDirEntry(f))
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	return entries, nil
}

type memFile struct {
	*bytes.Reader
	name string
	size int64
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f, nil }
func (f *memFile) Close() error               { return nil }
func (f *memFile) Name() string               { return f.name }
func (f *memFile) Size() int64                { return f.size }
func (f *memFile) Mode() fs.FileMode          { return 0o444 }
func (f *memFile) ModTime() time.Time         { return time.Time{} }
func (f *memFile) IsDir() bool                { return false }
func (f *memFile) Sys() any                   { return nil }

var _ io.Reader = (*memFile)(nil)
