package num

import "strings"

// Fixed prints d rounded half-up to places decimals, without grouping:
// Fixed(12819.6, 2) = "12819.60".
func Fixed(d Dec, places int32) string {
	return RoundHalfUp(d, places).StringFixed(places)
}

// Grouped prints d rounded half-up to places decimals with thousands grouping:
// Grouped(16640.91, 2) = "16,640.91", Grouped(-1234, 0) = "-1,234".
func Grouped(d Dec, places int32) string {
	s := Fixed(d, places)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// Wan prints an amount in 万元 as the documents print it: two decimals,
// thousands grouping, no unit ("16,640.91").
func Wan(d Dec) string { return Grouped(d, 2) }

// Pct prints a value that is already in percent units with two decimals and a
// percent sign: Pct(92.156) = "92.16%".
func Pct(d Dec) string { return Fixed(d, 2) + "%" }

// Plain prints d in its shortest exact form: 51, 0.5, 1802, 12819.6.
func Plain(d Dec) string { return d.String() }
