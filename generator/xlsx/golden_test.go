package xlsx

import (
	"archive/zip"
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"jixiao/generator/tmpl"
	"jixiao/generator/xlsx/xlsxtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenCases are the example workbooks whose parts are kept as golden
// files.
var goldenCases = []struct {
	name string
	spec string
	data any
}{
	{"report-3", reportSpec, reportData(3)},
	{"report-0", reportSpec, reportData(0)},
	{"summary-3", benchSpec, benchData(3)},
	{"typing", "A1: {{.a}}\nA2: {{.b}}\nstyle A2 numfmt=10\nA3: {{.c}}\nstyle A3 numfmt=14\nA4: 共{{.a}}项\nA5: {{.d}}",
		map[string]any{"a": dec("16640.91"), "b": dec("92.16"), "c": "2023-04-13", "d": tmpl.Pending{Need: []string{"单位"}}}},
}

// TestGolden compares the workbook, sheet and shared-string parts of
// rendered examples, one tag per line, with testdata/golden; -update
// rewrites them.
func TestGolden(t *testing.T) {
	for _, gc := range goldenCases {
		t.Run(gc.name, func(t *testing.T) {
			_, out := render(t, gc.spec, gc.data)
			got := normalizedParts(t, out)
			path := filepath.Join("testdata", "golden", gc.name+".xml")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the rendered workbook (go test -update rewrites it):\n%s", path, firstDiff(string(want), got))
			}
		})
	}
}

// TestDeterministic renders the same template and data twice, also from two
// separately parsed templates, and expects the same bytes.
func TestDeterministic(t *testing.T) {
	_, a := render(t, reportSpec, reportData(7))
	_, b := render(t, reportSpec, reportData(7))
	if !bytes.Equal(a, b) {
		t.Fatal("two renders of the same input differ")
	}
	tpl := parseSpec(t, reportSpec)
	var c, d bytes.Buffer
	tpl.Execute(&c, reportData(7))
	tpl.Execute(&d, reportData(7))
	if !bytes.Equal(c.Bytes(), d.Bytes()) || !bytes.Equal(a, c.Bytes()) {
		t.Fatal("executing one template twice gives different bytes")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if !f.Modified.IsZero() && f.Modified.Year() > 1980 {
			t.Errorf("%s carries a time stamp %v", f.Name, f.Modified)
		}
	}
}

// normalizedParts returns the workbook, sheet and shared-string parts of
// an .xlsx, one XML tag per line (xlsxtest.Normalized).
func normalizedParts(t *testing.T, data []byte) string {
	t.Helper()
	text, err := xlsxtest.Normalized(data)
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string { return xlsxtest.FirstDiff(want, got) }
