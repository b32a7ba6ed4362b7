package formula

import "testing"

// FuzzParse: no input makes the parser, the printer or the checker panic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"a ÷ b × 100%", "（a − 未填为0(合计(b.c))）÷ d × 100%", "最小(a, b) + 个数(c)", "a <= 95%", "((", "1.2.3", "−−a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if e, err := Parse(src); err == nil {
			Print(e.Root, func(Node) (string, bool) { return "1", false })
			Check(e.Root, testEnv)
		}
		ParseComparison(src)
	})
}
