package xmltok

import (
	"archive/zip"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot is the repository's top directory, seen from this package.
const repoRoot = "../../.."

// TestRepositoryParts compares Next with encoding/xml on every XML part of
// every .docx and .xlsx in the repository. Declines are counted and
// logged; no part of the built-in templates may be declined.
func TestRepositoryParts(t *testing.T) {
	parts, declined := 0, 0
	for _, file := range archives(t) {
		zr, err := zip.OpenReader(file)
		if err != nil {
			t.Logf("%s: %v (skipped)", file, err)
			continue
		}
		for _, f := range zr.File {
			if !isXMLPart(f.Name) {
				continue
			}
			parts++
			if comparePart(t, file, f) {
				declined++
				if strings.HasPrefix(file, filepath.Join(repoRoot, "templates")) {
					t.Errorf("%s %s: declined", file, f.Name)
				}
			}
		}
		zr.Close()
	}
	t.Logf("%d parts, %d declined", parts, declined)
	if parts == 0 {
		t.Fatal("no parts found")
	}
}

// comparePart checks one part and reports whether Next declined it.
func comparePart(t *testing.T, file string, f *zip.File) bool {
	rc, err := f.Open()
	if err != nil {
		t.Logf("%s %s: %v (skipped)", file, f.Name, err)
		return false
	}
	src, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		t.Logf("%s %s: %v (skipped)", file, f.Name, err)
		return false
	}
	declined, err := compare(src)
	if err != nil {
		t.Errorf("%s %s: %v", file, f.Name, err)
	}
	if declined {
		t.Logf("%s %s: declined", file, f.Name)
	}
	return declined
}

// archives lists the .docx and .xlsx files of the repository.
func archives(t *testing.T) []string {
	var out []string
	err := filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "out") {
			return filepath.SkipDir
		}
		if ext := strings.ToLower(filepath.Ext(path)); ext == ".docx" || ext == ".xlsx" {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// isXMLPart reports whether a part name is an XML part (.rels included).
func isXMLPart(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".xml" || ext == ".rels" || ext == ".vml"
}
