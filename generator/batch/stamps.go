package batch

import (
	"fmt"
	"path/filepath"
	"sync"

	"jixiao/generator/pack"
	"jixiao/generator/summary"
)

// stamps tells the pack each facts file names in its 模板包 (written by
// `init --pack`), by the pack.yaml 名称 and 版本 of that pack, so that the
// 汇总 can flag the units whose facts were made for another pack or
// version. Each pack is opened once.
type stamps struct {
	mu    sync.Mutex
	batch *pack.Pack
	path  func(file, ref string) (string, error) // Options.PackPath
	known map[string]stamp                       // by absolute path
}

type stamp struct {
	pack summary.PackStamp
	note string
}

func newStamps(batch *pack.Pack, path func(file, ref string) (string, error)) *stamps {
	if path == nil {
		path = besideFile
	}
	return &stamps{batch: batch, path: path, known: map[string]stamp{}}
}

// besideFile resolves ref relative to the facts file's folder.
func besideFile(file, ref string) (string, error) {
	if filepath.IsAbs(ref) {
		return ref, nil
	}
	return filepath.Join(filepath.Dir(file), ref), nil
}

// of returns the pack named by ref (relative to the facts file), or the
// zero stamp when ref is "", and a note when that pack cannot be read.
func (s *stamps) of(file, ref string) (summary.PackStamp, string) {
	if ref == "" {
		return summary.PackStamp{}, ""
	}
	path, err := s.path(file, ref)
	if err != nil {
		return summary.PackStamp{Name: ref}, fmt.Sprintf("事实文件写明的模板包“%s”无法核对：%v", ref, err)
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.known[path]
	if !ok {
		st = s.open(ref, path)
		s.known[path] = st
	}
	return st.pack, st.note
}

// open reads the pack's pack.yaml through pack.Open.
func (s *stamps) open(ref, path string) stamp {
	if s.batch.Source != pack.BuiltIn {
		if abs, err := filepath.Abs(s.batch.Source); err == nil && abs == path {
			return stamp{pack: summary.PackStamp{Name: s.batch.Meta.Name, Version: s.batch.Meta.Version}}
		}
	}
	p, diags := pack.Open(path)
	if p == nil || diags.HasErrors() {
		return stamp{pack: summary.PackStamp{Name: ref}, note: fmt.Sprintf("事实文件写明的模板包“%s”无法读取", ref)}
	}
	return stamp{pack: summary.PackStamp{Name: p.Meta.Name, Version: p.Meta.Version}}
}
