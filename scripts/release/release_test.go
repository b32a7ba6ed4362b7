package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

var stamp = time.Date(2024, 3, 1, 8, 30, 0, 0, time.UTC)

func sample() []File {
	return []File{{Name: "jixiao.exe", Data: []byte("MZ program"), Exec: true},
		{Name: "README.md", Data: []byte("# jixiao\n")}, {Name: "docs/模板编写指南.md", Data: []byte("指南\n")}}
}

// TestArchivesAreReproducible: the same files give the same bytes, and the
// entries carry the commit's time and fixed modes, in order.
func TestArchivesAreReproducible(t *testing.T) {
	if !bytes.Equal(Zip("d", sample(), stamp), Zip("d", sample(), stamp)) ||
		!bytes.Equal(TarGz("d", sample(), stamp), TarGz("d", sample(), stamp)) {
		t.Fatal("same input, different archives")
	}
	zipped := Zip("jixiao-v1-windows-amd64", sample(), stamp)
	zr, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name+" "+f.Mode().String())
		if !f.Modified.Equal(stamp) {
			t.Errorf("%s: time %v", f.Name, f.Modified)
		}
	}
	want := "jixiao-v1-windows-amd64/jixiao.exe -rwxr-xr-x|jixiao-v1-windows-amd64/README.md -rw-r--r--|jixiao-v1-windows-amd64/docs/模板编写指南.md -rw-r--r--"
	if strings.Join(names, "|") != want {
		t.Errorf("zip entries %v", names)
	}
	gz, err := gzip.NewReader(bytes.NewReader(TarGz("d", sample(), stamp)))
	if err != nil {
		t.Fatal(err)
	}
	if gz.Name != "" || !gz.ModTime.IsZero() {
		t.Errorf("gzip header %q %v", gz.Name, gz.ModTime)
	}
	tr := tar.NewReader(gz)
	for i := 0; ; i++ {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Name != "d/"+sample()[i].Name || !h.ModTime.Equal(stamp) || h.Uid != 0 || h.Uname != "" {
			t.Errorf("tar entry %+v", h)
		}
	}
}

// TestCompileStampsVersion builds jixiao for this machine as the release
// does and runs `jixiao version`: it prints the stamped version and commit.
func TestCompileStampsVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	exe := filepath.Join(t.TempDir(), "jixiao")
	wd, _ := os.Getwd()
	t.Chdir(filepath.Join(wd, "..", ".."))
	if err := compile(exe, runtime.GOOS, runtime.GOARCH, "v9.8.7", "0123456789abcdef"); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(exe, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), "jixiao v9.8.7（提交 0123456789abcdef，"+runtime.GOOS+"/"+runtime.GOARCH) {
		t.Fatalf("%s", out)
	}
}
