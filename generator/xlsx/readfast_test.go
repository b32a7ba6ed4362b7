package xlsx

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// repoWorkbooks returns every .xlsx file of the repository (generated
// output and version control left out).
func repoWorkbooks(t *testing.T) []string {
	t.Helper()
	root := filepath.Join("..", "..")
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "out") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), ".xlsx") {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// TestFastReaderMatchesExcelize reads every workbook of the repository
// with both readers: the fast reader must give the sheets, date system
// and diagnostics excelize gives, or decline. The templates of the
// built-in packs must not be declined.
func TestFastReaderMatchesExcelize(t *testing.T) {
	files := repoWorkbooks(t)
	if len(files) < 10 {
		t.Fatalf("only %d workbooks found", len(files))
	}
	read, declined := 0, map[string]string{}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if checkArchive(src) != nil {
			declined[name] = "refused before reading (checkArchive)"
			continue
		}
		reason := compareReaders(t, name, src)
		if reason != "" {
			declined[name] = reason
			if strings.Contains(filepath.ToSlash(name), "templates/") {
				t.Errorf("%s: the fast reader declines a built-in template: %s", name, reason)
			}
			continue
		}
		read++
	}
	t.Logf("%d workbooks: %d read by both readers alike, %d declined:", len(files), read, len(declined))
	for _, name := range files {
		if r, ok := declined[name]; ok {
			t.Logf("  %s: %s", name, r)
		}
	}
}

// compareReaders reads src both ways and reports differences; it returns
// why the fast reader declined, or "".
func compareReaders(t *testing.T, name string, src []byte) string {
	t.Helper()
	arch, _ := readArchive(src)
	_, got, reason := fastRead(src, arch)
	if reason != "" {
		return reason
	}
	want, err := readExcelize(src)
	if err != nil {
		t.Errorf("%s: the fast reader reads a workbook excelize refuses (%v)", name, err)
		return ""
	}
	assertSameRead(t, name, got, want)
	assertSameAnswers(t, name, src)
	return ""
}

// assertSameRead compares what the two readers read.
func assertSameRead(t *testing.T, name string, got, want *parsed) {
	t.Helper()
	if got.date1904 != want.date1904 || !reflect.DeepEqual(got.diags, want.diags) {
		t.Errorf("%s: date1904 %v, diagnostics %v; excelize: %v, %v", name, got.date1904, got.diags, want.date1904, want.diags)
	}
	if len(got.sheets) != len(want.sheets) {
		t.Errorf("%s: %d sheets; excelize: %d", name, len(got.sheets), len(want.sheets))
		return
	}
	for i := range got.sheets {
		if !reflect.DeepEqual(got.sheets[i], want.sheets[i]) {
			t.Errorf("%s: sheet %q differs:\n fast:     %s\n excelize: %s", name, want.sheets[i].name, dumpSheet(got.sheets[i]), dumpSheet(want.sheets[i]))
		}
	}
}

// dumpSheet writes what a reader read of a sheet, for messages.
func dumpSheet(s *sheet) string {
	var b strings.Builder
	fmt.Fprintf(&b, "max %d×%d, default height %v, formulas %v\n", s.maxRow, s.maxCol, s.defaultHeight, s.formulas)
	for _, r := range s.rows {
		fmt.Fprintf(&b, "  row %d:", r.num)
		for _, c := range r.cells {
			fmt.Fprintf(&b, " %s(kind %d)=%q", c.ref, c.kind, c.text)
		}
		if r.proto != nil {
			fmt.Fprintf(&b, " proto %+v", *r.proto)
		}
		if r.fit != nil {
			fmt.Fprintf(&b, " fit %+v", *r.fit)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
