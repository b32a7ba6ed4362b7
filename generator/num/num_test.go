package num

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

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

// TestQuoIsTheRoundedRational compares Quo with rounding the exact
// rational quotient, over generated operands at the edges: halves,
// negative values, exponents far apart.
func TestQuoIsTheRoundedRational(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	operand := func() Dec {
		digits := []string{"0", "1", "5", "25", "125", "3", "7", "9999", "100000", "123456789012345678901234567890"}
		d := MustParse(digits[r.IntN(len(digits))] + "." + digits[r.IntN(len(digits))])
		d = d.Shift(int32(r.IntN(13) - 6))
		if r.IntN(3) == 0 {
			d = d.Neg()
		}
		return d
	}
	for range 20000 {
		a, b := operand(), operand()
		places := int32(r.IntN(5))
		got, ok := Quo(a, b, places)
		if b.IsZero() {
			if ok {
				t.Fatalf("%v ÷ 0 gave %v", a, got)
			}
			continue
		}
		want := roundRat(new(big.Rat).Quo(a.Rat(), b.Rat()), places)
		if !ok || got.String() != want.String() || got.Exponent() != want.Exponent() {
			t.Fatalf("Quo(%v, %v, %d) = %v (exp %d); want %v (exp %d)", a, b, places, got, got.Exponent(), want, want.Exponent())
		}
	}
}
