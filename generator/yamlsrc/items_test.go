package yamlsrc

import (
	"strings"
	"testing"
)

// TestItemBeyond: the items of block and flow sequences are counted
// together; text that only looks like items (in block scalars, quotes,
// comments) is not; the item beyond the limit is named with its list.
func TestItemBeyond(t *testing.T) {
	tests := []struct {
		name, src string
		max       int
		line, col int
		key       string
	}{
		{"block list within the limit", "a:\n  - 1\n  - 2\n", 2, 0, 0, ""},
		{"block list beyond", "a:\n  - 1\n  - 2\n  - 3\n", 2, 4, 3, "a"},
		{"items at the key's indentation", "x: 1\na:\n- 1\n- 2\n", 1, 4, 1, "a"},
		{"lists count together", "a: [1, 2]\nb:\n  - 3\n", 2, 3, 3, "b"},
		{"flow list beyond", "公共项目: [{名称: 甲}, {名称: 乙},  {名称: 丙}]\n", 2, 1, 27, "公共项目"},
		{"nested items, each counted", "a:\n  - - 1\n    - 2\n", 1, 2, 5, "a"},
		{"items of mappings in a list", "公共项目:\n  - 名称: 甲\n    分数: 1\n  - 名称: 乙\n", 1, 4, 3, "公共项目"},
		{"a list inside a list item", "公共项目:\n  - 名称: 甲\n    子项:\n      - 1\n", 1, 4, 7, "子项"},
		{"block scalar lines are text", "a: |\n  - 1\n  - 2\nb: [1]\n", 0, 4, 5, "b"},
		{"quoted brackets and commas are text", "a: \"[1, 2, 3]\"\nb: '- 1'\n", 0, 0, 0, ""},
		{"brackets inside a plain text are text", "a: 项目[一期], 二期\n", 0, 0, 0, ""},
		{"commented items are not items", "a:\n  # - 1\n  - 2 # [3, 4]\n", 1, 0, 0, ""},
		{"a multi-line flow list", "a: [\n  1,\n  2,\n]\n", 1, 3, 3, "a"},
	}
	for _, tt := range tests {
		line, col, key, ok := ItemBeyond([]byte(tt.src), tt.max)
		if ok != (tt.line > 0) || line != tt.line || col != tt.col || key != tt.key {
			t.Errorf("%s: ItemBeyond = %d:%d %q %v; want %d:%d %q", tt.name, line, col, key, ok, tt.line, tt.col, tt.key)
		}
	}
}

// TestItemBeyondStopsEarly: the scan stops at the item beyond the limit,
// so that a huge file costs no more than its head.
func TestItemBeyondStopsEarly(t *testing.T) {
	src := []byte("a:\n" + strings.Repeat("  - 1\n", 1_000_000))
	allocs := testing.AllocsPerRun(1, func() { ItemBeyond(src, 10) })
	if allocs > 1000 {
		t.Errorf("%v allocations for a limit of 10 items", allocs)
	}
}
