package facts

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// projectRows is a 公共项目 list of n rows.
func projectRows(n int) string {
	var b strings.Builder
	b.WriteString("公共项目:\n")
	for range n {
		b.WriteString("  - 名称: 某项目\n    自评分数: 90\n")
	}
	return b.String()
}

// TestLoadLimits: a facts file beyond a limit is one error, at the item or
// line where it passes the limit, stating the limit; at the limit it loads.
func TestLoadLimits(t *testing.T) {
	// 2 items before the projects; project k is on line 4+2k, so the
	// 10,001st item (project 9,999) on line 20002.
	head := "单位: 某局\n年度: 2023\n职能职责:\n  条目: [甲, 乙]\n"
	tests := []struct{ name, src, want string }{
		{"lists at the limit", head + projectRows(MaxListItems-2), ""},
		{"one item beyond, counted over all lists", head + projectRows(MaxListItems-1),
			"f.yaml:20002:3: 错误: 列表项太多：一个事实文件中所有列表合计最多 10000 项，“公共项目”的这一项已是第 10001 项"},
		{"200,000 rows", head + projectRows(200_000),
			"f.yaml:20002:3: 错误: 列表项太多：一个事实文件中所有列表合计最多 10000 项"},
		{"a flow list", "单位: 某局\n年度: 2023\n公共项目: [" + strings.Repeat("{名称: 某项目}, ", MaxListItems+5) + "]\n",
			"f.yaml:3:110008: 错误: 列表项太多：一个事实文件中所有列表合计最多 10000 项，“公共项目”的这一项已是第 10001 项"},
		{"a file beyond the size limit", head + "备注: |\n" + strings.Repeat("  一行说明文字。\n", MaxFileBytes/20),
			fmt.Sprintf("f.yaml:%d:1: 错误: 事实文件超过 64 MB 的上限，从这一行起超出", (MaxFileBytes-len(head)-len("备注: |\n"))/len("  一行说明文字。\n")+6)},
	}
	for _, tt := range tests {
		f, diags := Load("f.yaml", []byte(tt.src), Schema())
		if tt.want == "" {
			if diags.HasErrors() || len(f.Get("公共项目").Items) != MaxListItems-2 {
				t.Errorf("%s: %v", tt.name, diags)
			}
			continue
		}
		if f != nil || len(diags) != 1 || !strings.HasPrefix(diags[0].String(), tt.want) {
			t.Errorf("%s: got %v\nwant one error %q", tt.name, diags, tt.want)
		}
	}
}

// TestReadFileReadsNoMoreThanTheLimit: a file far beyond the size limit is
// read up to the limit and one byte, for Load to refuse.
func TestReadFileReadsNoMoreThanTheLimit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.yaml")
	if err := os.WriteFile(path, []byte(strings.Repeat("x", MaxFileBytes+4096)), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := ReadFile(path)
	if err != nil || len(src) != MaxFileBytes+1 {
		t.Fatalf("ReadFile = %d bytes, %v; want %d", len(src), err, MaxFileBytes+1)
	}
	if _, diags := Load(path, src, Schema()); !strings.Contains(diags.Error(), "事实文件超过 64 MB 的上限") {
		t.Errorf("diags = %v", diags)
	}
}
