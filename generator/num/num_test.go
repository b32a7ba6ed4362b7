package num

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"16640.91", "16640.91", true},
		{"16,640.91", "16640.91", true},
		{"16，640.91", "16640.91", true},
		{"1,234,567", "1234567", true},
		{"-3.5", "-3.5", true},
		{"0", "0", true},
		{"12k", "", false},
		{"1e3", "", false},
		{"12,34", "", false},
		{"1234,567", "", false},
		{"", "", false},
		{"5.", "", false},
		{".5", "", false},
		{"92%", "", false},
		{"100万元", "", false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in)
		if ok != tt.ok || (ok && got.String() != tt.want) {
			t.Errorf("Parse(%q) = %v, %v; want %s, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPercentRoundsHalfUpOnExactQuotient(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"47", "51", "92.16"},             // 92.1568…
		{"12819.60", "16640.91", "77.04"}, // 77.0369…
		{"3537.37", "16640.91", "21.26"},
		{"613.76", "1802", "34.06"},
		{"439.27", "240", "183.03"},
		{"195.57", "213.94", "91.41"},
		{"1080", "722", "149.58"},
		{"1", "8", "12.50"},    // exactly 12.5
		{"1", "80000", "0.00"}, // 0.00125 → 0.00
		{"1", "40000", "0.00"}, // 0.0025 → 0.00 (third place 2)
		{"1", "20000", "0.01"}, // 0.005 → 0.01 half-up
		{"-1", "20000", "-0.01"},
		{"2", "3", "66.67"},
	}
	for _, tt := range tests {
		got, ok := Percent(MustParse(tt.a), MustParse(tt.b), 2)
		if !ok || got.StringFixed(2) != tt.want {
			t.Errorf("Percent(%s, %s) = %s; want %s", tt.a, tt.b, got.StringFixed(2), tt.want)
		}
	}
}

func TestQuoZeroDenominator(t *testing.T) {
	if _, ok := Quo(Int(1), Zero, 2); ok {
		t.Fatal("Quo by zero reported ok")
	}
}

func TestGrouped(t *testing.T) {
	tests := []struct {
		in     string
		places int32
		want   string
	}{
		{"16640.91", 2, "16,640.91"},
		{"12819.6", 2, "12,819.60"},
		{"195.57", 2, "195.57"},
		{"0", 2, "0.00"},
		{"1234567.891", 2, "1,234,567.89"},
		{"999.995", 2, "1,000.00"},
		{"-1234", 0, "-1,234"},
		{"100", 0, "100"},
	}
	for _, tt := range tests {
		if got := Grouped(MustParse(tt.in), tt.places); got != tt.want {
			t.Errorf("Grouped(%s, %d) = %q; want %q", tt.in, tt.places, got, tt.want)
		}
	}
}

func TestPctAndWan(t *testing.T) {
	if got := Pct(MustParse("92.156")); got != "92.16%" {
		t.Errorf("Pct = %q", got)
	}
	if got := Wan(MustParse("613.755")); got != "613.76" {
		t.Errorf("Wan = %q", got)
	}
}
