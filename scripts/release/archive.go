package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io/fs"
	"time"
)

// File is one entry of a release archive.
type File struct {
	Name string // slash-separated, below the archive's folder
	Data []byte
	Exec bool
}

// Zip packs files below folder/ with the time stamp, in their order.
func Zip(folder string, files []File, stamp time.Time) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range files {
		h := &zip.FileHeader{Name: folder + "/" + f.Name, Method: zip.Deflate, Modified: stamp}
		h.SetMode(mode(f))
		w, err := z.CreateHeader(h)
		must(err)
		_, err = w.Write(f.Data)
		must(err)
	}
	must(z.Close())
	return buf.Bytes()
}

// TarGz packs files below folder/ with the time stamp, owner 0 and fixed
// modes, in their order; the gzip header carries no name or time.
func TarGz(folder string, files []File, stamp time.Time) []byte {
	var buf bytes.Buffer
	gz, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	must(err)
	tw := tar.NewWriter(gz)
	for _, f := range files {
		must(tw.WriteHeader(&tar.Header{Name: folder + "/" + f.Name, Mode: int64(mode(f)), Size: int64(len(f.Data)),
			ModTime: stamp, Typeflag: tar.TypeReg, Format: tar.FormatPAX}))
		_, err := tw.Write(f.Data)
		must(err)
	}
	must(tw.Close())
	must(gz.Close())
	return buf.Bytes()
}

func mode(f File) fs.FileMode {
	if f.Exec {
		return 0o755
	}
	return 0o644
}

// must panics on errors that writing to memory cannot have.
func must(err error) {
	if err != nil {
		panic(err)
	}
}
