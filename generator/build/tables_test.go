package build

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"jixiao/generator/pack"
	"jixiao/generator/xlsx/xlsxtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// The Excel tables of the default pack, by output name, and the golden
// file of each.
const (
	table11 = "附件1-1 长沙县机关事务中心部门整体支出绩效自评指标表.xlsx"
	table12 = "附件1-2 长沙县机关事务中心部门整体支出绩效自评基础数据表.xlsx"
	table24 = "附件2-4 长沙县机关事务中心公共项目资金绩效自评评分汇总表.xlsx"
)

var tableGoldens = map[string]string{table11: "table11.xml", table12: "table12.xml", table24: "table24.xml"}

// exampleTables renders the built-in example, with extra YAML appended to
// its facts, and returns the Excel tables by output name.
func exampleTables(t testing.TB, extra string) map[string][]byte {
	t.Helper()
	return exampleDocs(t, extra, tableGoldens)
}

// exampleDocs renders the built-in example, with extra YAML appended to
// its facts, and returns the documents named in want by output name.
func exampleDocs(t testing.TB, extra string, want map[string]string) map[string][]byte {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	_, src, _ := p.Example()
	out := map[string][]byte{}
	for _, o := range renderExample(t, p, append(append([]byte{}, src...), extra...)) {
		if _, ok := want[o.Name]; ok {
			out[o.Name] = o.Data
		}
	}
	if len(out) != len(want) {
		t.Fatalf("the pack rendered %d of the %d documents %v", len(out), len(want), want)
	}
	return out
}

// TestExampleTablesGolden compares the sheets of the example's three
// tables, normalized to one XML tag per line with every text cell
// annotated, with testdata/golden; -update rewrites them.
func TestExampleTablesGolden(t *testing.T) {
	for name, data := range exampleTables(t, "") {
		got, err := xlsxtest.Normalized(data)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, name, tableGoldens[name], got)
	}
}

// golden compares got with testdata/golden/file, or rewrites it under
// -update.
func golden(t *testing.T, name, file, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", file)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./generator/build -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (go test ./generator/build -update rewrites it):\n%s",
			name, path, xlsxtest.FirstDiff(string(want), got))
	}
}

// TestExampleTablesAreByteIdentical: rendering the same facts twice gives
// the same bytes for every table.
func TestExampleTablesAreByteIdentical(t *testing.T) {
	first, second := exampleTables(t, ""), exampleTables(t, "")
	for name, data := range first {
		if !bytes.Equal(data, second[name]) {
			t.Errorf("%s differs between two renders of the same facts", name)
		}
	}
}
