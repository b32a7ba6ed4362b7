package yamlsrc

import (
	"strings"
	"testing"
)

func TestParseSyntaxErrorIsLocated(t *testing.T) {
	_, diags := Parse("f.yaml", []byte("a: 1\nb: c: d\n"))
	if len(diags) != 1 || diags[0].Pos.Line != 2 || !strings.Contains(diags[0].Msg, "YAML 语法错误") {
		t.Fatalf("diags = %v", diags)
	}
}

func TestParseEmptyAndMultiDoc(t *testing.T) {
	n, diags := Parse("f.yaml", nil)
	if n == nil || len(diags) != 0 {
		t.Fatalf("empty file: %v %v", n, diags)
	}
	_, diags = Parse("f.yaml", []byte("a: 1\n---\nb: 2\n"))
	if len(diags) != 1 || diags[0].Pos.Line != 2 {
		t.Fatalf("multi doc: %v", diags)
	}
}

func TestParseRejectsNonUTF8(t *testing.T) {
	_, diags := Parse("f.yaml", []byte{0xb5, 0xa5, ':', ' ', '1'})
	if len(diags) != 1 || !strings.Contains(diags[0].Msg, "UTF-8") {
		t.Fatalf("diags = %v", diags)
	}
}

func TestParseDuplicateKey(t *testing.T) {
	_, diags := Parse("f.yaml", []byte("a: 1\na: 2\n"))
	if len(diags) == 0 || !strings.Contains(diags[0].Msg, "重复") {
		t.Fatalf("diags = %v", diags)
	}
}
