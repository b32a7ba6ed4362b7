package xlsx

import (
	"fmt"
	"os"
	"reflect"
	"sync"
	"testing"
)

// TestMain makes every template this package's tests parse go through
// both readers: whatever the fast reader reads must be what excelize
// reads. The run fails when one differs.
func TestMain(m *testing.M) {
	var mu sync.Mutex
	var diffs []string
	checked := 0
	verifyFast = func(src []byte, fast *parsed) {
		want, err := readExcelize(src)
		mu.Lock()
		defer mu.Unlock()
		checked++
		switch {
		case err != nil:
			diffs = append(diffs, fmt.Sprintf("excelize refuses a workbook the fast reader read: %v", err))
		case !sameRead(fast, want):
			diffs = append(diffs, fmt.Sprintf("fast reader differs from excelize on a %d-byte workbook of sheets %v", len(src), sheetNames(want)))
		}
	}
	code := m.Run()
	if testing.Verbose() {
		fmt.Printf("fast reader: %d templates read by both readers\n", checked)
	}
	if len(diffs) > 0 {
		fmt.Fprintf(os.Stderr, "fast reader: %d of %d templates differ from excelize:\n", len(diffs), checked)
		for _, d := range diffs {
			fmt.Fprintln(os.Stderr, "  "+d)
		}
		code = 1
	}
	os.Exit(code)
}

// sameRead reports whether two readings of a template are equal.
func sameRead(a, b *parsed) bool {
	return a.date1904 == b.date1904 && reflect.DeepEqual(a.diags, b.diags) && reflect.DeepEqual(a.sheets, b.sheets)
}

func sheetNames(p *parsed) []string {
	var out []string
	for _, s := range p.sheets {
		out = append(out, s.name)
	}
	return out
}
