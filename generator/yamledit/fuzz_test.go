package yamledit

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzSet: whatever the text, path and value, Set never panics; when it
// succeeds, setting the same value again changes nothing.
func FuzzSet(f *testing.F) {
	for _, seed := range []struct{ src, path, value string }{
		{"人员:\n  编制数: 51\n", "人员.在职人数", "47"},
		{"a: |-\n  x\n  y\nb: 1\n", "a", "z\nw"},
		{"l:\n  - a\n", "l.1", "b"},
		{"l: []\n", "l.0.名称", "甲"},
		{"a: \"x\" # c\r\n", "a", "y"},
		{"a: one\n  two\n", "a", ""},
		{"", "单位", "某局"},
		{"a: {b: 1}\n", "a.b", "2, 3"},
	} {
		f.Add(seed.src, seed.path, seed.value)
	}
	f.Fuzz(func(t *testing.T, src, path, value string) {
		p := Path(strings.Split(path, "."))
		out, err := Set([]byte(src), p, value)
		if err != nil {
			return
		}
		again, err := Set(out, p, value)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("setting %q again: %v\n%q\n%q", value, err, out, again)
		}
	})
}
