package attrgen

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// Module is the module path of excelize.
const Module = "github.com/xuri/excelize/v2"

// Locate returns the directory and version of the excelize module that
// the build in dir uses, as go list -m reports them (offline when the
// module is in the module cache, as it is once the build has run).
func Locate(dir string) (srcDir, version string, err error) {
	cmd := exec.Command(goTool(), "list", "-m", "-f", "{{.Dir}}\t{{.Version}}", Module)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", "", fmt.Errorf("go list -m %s: %v: %s", Module, err, strings.TrimSpace(stderr.String()))
	}
	srcDir, version, _ = strings.Cut(strings.TrimSpace(string(out)), "\t")
	if srcDir == "" || version == "" {
		return "", "", fmt.Errorf("go list -m %s: module not downloaded (run go mod download)", Module)
	}
	return srcDir, version, nil
}

// Excelize returns xmlattrs.go generated from the excelize module that
// the build in dir uses.
func Excelize(dir string) ([]byte, error) {
	srcDir, version, err := Locate(dir)
	if err != nil {
		return nil, err
	}
	p, err := Load(srcDir)
	if err != nil {
		return nil, err
	}
	return Generate(p, version)
}

// goTool returns the go command of the toolchain that started this
// program: $GOROOT/bin/go (go generate sets GOROOT), else the GOROOT this
// program was built with (runtime.GOROOT, deprecated for binaries copied
// elsewhere, but right for go run and go test, which build in place),
// else the go on PATH.
func goTool() string {
	for _, root := range []string{os.Getenv("GOROOT"), runtime.GOROOT()} {
		tool := filepath.Join(root, "bin", "go")
		if root != "" && isFile(tool) {
			return tool
		}
	}
	return "go"
}

// isFile reports whether name is a regular file.
func isFile(name string) bool {
	info, err := os.Stat(name)
	return err == nil && info.Mode().IsRegular()
}
