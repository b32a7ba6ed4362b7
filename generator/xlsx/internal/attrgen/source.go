package attrgen

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
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

// goTool returns the go command of the toolchain that started this
// program ($GOROOT/bin/go: go generate, go run and go test set GOROOT),
// or else the one on PATH.
func goTool() string {
	if root := os.Getenv("GOROOT"); root != "" {
		tool := filepath.Join(root, "bin", "go")
		if _, err := os.Stat(tool); err == nil {
			return tool
		}
	}
	return "go"
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
