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

// exportTo exports the built-in pack into a new folder.
func exportTo(t *testing.T) string {
	t.Helper()
	p, _ := Default()
	dir := filepath.Join(t.TempDir(), "包")
	if _, err := Export(p, dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSymlinkedRubricInsideTheFolder: a rubric that is a link to a file
// inside the pack folder is used, and zipped as a file.
func TestSymlinkedRubricInsideTheFolder(t *testing.T) {
	dir := exportTo(t)
	rubric := filepath.Join(dir, "rubric.yaml")
	os.Mkdir(filepath.Join(dir, "规则"), 0o755)
	os.Rename(rubric, filepath.Join(dir, "规则", "rubric.yaml"))
	if err := os.Symlink(filepath.Join("规则", "rubric.yaml"), rubric); err != nil {
		t.Skip("no symlinks here:", err)
	}
	p, diags := Open(dir)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	data, err := ZipBytes(p)
	if err != nil {
		t.Fatal(err)
	}
	zipped, diags := OpenZipBytes("包.zip", data)
	if diags.HasErrors() || zipped.Rubric == nil || len(zipped.Rubric.Level1) == 0 {
		t.Fatalf("the zip has no rubric: %v", diags)
	}
	if !strings.Contains(strings.Join(zipped.Files(), " "), "rubric.yaml") {
		t.Errorf("files %v", zipped.Files())
	}
}

// TestSymlinkOutsideTheFolderIsRefused: a link out of the pack folder is
// refused when the folder is loaded, naming the link.
func TestSymlinkOutsideTheFolderIsRefused(t *testing.T) {
	dir := exportTo(t)
	outside := filepath.Join(t.TempDir(), "外部.yaml")
	os.WriteFile(outside, []byte("x: 1\n"), 0o644)
	if err := os.Symlink(outside, filepath.Join(dir, "链接.yaml")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	os.Symlink(filepath.Join(dir, "不存在"), filepath.Join(dir, "断链.yaml"))
	_, diags := Open(dir)
	if !diags.HasErrors() || !strings.Contains(diags.Error(), "符号链接") {
		t.Errorf("diags = %v", diags)
	}
}

// TestGate: a rubric that does not add up and a document without its
// template make the pack unusable.
func TestGate(t *testing.T) {
	dir := exportTo(t)
	rubric := filepath.Join(dir, "rubric.yaml")
	src, _ := os.ReadFile(rubric)
	os.WriteFile(rubric, []byte(strings.Replace(string(src), "总分: 100", "总分: 110", 1)), 0o644)
	meta := filepath.Join(dir, "pack.yaml")
	src, _ = os.ReadFile(meta)
	os.WriteFile(meta, append(src, []byte("  - 模板: 无此模板.docx\n    输出: x.docx\n  - 模板: 说明.txt\n    输出: x.txt\n")...), 0o644)
	p, diags := Open(dir)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	got := p.Gate().Error()
	for _, want := range []string{"不等于总分 110", "找不到模板“无此模板.docx”", "应是 .docx 或 .xlsx"} {
		if !strings.Contains(got, want) {
			t.Errorf("gate = %s; want %q", got, want)
		}
	}
	if d, _ := Default(); d.gate().HasErrors() {
		t.Errorf("the built-in pack fails its gate: %v", d.gate())
	}
}
