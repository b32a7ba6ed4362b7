package xmltok

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path/filepath"
	"testing"
)

// BenchmarkTokens reads the document part of a built-in report template
// with Next and with encoding/xml's RawToken and InputOffset, as
// docx.parseTree did before xmltok.
func BenchmarkTokens(b *testing.B) {
	src := templatePart(b, "templates/changsha-2022/附件1-3 自评报告.docx", "word/document.xml")
	b.Run("xmltok", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			t := New(src)
			for {
				if _, err := t.Next(); err != nil {
					if err != io.EOF {
						b.Fatal(err)
					}
					break
				}
			}
		}
	})
	b.Run("encoding-xml", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			d := xml.NewDecoder(bytes.NewReader(src))
			for {
				_ = d.InputOffset()
				if _, err := d.RawToken(); err != nil {
					if err != io.EOF {
						b.Fatal(err)
					}
					break
				}
				_ = d.InputOffset()
			}
		}
	})
}

// templatePart returns the bytes of one part of an archive of the
// repository.
func templatePart(b *testing.B, file, part string) []byte {
	zr, err := zip.OpenReader(filepath.Join(repoRoot, file))
	if err != nil {
		b.Fatal(err)
	}
	defer zr.Close()
	f, err := zr.Open(part)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		b.Fatal(err)
	}
	return data
}
