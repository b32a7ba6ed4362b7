package evaluate

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "update golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := "testdata/" + name
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./generator/evaluate -update and review the diff.\ngot:\n%s", path, got)
	}
}

// TestExampleScoreGolden pins every score and reason of the example unit.
func TestExampleScoreGolden(t *testing.T) {
	res := example(t)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res.ScoreJSON()); err != nil {
		t.Fatal(err)
	}
	golden(t, "example-score.json", b.Bytes())
}

// TestExampleFindingsGolden pins the consistency findings of the example.
func TestExampleFindingsGolden(t *testing.T) {
	golden(t, "example-findings.txt", []byte(example(t).Findings.Error()+"\n"))
}
