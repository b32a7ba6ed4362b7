package guide

import (
	"flag"
	"os"
	"strings"
	"testing"

	"jixiao/generator/pack"
)

var update = flag.Bool("update", false, "rewrite docs/模板编写指南.md")

const guidePath = "../../docs/模板编写指南.md"

// TestGuideIsCurrent keeps the committed guide equal to what the code says.
func TestGuideIsCurrent(t *testing.T) {
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	got := Markdown(p)
	if *update {
		if err := os.WriteFile(guidePath, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(guidePath)
	if err != nil {
		t.Fatalf("%v (run go test ./generator/guide -update)", err)
	}
	if string(want) != got {
		t.Error("docs/模板编写指南.md is out of date: run go test ./generator/guide -update")
	}
}

// TestPackExamples runs the examples of 为本县制作模板包: each declaration
// loads, and its metric computes as the guide says.
func TestPackExamples(t *testing.T) {
	for _, ex := range packExamples {
		calc, comment, err := ex.run()
		if err != nil {
			t.Errorf("%s: %v", ex.Title, err)
			continue
		}
		if calc != ex.Want {
			t.Errorf("%s: %s; want %s", ex.Title, calc, ex.Want)
		}
		if ex.Comment != "" && !strings.Contains(comment, ex.Comment+":") {
			t.Errorf("%s: init lines\n%s", ex.Title, comment)
		}
	}
}
