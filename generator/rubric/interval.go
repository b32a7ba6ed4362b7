package rubric

import (
	"fmt"
	"strings"

	"jixiao/generator/internal/lazyre"
	"jixiao/generator/num"
)

// Interval is a range of values with open or closed ends; a nil bound is
// infinite.
type Interval struct {
	Lo, Hi         *num.Dec
	LoIncl, HiIncl bool
}

// Contains reports whether v lies in the interval.
func (iv Interval) Contains(v num.Dec) bool {
	if iv.Lo != nil && (v.LessThan(*iv.Lo) || (!iv.LoIncl && v.Equal(*iv.Lo))) {
		return false
	}
	if iv.Hi != nil && (v.GreaterThan(*iv.Hi) || (!iv.HiIncl && v.Equal(*iv.Hi))) {
		return false
	}
	return true
}

// String prints the interval in notation: "[90, 95)", "(−∞, 80)".
func (iv Interval) String() string {
	lo, hi := "−∞", "+∞"
	lb, rb := "(", ")"
	if iv.Lo != nil {
		lo = iv.Lo.String()
		if iv.LoIncl {
			lb = "["
		}
	}
	if iv.Hi != nil {
		hi = iv.Hi.String()
		if iv.HiIncl {
			rb = "]"
		}
	}
	return lb + lo + ", " + hi + rb
}

// Words prints the interval for a reason sentence, with unit after each
// number: "≥95%", "90%≤值<95%", "<80%", "=2个".
func (iv Interval) Words(unit string) string {
	switch {
	case iv.Lo != nil && iv.Hi != nil && iv.Lo.Equal(*iv.Hi):
		return "=" + iv.Lo.String() + unit
	case iv.Lo == nil && iv.Hi == nil:
		return "任意值"
	case iv.Lo == nil:
		return op(iv.HiIncl, "≤", "<") + iv.Hi.String() + unit
	case iv.Hi == nil:
		return op(iv.LoIncl, "≥", ">") + iv.Lo.String() + unit
	}
	return iv.Lo.String() + unit + op(iv.LoIncl, "≤", "<") + "值" + op(iv.HiIncl, "≤", "<") + iv.Hi.String() + unit
}

func op(incl bool, yes, no string) string {
	if incl {
		return yes
	}
	return no
}

var notation = lazyre.New(`^([\[(（])\s*([^,，]+?)\s*[,，]\s*([^\])）]+?)\s*([\])）])$`)

// ParseInterval reads a band written in interval notation ("[95, +∞)") or
// in the words of the rubric, read as 民法典 第1259条 reads them: 以上、以下、
// 以内、不超过、不低于、达到 and （含） include the number; 超过、不满、大于、
// 小于、低于、高于、不足 exclude it. A two-sided range in words must mark both
// ends with （含） or （不含）, since the seed shows such ranges are read both ways.
func ParseInterval(s string) (Interval, error) {
	s = strings.TrimSpace(s)
	if m := notation.FindStringSubmatch(s); m != nil {
		return fromNotation(m)
	}
	return fromWords(s)
}

func fromNotation(m []string) (Interval, error) {
	lo, errLo := bound(m[2], true)
	hi, errHi := bound(m[3], false)
	if errLo != nil {
		return Interval{}, errLo
	}
	if errHi != nil {
		return Interval{}, errHi
	}
	iv := Interval{Lo: lo, Hi: hi, LoIncl: m[1] == "[", HiIncl: m[4] == "]"}
	if lo != nil && hi != nil && (lo.GreaterThan(*hi) || (lo.Equal(*hi) && !(iv.LoIncl && iv.HiIncl))) {
		return Interval{}, fmt.Errorf("区间 %s 是空的", m[0])
	}
	return iv, nil
}

// bound parses one end; infinities give nil.
func bound(s string, lower bool) (*num.Dec, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	switch s {
	case "-∞", "−∞", "-inf", "－∞":
		if lower {
			return nil, nil
		}
	case "+∞", "∞", "+inf", "inf", "＋∞":
		if !lower {
			return nil, nil
		}
	}
	d, ok := num.Parse(s)
	if !ok {
		return nil, fmt.Errorf("“%s”不是数字或 ±∞", s)
	}
	return &d, nil
}
