package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
)

// sharedStrings returns the shared strings part of a workbook.
func sharedStrings(t *testing.T, wb []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(wb), int64(len(wb)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "xl/sharedStrings.xml" {
			rc, _ := f.Open()
			data, _ := io.ReadAll(rc)
			rc.Close()
			return string(data)
		}
	}
	return ""
}

// TestRenderedWorkbookHoldsNoTags: the shared strings the template's tags
// used are emptied, whether the workbook is patched (no row moves) or
// rebuilt (a loop adds rows); the rendered cells and the untouched texts
// are what they were.
func TestRenderedWorkbookHoldsNoTags(t *testing.T) {
	for _, tt := range []struct {
		name, spec string
		data       map[string]any
		want       map[string]string
	}{
		{"patched", "A1: 单位：{{.单位}}\nA2: 固定文字\nB2: {{.数}}",
			map[string]any{"单位": "某局", "数": dec("12.5")},
			map[string]string{"A1": "单位：某局", "A2": "固定文字", "B2": "12.5"}},
		{"rebuilt", "A1: 名称\nA2: {{range .项目}}{{.名称}}{{end}}\nA3: 合计",
			map[string]any{"项目": []any{map[string]any{"名称": "甲"}, map[string]any{"名称": "乙"}}},
			map[string]string{"A1": "名称", "A2": "甲", "A3": "乙", "A4": "合计"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, wb := render(t, tt.spec, tt.data)
			if sst := sharedStrings(t, wb); strings.Contains(sst, "{{") {
				t.Errorf("shared strings keep the template's tags:\n%s", sst)
			}
			for cell, want := range tt.want {
				if got, _ := f.GetCellValue("Sheet1", cell); got != want {
					t.Errorf("%s = %q, want %q", cell, got, want)
				}
			}
		})
	}
}

func TestScrubTagsKeepsIndices(t *testing.T) {
	in := `<sst count="3"><si><t>甲</t></si><si><t>{{.a}}</t></si><x:si><x:r><x:t>{{.b</x:t></x:r><x:r><x:t>}}</x:t></x:r></x:si><si><t>乙</t></si></sst>`
	want := `<sst count="3"><si><t>甲</t></si><si><t></t></si><x:si><x:t></x:t></x:si><si><t>乙</t></si></sst>`
	if got := string(scrubTags([]byte(in))); got != want {
		t.Errorf("scrubTags:\n got %s\nwant %s", got, want)
	}
	if scrubTags([]byte(`<sst><si><t>甲</t></si></sst>`)) != nil {
		t.Error("a table without tags is rewritten")
	}
}
