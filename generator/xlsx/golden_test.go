package xlsx

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"jixiao/generator/tmpl"
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

var (
	partName   = regexp.MustCompile(`^xl/(workbook\.xml|worksheets/sheet\d+\.xml|sharedStrings\.xml)$`)
	sharedCell = regexp.MustCompile(`t="s"><v>(\d+)</v>`)
	siText     = regexp.MustCompile(`(?s)<si>(.*?)</si>`)
	xmlTag     = regexp.MustCompile(`<[^>]*>`)
)

// normalizedParts returns the interesting parts of an .xlsx, one XML tag
// per line, with each shared-string cell annotated with its text.
func normalizedParts(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	var names []string
	for _, f := range zr.File {
		if partName.MatchString(f.Name) {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			parts[f.Name] = string(b)
			names = append(names, f.Name)
		}
	}
	sort.Strings(names)
	var strs []string
	for _, m := range siText.FindAllStringSubmatch(parts["xl/sharedStrings.xml"], -1) {
		strs = append(strs, xmlTag.ReplaceAllString(m[1], ""))
	}
	var b strings.Builder
	for _, name := range names {
		text := parts[name]
		if strings.HasPrefix(name, "xl/worksheets/") {
			text = sharedCell.ReplaceAllStringFunc(text, func(s string) string {
				i, _ := strconv.Atoi(sharedCell.FindStringSubmatch(s)[1])
				if i < len(strs) {
					return s + "<!-- " + strs[i] + " -->"
				}
				return s
			})
		}
		fmt.Fprintf(&b, "== %s\n%s\n", name, strings.ReplaceAll(text, "><", ">\n<"))
	}
	return b.String()
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\nwant %s\ngot  %s", i+1, wl, gl)
		}
	}
	return ""
}
