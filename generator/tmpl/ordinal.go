package tmpl

import "fmt"

var cnDigits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// toInt converts a template value (int, int64 from sprig's add1, a
// decimal) to an int; fractions are an error.
func toInt(v any) (int, error) {
	d, p, err := ToDec(v)
	if err != nil {
		return 0, err
	}
	if p != nil || !d.IsInteger() {
		return 0, fmt.Errorf("序号应为整数，实际为 %v", v)
	}
	return int(d.IntPart()), nil
}

// chineseNumber writes 0 ≤ n < 10000 in Chinese numerals as headings use
// them: 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
func chineseNumber(v any) (string, error) {
	n, err := toInt(v)
	if err != nil {
		return "", err
	}
	if n < 0 || n >= 10000 {
		return "", fmt.Errorf("中文数字只支持 0 到 9999，实际为 %d", n)
	}
	if n < 10 {
		return cnDigits[n], nil
	}
	if n < 20 {
		return "十" + tail(n%10), nil
	}
	units := []struct {
		v    int
		name string
	}{{1000, "千"}, {100, "百"}, {10, "十"}}
	out, zero := "", false
	for _, u := range units {
		d := n / u.v % 10
		switch {
		case d > 0:
			if zero {
				out += "零"
			}
			out += cnDigits[d] + u.name
			zero = false
		case out != "":
			zero = true
		}
	}
	if n%10 > 0 {
		if zero {
			out += "零"
		}
		out += cnDigits[n%10]
	}
	return out, nil
}

func tail(d int) string {
	if d == 0 {
		return ""
	}
	return cnDigits[d]
}

// chineseCount is chineseNumber for quantities: 2 alone reads 两.
func chineseCount(v any) (string, error) {
	s, err := chineseNumber(v)
	if s == "二" {
		return "两", err
	}
	return s, err
}

func level1(n any) (string, error) {
	s, err := chineseNumber(n)
	return s + "、", err
}

func level2(n any) (string, error) {
	s, err := chineseNumber(n)
	return "（" + s + "）", err
}

func level3(v any) (string, error) {
	n, err := toInt(v)
	return fmt.Sprintf("%d.", n), err
}

func level4(v any) (string, error) {
	n, err := toInt(v)
	return fmt.Sprintf("（%d）", n), err
}
