package rubric

import "testing"

func TestParseInterval(t *testing.T) {
	tests := []struct{ in, want string }{
		{"[95, +∞)", "[95, +∞)"},
		{"(-∞,80)", "(−∞, 80)"},
		{"[5%, 10%]", "[5, 10]"},
		{"（10，+∞）", "(10, +∞)"},
		{"95%以上", "[95, +∞)"},
		{"2个以下", "(−∞, 2]"},
		{"100%以下（含）", "(−∞, 100]"},
		{"100%（含）以下", "(−∞, 100]"},
		{"4个及以上", "[4, +∞)"},
		{"超过3个", "(3, +∞)"},
		{"大于10%", "(10, +∞)"},
		{"不满80%", "(−∞, 80)"},
		{"小于80%", "(−∞, 80)"},
		{"低于2个", "(−∞, 2)"},
		{"不超过100%", "(−∞, 100]"},
		{"≥95", "[95, +∞)"},
		{"<5%", "(−∞, 5)"},
		{"为2个", "[2, 2]"},
		{"0", "[0, 0]"},
		{"90%（含）至95%（不含）", "[90, 95)"},
		{"95%（不含）-90%（含）", "[90, 95)"},
		{"5%（含）～10%（含）", "[5, 10]"},
	}
	for _, tt := range tests {
		iv, err := ParseInterval(tt.in)
		if err != nil || iv.String() != tt.want {
			t.Errorf("ParseInterval(%q) = %s, %v; want %s", tt.in, iv, err, tt.want)
		}
	}
}

func TestParseIntervalRefusesAmbiguity(t *testing.T) {
	for _, in := range []string{"95-90%（含）", "5-10%", "[10, 5]", "(5, 5]", "大约90", "[a, 5]"} {
		if iv, err := ParseInterval(in); err == nil {
			t.Errorf("ParseInterval(%q) = %s; want an error", in, iv)
		}
	}
}

func TestIntervalContainsAtBoundaries(t *testing.T) {
	tests := []struct {
		band string
		v    string
		want bool
	}{
		{"95%以上", "95", true},
		{"95%以上", "94.99", false},
		{"超过10%", "10", false},
		{"超过10%", "10.01", true},
		{"不满80%", "80", false},
		{"[5, 10]", "5", true},
		{"[5, 10]", "10", true},
		{"[90, 95)", "95", false},
		{"100%以下（含）", "100", true},
	}
	for _, tt := range tests {
		iv, _ := ParseInterval(tt.band)
		if got := iv.Contains(mustDec(tt.v)); got != tt.want {
			t.Errorf("%s contains %s = %v; want %v", tt.band, tt.v, got, tt.want)
		}
	}
}

func TestIntervalWords(t *testing.T) {
	tests := map[string]string{
		"[95, +∞)": "≥95%", "[90, 95)": "90%≤值<95%", "(−∞, 80)": "<80%", "[2,2]": "=2%",
	}
	for in, want := range tests {
		iv, _ := ParseInterval(in)
		if got := iv.Words("%"); got != want {
			t.Errorf("%s.Words = %q; want %q", in, got, want)
		}
	}
}
