package num

import "testing"

func TestShort(t *testing.T) {
	tests := []struct {
		in     string
		places int32
		want   string
	}{
		{"12819.60", 2, "12819.6"},
		{"1802", 2, "1802"},
		{"1802.00", 2, "1802"},
		{"2415.52", 2, "2415.52"},
		{"0", 2, "0"},
		{"0.004", 2, "0"},
		{"-0.004", 2, "0"},
		{"0.005", 2, "0.01"},
		{"-7.885", 2, "-7.89"},
		{"100", 2, "100"},
		{"1234567.891", 2, "1234567.89"},
		{"150.10", 2, "150.1"},
		{"96.995", 2, "97"},
	}
	for _, tt := range tests {
		if got := Short(MustParse(tt.in), tt.places); got != tt.want {
			t.Errorf("Short(%s, %d) = %q, want %q", tt.in, tt.places, got, tt.want)
		}
	}
}

func TestProseWan(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2415.52", "2415.52万元"},
		{"1802.00", "1802万元"},
		{"12819.60", "12819.6万元"},
		{"0", "0元"},
		{"0.00", "0元"},
		{"0.001", "0元"},
		{"0.01", "0.01万元"},
	}
	for _, tt := range tests {
		if got := ProseWan(MustParse(tt.in)); got != tt.want {
			t.Errorf("ProseWan(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestProsePct(t *testing.T) {
	tests := []struct{ in, want string }{
		{"92.16", "92.16%"},
		{"61.00", "61%"},
		{"61", "61%"},
		{"149.575", "149.58%"},
		{"-7.894", "-7.89%"},
		{"0", "0%"},
	}
	for _, tt := range tests {
		if got := ProsePct(MustParse(tt.in)); got != tt.want {
			t.Errorf("ProsePct(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
