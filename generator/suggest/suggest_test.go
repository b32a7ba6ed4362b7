package suggest

import "testing"

func TestNearest(t *testing.T) {
	cands := []string{"编制数", "在职人数", "聘用人员"}
	tests := map[string]string{
		"编制":     "编制数",
		"在职人员":   "在职人数",
		"完全不相关的": "",
		"编制数":    "编制数",
	}
	for in, want := range tests {
		if got := Nearest(in, cands); got != want {
			t.Errorf("Nearest(%q) = %q; want %q", in, got, want)
		}
	}
	if Hint("编制", cands) != "，是不是“编制数”？" || Hint("xyz", cands) != "" {
		t.Error("Hint")
	}
}
