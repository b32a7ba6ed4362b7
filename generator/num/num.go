package num

import (
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// Dec is the exact decimal type used for every amount, count and rate.
type Dec = decimal.Decimal

// Zero is the decimal 0.
var Zero = decimal.Zero

// Hundred is the decimal 100, the factor between a ratio and a percentage.
var Hundred = decimal.NewFromInt(100)

// Int returns n as a decimal.
func Int(n int64) Dec { return decimal.NewFromInt(n) }

// MustParse parses s or panics; for constants in code and tests only.
func MustParse(s string) Dec { return decimal.RequireFromString(s) }

// Parse reads a decimal as users type it: optional sign, digits, an optional
// fraction, and thousands separators (“,” or “，”) that must group by three.
// Scientific notation, units and percent signs are refused so that “12k” or
// “1e3” never silently become a number.
func Parse(s string) (Dec, bool) {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "，", ",")
	if !wellFormed(s) {
		return Zero, false
	}
	d, err := decimal.NewFromString(strings.ReplaceAll(s, ",", ""))
	return d, err == nil
}

// wellFormed reports whether s is [+-]digits[.digits] with optional
// three-digit grouping in the integer part.
func wellFormed(s string) bool {
	s = strings.TrimLeft(s, "+-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if intPart == "" || (hasFrac && frac == "") || !allDigits(frac) {
		return false
	}
	groups := strings.Split(intPart, ",")
	for i, g := range groups {
		if !allDigits(g) || g == "" {
			return false
		}
		if len(groups) > 1 && ((i == 0 && len(g) > 3) || (i > 0 && len(g) != 3)) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// RoundHalfUp rounds d to places decimals, halves away from zero (四舍五入).
func RoundHalfUp(d Dec, places int32) Dec {
	return d.Round(places)
}

// Quo returns a ÷ b rounded half-up to places decimals, computed exactly (the
// rounding looks at the true quotient, not at a truncated expansion). ok is
// false when b is zero.
func Quo(a, b Dec, places int32) (q Dec, ok bool) {
	if b.IsZero() {
		return Zero, false
	}
	// a ÷ b × 10^places = ca × 10^k ÷ cb with k = ea + places − eb, for
	// a = ca × 10^ea and b = cb × 10^eb: one integer division, then half
	// away from zero by the remainder. The same as rounding the exact
	// rational (roundRat), without normalising fractions.
	n, d := a.Coefficient(), b.Coefficient()
	k := int64(a.Exponent()) + int64(places) - int64(b.Exponent())
	if k >= 0 {
		n.Mul(n, pow10(k))
	} else {
		d.Mul(d, pow10(-k))
	}
	neg := n.Sign()*d.Sign() < 0
	n.Abs(n)
	d.Abs(d)
	quo, rem := n.QuoRem(n, d, new(big.Int))
	if rem.Lsh(rem, 1).Cmp(d) >= 0 {
		quo.Add(quo, big.NewInt(1))
	}
	if neg {
		quo.Neg(quo)
	}
	return decimal.NewFromBigInt(quo, -places), true
}

// pow10 returns 10^k.
func pow10(k int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
}

// Percent returns a ÷ b × 100 rounded half-up to places decimals: the
// percentage as it is displayed. ok is false when b is zero.
func Percent(a, b Dec, places int32) (Dec, bool) {
	return Quo(a.Mul(Hundred), b, places)
}

// roundRat rounds r half away from zero to places decimals.
func roundRat(r *big.Rat, places int32) Dec {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	x := new(big.Rat).Mul(r, new(big.Rat).SetInt(scale))
	neg := x.Sign() < 0
	x.Abs(x)
	x.Add(x, big.NewRat(1, 2))
	n := new(big.Int).Quo(x.Num(), x.Denom())
	if neg {
		n.Neg(n)
	}
	return decimal.NewFromBigInt(n, -places)
}

// Max returns the larger of a and b.
func Max(a, b Dec) Dec {
	if a.GreaterThan(b) {
		return a
	}
	return b
}

// FromRat rounds the exact rational r half away from zero to places
// decimals: the one rounding of a value computed exactly.
func FromRat(r *big.Rat, places int32) Dec { return roundRat(r, places) }
