package facts

import (
	"os"
	"testing"
)

func TestExampleLoadsClean(t *testing.T) {
	path := "../../data/长沙县机关事务中心-2022.yaml"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, diags := Load(path, src, Schema())
	if len(diags) != 0 {
		t.Fatal(diags)
	}
	if got := len(f.Get("公共项目").Items); got != 16 {
		t.Errorf("公共项目 has %d items; want 16", got)
	}
}
