package diag

import (
	"io"
	"strings"
	"testing"
)

func TestPosString(t *testing.T) {
	tests := []struct {
		pos  Pos
		want string
	}{
		{Pos{}, ""},
		{Pos{File: "a.yaml", Line: 3, Col: 9}, "a.yaml:3:9"},
		{Pos{File: "a.yaml", Line: 3}, "a.yaml:3"},
		{Pos{File: "r.docx", Part: "word/document.xml", Place: "第12段"}, "r.docx [word/document.xml] 第12段"},
		{Pos{Place: "B5"}, "B5"},
	}
	for _, tt := range tests {
		if got := tt.pos.String(); got != tt.want {
			t.Errorf("%#v.String() = %q; want %q", tt.pos, got, tt.want)
		}
	}
}

func TestListCollectsAndSorts(t *testing.T) {
	var l List
	l.Warnf(Pos{File: "f", Line: 9}, "后")
	l.Errorf(Pos{File: "f", Line: 2, Col: 3}, "先 %d", 1)
	if !l.HasErrors() || len(l.Errors()) != 1 || len(l.Warnings()) != 1 {
		t.Fatalf("counts wrong: %v", l)
	}
	l.Sort()
	want := "f:2:3: 错误: 先 1\nf:9: 提示: 后"
	if l.Error() != want {
		t.Errorf("got %q; want %q", l.Error(), want)
	}
	if (List{}).Err() != nil {
		t.Error("empty list gives an error")
	}
}

func TestPrinterSnippetCountsWideRunes(t *testing.T) {
	src := "人员:\n  编制数: 12k\n"
	p := Printer{Sources: map[string][]byte{"f.yaml": []byte(src)}}
	var b strings.Builder
	var l List
	l.Errorf(Pos{File: "f.yaml", Line: 2, Col: 8}, "应为整数")
	p.Print(&b, l)
	want := "f.yaml:2:8: 错误: 应为整数\n     2 |   编制数: 12k\n       |           ^\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestPrinterLines(t *testing.T) {
	src := []byte("a: 1\r\nb: 2\nc: 3")
	p := Printer{Sources: map[string][]byte{"f": src}}
	var l List
	for _, line := range []int{3, 1, 2, 4} {
		l.Errorf(Pos{File: "f", Line: line}, "x")
	}
	var b strings.Builder
	p.Print(&b, l)
	want := "f:3: 错误: x\n     3 | c: 3\nf:1: 错误: x\n     1 | a: 1\nf:2: 错误: x\n     2 | b: 2\nf:4: 错误: x\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

// BenchmarkPrintManyDiagnostics prints 2,000 diagnostics spread over a
// 20 MB source: the source is indexed once, so this costs about as much as
// reading the source once more, not 2,000 times.
func BenchmarkPrintManyDiagnostics(b *testing.B) {
	src := []byte(strings.Repeat("  - 名称: 一个项目\n    分数: 95\n", 500_000))
	var l List
	for i := range 2000 {
		l.Errorf(Pos{File: "f", Line: 1 + i*500, Col: 5}, "应为数字")
	}
	p := Printer{Sources: map[string][]byte{"f": src}}
	for b.Loop() {
		p.Print(io.Discard, l)
	}
}
