package score

import (
	"fmt"

	"jixiao/generator/facts"
	"jixiao/generator/num"
)

// reading is a rule input: a metric, a numeric fact or a total.
type reading struct {
	OK      bool
	Value   num.Dec  // the displayed value: a rate rounded to two decimals
	Calc    string   // how it was obtained: "在职人员控制率 = 47 ÷ 51 = 92.16%"
	Unit    string   // "%" for rates, else the fact's unit
	Missing []string // facts not given
	Why     string   // why there is no value, in Chinese
}

// Show prints the value with its unit: "92.16%", "3个".
func (rd reading) Show() string {
	if rd.Unit == "%" {
		return num.Pct(rd.Value)
	}
	return num.Plain(rd.Value) + rd.Unit
}

// points is the word for one unit of deviation: percentage points for rates.
func (rd reading) points() string {
	if rd.Unit == "%" {
		return "个百分点"
	}
	return rd.Unit
}

func (s *scorer) read(ref string) reading {
	if m := s.set.Get(ref); m != nil {
		rd := reading{OK: m.OK, Value: m.Value, Missing: m.Missing, Unit: "%"}
		if !m.IsRate() {
			rd.Unit = ""
		}
		rd.Calc = ref + " = " + m.Calc()
		if !m.OK {
			rd.Why = ref + "无法计算：" + m.Why()
		}
		return rd
	}
	a := s.set.Resolve(ref)
	rd := reading{OK: a.OK, Value: a.Value, Missing: a.Missing, Unit: unitOf(s, ref)}
	rd.Calc = fmt.Sprintf("%s = %s", ref, a.Text())
	if !a.OK {
		rd.Why = "缺少 " + joinList(a.Missing)
	}
	return rd
}

func unitOf(s *scorer, ref string) string {
	if f := s.set.Facts.Schema.Find(ref); f != nil && f.Unit != "万元" {
		return f.Unit
	}
	return ""
}

// judgment is an entry of the 评定 section.
type judgment struct {
	v       *facts.Value
	Present bool
}

func (s *scorer) judgment(ref string) judgment {
	v := s.set.Facts.Get(ref)
	if v == nil {
		return judgment{}
	}
	return judgment{v: v, Present: v.Present}
}

// field returns a child of the entry, or nil when it is not given.
func (j judgment) field(key string) *facts.Value {
	if j.v == nil {
		return nil
	}
	if c := j.v.Fields[key]; c != nil && c.Present {
		return c
	}
	return nil
}

// basis returns the entry's 依据 or 理由 in the form "（依据：…）".
func (j judgment) basis() string {
	for _, key := range []string{"依据", "理由"} {
		if c := j.field(key); c != nil && c.Str != "" {
			return "（" + key + "：" + oneLine(c.Str) + "）"
		}
	}
	return ""
}
