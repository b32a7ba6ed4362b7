package rubric

import (
	"fmt"
	"strings"

	"jixiao/generator/internal/lazyre"
	"jixiao/generator/num"
)

const number = `([+-]?\d+(?:\.\d+)?)\s*[%％个项人分]?`

// oneSided are the single-bound phrases with their reading.
var oneSided = []struct {
	re         *lazyre.Regexp
	lower      bool // the number is a lower bound
	inclusive  bool
	numberLast bool
}{
	{lazyre.New(`^` + number + `\s*(?:（含）|\(含\))?\s*(?:及以上|以上)\s*(?:（含）|\(含\))?$`), true, true, false},
	{lazyre.New(`^` + number + `\s*(?:（含）|\(含\))?\s*(?:及以下|以下|以内)\s*(?:（含）|\(含\))?$`), false, true, false},
	{lazyre.New(`^(?:不超过|不高于|不多于|≤|≦|<=)\s*` + number + `$`), false, true, true},
	{lazyre.New(`^(?:不低于|不少于|达到|≥|≧|>=)\s*` + number + `$`), true, true, true},
	{lazyre.New(`^(?:超过|大于|高于|多于|>)\s*` + number + `$`), true, false, true},
	{lazyre.New(`^(?:不满|小于|低于|少于|不足|<)\s*` + number + `$`), false, false, true},
}

var exact = lazyre.New(`^(?:=|等于|为)?\s*` + number + `$`)

var twoSided = lazyre.New(`^` + number + `\s*(（含）|（不含）|\(含\)|\(不含\))?\s*(?:至|到|-|－|~|～|—)\s*` + number + `\s*(（含）|（不含）|\(含\)|\(不含\))?$`)

func fromWords(s string) (Interval, error) {
	for _, p := range oneSided {
		if m := p.re.FindStringSubmatch(s); m != nil {
			d := num.MustParse(m[1])
			if p.lower {
				return Interval{Lo: &d, LoIncl: p.inclusive}, nil
			}
			return Interval{Hi: &d, HiIncl: p.inclusive}, nil
		}
	}
	if m := exact.FindStringSubmatch(s); m != nil {
		d := num.MustParse(m[1])
		return Interval{Lo: &d, Hi: &d, LoIncl: true, HiIncl: true}, nil
	}
	if m := twoSided.FindStringSubmatch(s); m != nil {
		return fromRange(s, m)
	}
	return Interval{}, fmt.Errorf("看不懂的区间“%s”：请写成 [95, +∞) 这样的区间，或“95%%以上”“超过10%%”“90%%（含）至95%%（不含）”", s)
}

// fromRange reads "A（含）至B（不含）"; both ends must be marked, and the
// range may be written high-to-low ("95-90%（含）" is not accepted unmarked).
func fromRange(s string, m []string) (Interval, error) {
	if m[2] == "" || m[4] == "" {
		return Interval{}, fmt.Errorf("区间“%s”没有写明两端是否包含本数：请在两个数后都写（含）或（不含），或写成 [5, 10] 这样的区间", s)
	}
	a, b := num.MustParse(m[1]), num.MustParse(m[3])
	aIncl, bIncl := !strings.Contains(m[2], "不"), !strings.Contains(m[4], "不")
	if a.GreaterThan(b) {
		a, b, aIncl, bIncl = b, a, bIncl, aIncl
	}
	return Interval{Lo: &a, Hi: &b, LoIncl: aIncl, HiIncl: bIncl}, nil
}
