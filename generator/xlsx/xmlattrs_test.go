package xlsx

import (
	"bytes"
	"os"
	"testing"

	"jixiao/generator/xlsx/internal/attrgen"
)

// TestXMLAttrsUpToDate regenerates xmlattrs.go from the excelize module
// the build uses and fails when the committed file differs, so that an
// upgrade of excelize cannot leave the fast reader's checks stale.
func TestXMLAttrsUpToDate(t *testing.T) {
	want, err := attrgen.Excelize(".")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("xmlattrs.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("xmlattrs.go is not what attrgen generates from the excelize the build uses; regenerate it: go generate ./generator/xlsx/\n%s",
			firstDiff(string(want), string(got)))
	}
}
