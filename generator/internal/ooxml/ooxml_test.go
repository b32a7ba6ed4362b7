package ooxml

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"strings"
	"testing"
)

// zipOf builds an archive of the given parts (name → content).
func zipOf(t *testing.T, parts map[string]string) *zip.Reader {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, content := range parts {
		w, _ := z.Create(name)
		w.Write([]byte(content))
	}
	z.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	return zr
}

func TestCheckActive(t *testing.T) {
	for _, tt := range []struct {
		name  string
		parts map[string]string
		want  string
	}{
		{"word macros", map[string]string{"word/vbaProject.bin": "x"}, "VBA 宏"},
		{"excel macros", map[string]string{"xl/vbaProject.bin": "x"}, "VBA 宏"},
		{"activeX", map[string]string{"word/activeX/activeX1.xml": "<ax/>"}, "ActiveX"},
		{"macro sheet", map[string]string{"xl/macrosheets/sheet1.xml": "<x/>"}, "Excel 4.0 宏表"},
		{"content type", map[string]string{"[Content_Types].xml": `<Types><Override ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>`}, "macroEnabled"},
		{"plain", map[string]string{"word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>"}, ""},
	} {
		err := CheckActive(zipOf(t, tt.parts))
		if (tt.want == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v; want %q", tt.name, err, tt.want)
		}
	}
}

func TestCheckBudget(t *testing.T) {
	// Eight parts of 20 MiB of zeros: each far under a per-part limit,
	// together over the archive's.
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	z.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	zeros := make([]byte, 20<<20)
	for i := range 8 {
		w, _ := z.Create("word/header" + string(rune('1'+i)) + ".xml")
		w.Write(zeros)
	}
	z.Close()
	zr, _ := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err := CheckBudget(zr); err == nil || !strings.Contains(err.Error(), "压缩炸弹") {
		t.Errorf("err = %v", err)
	}
	// 5 MiB of zeros in one part: small, but compressed a thousandfold.
	zr = zipOf(t, map[string]string{"word/document.xml": strings.Repeat("\x00", 5<<20)})
	if err := CheckBudget(zr); err == nil || !strings.Contains(err.Error(), "压缩比") {
		t.Errorf("ratio: err = %v", err)
	}
	if err := CheckBudget(zipOf(t, map[string]string{"word/document.xml": "<w:document/>"})); err != nil {
		t.Errorf("plain: %v", err)
	}
}

func TestEncrypted(t *testing.T) {
	ole := append(append([]byte{}, oleMagic...), make([]byte, 512)...)
	if !IsOLE(ole) || IsEncrypted(ole) {
		t.Error("an old binary file is taken for an encrypted one")
	}
	enc := append(ole, utf16le("EncryptedPackage")...)
	if !IsEncrypted(enc) {
		t.Error("an encrypted package is not recognised")
	}
}
