package pack

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultPackLoads(t *testing.T) {
	p, diags := Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if p.Meta.Name == "" || p.Rubric == nil || len(p.Meta.Documents) == 0 {
		t.Errorf("meta = %+v", p.Meta)
	}
	if name, src, ok := p.Example(); !ok || !strings.Contains(name, "长沙县机关事务中心") || len(src) == 0 {
		t.Errorf("example %q, %d bytes, %v", name, len(src), ok)
	}
}

func TestExportZipAndReopen(t *testing.T) {
	p, _ := Default()
	dir := filepath.Join(t.TempDir(), "包")
	written, err := Export(p, dir)
	if err != nil || len(written) < 3 {
		t.Fatalf("export: %v %v", written, err)
	}
	if _, err := Export(p, dir); err == nil || !strings.Contains(err.Error(), "不会覆盖") {
		t.Errorf("second export: %v", err)
	}
	fromDir, diags := Open(dir)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	zipPath := filepath.Join(t.TempDir(), "包.zip")
	if err := Zip(fromDir, zipPath); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(zipPath)
	if err := Zip(fromDir, zipPath); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(zipPath)
	if !bytes.Equal(first, second) {
		t.Error("zipping twice gives different bytes")
	}
	fromZip, diags := Open(zipPath)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	a, _ := fs.ReadFile(p.FS, "rubric.yaml")
	b, _ := fs.ReadFile(fromZip.FS, "rubric.yaml")
	if !bytes.Equal(a, b) {
		t.Error("rubric differs after export and zip")
	}
}

// writeZip writes entries with the given names and contents; a nil content
// makes a symlink entry.
func writeZip(t *testing.T, entries map[string][]byte) string {
	path := filepath.Join(t.TempDir(), "p.zip")
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, data := range entries {
		h := &zip.FileHeader{Name: name, Method: zip.Store}
		if data == nil {
			h.SetMode(fs.ModeSymlink | 0o777)
			data = []byte("/etc/passwd")
		}
		w, _ := z.CreateHeader(h)
		w.Write(data)
	}
	z.Close()
	os.WriteFile(path, buf.Bytes(), 0o644)
	return path
}

func TestHostileZips(t *testing.T) {
	ok := map[string][]byte{"pack.yaml": []byte("名称: x\n评分规则: r.yaml\n")}
	tests := []struct {
		name    string
		entries map[string][]byte
		want    string
	}{
		{"zip-slip", map[string][]byte{"pack.yaml": ok["pack.yaml"], "../../evil.txt": []byte("x")}, "zip-slip"},
		{"absolute", map[string][]byte{"/etc/cron.d/x": []byte("x")}, "绝对路径"},
		{"symlink", map[string][]byte{"pack.yaml": ok["pack.yaml"], "link": nil}, "符号链接"},
	}
	for _, tt := range tests {
		_, diags := Open(writeZip(t, tt.entries))
		if !diags.HasErrors() || !strings.Contains(diags.Error(), tt.want) {
			t.Errorf("%s: %v; want %q", tt.name, diags, tt.want)
		}
	}
}

// TestZipBombDeclared refuses an entry whose header announces 1 GB.
func TestZipBombDeclared(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	data := []byte{0x03, 0x00} // an empty deflate stream
	w, _ := z.CreateRaw(&zip.FileHeader{Name: "big.bin", Method: zip.Deflate,
		CompressedSize64: uint64(len(data)), UncompressedSize64: 1 << 30, CRC32: 0})
	w.Write(data)
	z.Close()
	path := filepath.Join(t.TempDir(), "bomb.zip")
	os.WriteFile(path, buf.Bytes(), 0o644)
	_, diags := Open(path)
	if !diags.HasErrors() || !strings.Contains(diags.Error(), "1024 MB") {
		t.Errorf("diags = %v", diags)
	}
}

// TestZipBombLyingHeader refuses an entry that inflates beyond the limit
// although its header claims a small size.
func TestZipBombLyingHeader(t *testing.T) {
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
	zeros := make([]byte, 1<<20)
	for i := 0; i < (MaxZipFile>>20)+2; i++ {
		fw.Write(zeros)
	}
	fw.Close()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.CreateRaw(&zip.FileHeader{Name: "pack.yaml", Method: zip.Deflate,
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: 10, CRC32: crc32.ChecksumIEEE(nil)})
	w.Write(comp.Bytes())
	z.Close()
	path := filepath.Join(t.TempDir(), "liar.zip")
	os.WriteFile(path, buf.Bytes(), 0o644)
	_, diags := Open(path)
	if !diags.HasErrors() || !strings.Contains(diags.Error(), "压缩炸弹") {
		t.Errorf("diags = %v", diags)
	}
}
