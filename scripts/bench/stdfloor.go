package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// buildStdFloor builds the start-up floor into dir: a program that does
// nothing but links the packages of the standard library jixiao links (a
// blank import of each importable one), so that its start-up is what the
// Go runtime and those packages' initialisation cost on this machine,
// whatever jixiao's own code and libraries do.
func buildStdFloor(dir string) (string, error) {
	pkgs, err := stdDeps()
	if err != nil {
		return "", err
	}
	src := filepath.Join(dir, "stdfloor-src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("// Command stdfloor links the standard-library packages jixiao links, and does nothing.\npackage main\n\nimport (\n")
	for _, p := range pkgs {
		fmt.Fprintf(&b, "\t_ %q\n", p)
	}
	b.WriteString(")\n\nfunc main() {}\n")
	if err := os.WriteFile(filepath.Join(src, "main.go"), []byte(b.String()), 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(src, "go.mod"), []byte("module stdfloor\n"), 0o644); err != nil {
		return "", err
	}
	out := filepath.Join(dir, "stdfloor")
	return out, goBuild(src, ".", out)
}

// stdDeps lists the importable standard-library packages jixiao depends on.
func stdDeps() ([]string, error) {
	cmd := exec.Command("go", "list", "-deps", "-f", "{{if .Standard}}{{.ImportPath}}{{end}}", "./cmd/jixiao")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %v", err)
	}
	var pkgs []string
	for _, p := range strings.Fields(string(out)) {
		if importable(p) {
			pkgs = append(pkgs, p)
		}
	}
	return pkgs, nil
}

// importable reports whether a program outside the standard library may
// import p.
func importable(p string) bool {
	for _, part := range strings.Split(p, "/") {
		if part == "internal" || part == "vendor" {
			return false
		}
	}
	return !strings.HasPrefix(p, "vendor/") && p != "unsafe" && p != "C" && p != "runtime/cgo"
}
