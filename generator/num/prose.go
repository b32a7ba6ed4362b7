package num

import "strings"

// Short prints d rounded half-up to places decimals, without grouping and
// without trailing zeros, as Chinese official prose writes numbers
// (GB/T 15835 leaves digit grouping out of non-technical text):
// Short(12819.60, 2) = "12819.6", Short(1802, 2) = "1802", Short(0.004, 2) = "0".
func Short(d Dec, places int32) string {
	s := Fixed(d, places)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// ProseWan prints an amount in 万元 with its unit, as a report sentence
// writes it: "2415.52万元", "1802万元", "12819.6万元"; an amount that rounds
// to zero is written "0元", as the seed writes a nil budget.
func ProseWan(d Dec) string {
	s := Short(d, 2)
	if s == "0" {
		return "0元"
	}
	return s + "万元"
}

// ProsePct prints a value in percent units at the rubric's precision (two
// decimals, half-up) without trailing zeros: "92.16%", "61%", "150.1%".
func ProsePct(d Dec) string { return Short(d, 2) + "%" }
