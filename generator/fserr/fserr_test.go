package fserr

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "事实.yaml")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, missing := os.ReadFile(filepath.Join(dir, "没有.yaml"))
	_, folder := os.ReadFile(dir)
	_, under := os.ReadFile(filepath.Join(file, "x"))
	cases := []struct {
		err  error
		want string
	}{
		{missing, "找不到这个文件或文件夹"},
		{under, "不是文件夹"},
		{errors.New("磁盘已满"), "磁盘已满"},
	}
	if runtime.GOOS != "windows" {
		cases = append(cases, struct {
			err  error
			want string
		}{folder, "这是一个文件夹，不是文件"})
	}
	for _, c := range cases {
		got := Explain(c.err)
		if !strings.Contains(got, c.want) || strings.Contains(got, dir) {
			t.Errorf("Explain(%v) = %q; want %q and no path", c.err, got, c.want)
		}
	}
}
