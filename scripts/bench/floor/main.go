// Command floor is the floor scripts/bench measures jixiao render against:
// the least a program must do to produce the same .docx, as a process of
// its own. It copies every part of the template that rendering leaves
// unchanged raw (still compressed) and deflates the pre-rendered bytes of
// the parts that change, in the template's order, the way the docx
// engine's BenchmarkExampleReport measures its floor in-process; and it
// writes the result as jixiao does (temporary file, sync, rename).
//
//	floor 模板.docx 已渲染的部件.zip 输出.docx
//
// The rendered parts come as a zip whose entries are named as the parts
// they replace.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: floor template.docx rendered.zip out.docx")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

func run(template, parts, out string) error {
	src, err := os.ReadFile(template)
	if err != nil {
		return err
	}
	rendered, err := readParts(parts)
	if err != nil {
		return err
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return err
	}
	return write(out, func(w io.Writer) error { return assemble(w, zr, rendered) })
}

// readParts reads the rendered parts, by name.
func readParts(path string) (map[string][]byte, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	out := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			return nil, err
		}
		data := make([]byte, f.UncompressedSize64)
		_, err = io.ReadFull(r, data)
		r.Close()
		if err != nil {
			return nil, err
		}
		out[f.Name] = data
	}
	return out, nil
}

// assemble writes the archive: rendered parts deflated from their bytes,
// all others copied raw.
func assemble(w io.Writer, zr *zip.Reader, rendered map[string][]byte) error {
	zw := zip.NewWriter(w)
	for _, f := range zr.File {
		data, ok := rendered[f.Name]
		if !ok {
			if err := zw.Copy(f); err != nil {
				return err
			}
			continue
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return err
		}
		if _, err := fw.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// write writes path as jixiao writes its outputs: a temporary file in the
// same folder, filled by fill, synced, then renamed.
func write(path string, fill func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".floor-*.tmp")
	if err != nil {
		return err
	}
	if err := fill(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
