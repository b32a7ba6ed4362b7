package score

import (
	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/num"
)

// reading is a rule input: a metric, a numeric fact or a total, with what
// the wording layer needs to name it.
type reading struct {
	OK      bool
	Value   num.Dec // the displayed value: a rate rounded to two decimals
	Label   string  // "在职人员控制率", "聘用人员实际使用数"
	Row     string  // the form row of a fact ("聘用人员"), for naming a second fact of it
	Column  string  // the column of a fact ("批复数")
	Metric  *metrics.Metric
	Kind    facts.Kind // of a fact: Money prints in 万元
	Unit    string     // "%" for rates, else the fact's unit ("人", "个")
	NonNeg  bool       // the value cannot be below 0
	Missing []string   // fact paths not given
	Where   []string   // the same, named as the forms do
}

// isRate reports whether the reading is a percentage.
func (rd reading) isRate() bool { return rd.Unit == "%" }

// zeroDen reports a rate whose denominator is 0.
func (rd reading) zeroDen() bool { return rd.Metric != nil && rd.Metric.ZeroDen }

// notApplicable reports a metric with nothing to measure.
func (rd reading) notApplicable() bool { return rd.Metric != nil && rd.Metric.NotApplicable }

func (s *scorer) read(ref string) reading {
	if m := s.set.Get(ref); m != nil {
		rd := reading{OK: m.OK, Value: m.Value, Label: m.Label(), Metric: m, Missing: m.Missing, Where: m.MissingWhere,
			Unit: m.Def.UnitText(), NonNeg: m.Def.Low != ""}
		if rd.Unit == "万元" { // amounts print as prose amounts: 820万元, 0元
			rd.Kind, rd.Unit = facts.Money, ""
		}
		return rd
	}
	a := s.set.Resolve(ref)
	stated := metrics.StatedOf(ref)
	rd := reading{OK: a.OK, Value: a.Value, Label: a.Name, Kind: a.Kind, Missing: a.Missing,
		Where: s.set.WhereAll(a.Missing), Unit: unitOf(s, stated)}
	rd.Row, rd.Column = s.set.Names.Row(s.set.Facts.Schema, stated)
	if f := s.set.Facts.Schema.Find(stated); f != nil {
		rd.NonNeg = f.Min == "0"
	}
	return rd
}

// literal is a number written in a rule's condition.
func literal(d num.Dec) reading {
	return reading{OK: true, Value: d, Label: ""}
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

// basis returns the entry's 依据 or 理由 as the unit wrote it, on one line.
func (j judgment) basis() string {
	for _, key := range []string{"依据", "理由"} {
		if c := j.field(key); c != nil && c.Str != "" {
			return oneLine(c.Str)
		}
	}
	return ""
}
