package rubric

import (
	"sort"

	"jixiao/generator/num"
)

// bands checks that the bands of r partition the values its input can take
// (from 0 up for inputs that cannot be negative; only whole numbers for
// counts) without gaps or overlaps, and that no band scores above points.
func (l *linter) bands(name string, r *Rule, points num.Dec) {
	for _, b := range r.Bands {
		if b.Score.GreaterThan(points) || b.Score.IsNegative() {
			l.diags.Errorf(b.Pos, "“%s”的分段“%s”得 %s 分，超出 0 到 %s 分", name, b.Text, b.Score, points)
		}
	}
	nonNeg := l.refs.nonNegative(r.Ref)
	sorted := make([]Band, 0, len(r.Bands))
	for _, b := range r.Bands {
		if nonNeg {
			b.Interval = clipAtZero(b.Interval)
		}
		if !b.Interval.empty() {
			sorted = append(sorted, b)
		}
	}
	sort.SliceStable(sorted, func(i, j int) bool { return lowerLess(sorted[i].Interval, sorted[j].Interval) })
	sweep := &sweeper{l: l, name: name, r: r, integer: l.refs.integer(r.Ref), unit: l.refs.unit(r.Ref)}
	if nonNeg {
		zero := num.Zero
		sweep.end, sweep.endIncl = &zero, false // (−∞, 0) needs no band
		sweep.started = true
	}
	for _, b := range sorted {
		sweep.next(b)
	}
	sweep.finish()
}

// clipAtZero drops the negative part of iv, for inputs that cannot be
// negative.
func clipAtZero(iv Interval) Interval {
	zero := num.Zero
	if iv.Lo == nil || iv.Lo.IsNegative() {
		iv.Lo, iv.LoIncl = &zero, true
	}
	return iv
}

// empty reports whether iv holds no value.
func (iv Interval) empty() bool {
	if iv.Lo == nil || iv.Hi == nil {
		return false
	}
	return iv.Lo.GreaterThan(*iv.Hi) || (iv.Lo.Equal(*iv.Hi) && !(iv.LoIncl && iv.HiIncl))
}

// lowerLess orders intervals by lower bound, −∞ first, closed before open.
func lowerLess(a, b Interval) bool {
	switch {
	case a.Lo == nil || b.Lo == nil:
		return a.Lo == nil && b.Lo != nil
	case !a.Lo.Equal(*b.Lo):
		return a.Lo.LessThan(*b.Lo)
	}
	return a.LoIncl && !b.LoIncl
}

// sweeper walks the sorted bands keeping how far the line is covered.
type sweeper struct {
	l          *linter
	name, unit string
	r          *Rule
	integer    bool
	started    bool     // coverage began (a band or the domain start)
	end        *num.Dec // covered up to here; nil with started = +∞
	endIncl    bool
	endBand    *Band
}

func (s *sweeper) next(b Band) {
	iv := b.Interval
	if !s.started {
		if iv.Lo != nil {
			s.gap(Interval{Hi: iv.Lo, HiIncl: !iv.LoIncl})
		}
		s.advance(b)
		return
	}
	if s.end == nil {
		s.overlap(iv, b)
		return
	}
	switch {
	case iv.Lo == nil || iv.Lo.LessThan(*s.end) || (iv.Lo.Equal(*s.end) && iv.LoIncl && s.endIncl):
		s.overlap(iv, b)
	case iv.Lo.GreaterThan(*s.end) || (!iv.LoIncl && !s.endIncl):
		s.gap(Interval{Lo: s.end, LoIncl: !s.endIncl, Hi: iv.Lo, HiIncl: !iv.LoIncl})
	}
	s.advance(b)
}

// advance extends the coverage by band b.
func (s *sweeper) advance(b Band) {
	iv := b.Interval
	if !s.started || iv.Hi == nil || (s.end != nil && (iv.Hi.GreaterThan(*s.end) || (iv.Hi.Equal(*s.end) && iv.HiIncl))) {
		s.end, s.endIncl, s.endBand = iv.Hi, iv.HiIncl, &b
	}
	s.started = true
}

func (s *sweeper) finish() {
	if !s.started {
		return
	}
	if s.end != nil {
		s.gap(Interval{Lo: s.end, LoIncl: !s.endIncl})
	}
}

func (s *sweeper) gap(iv Interval) {
	if example, ok := s.sample(iv); ok {
		s.l.diags.Errorf(s.r.Pos, "“%s”的分段有空隙 %s：取值 %s%s 不落在任何一档", s.name, iv, example, s.unit)
	}
}

// overlap reports the part of iv already covered by the previous bands.
func (s *sweeper) overlap(iv Interval, b Band) {
	common := Interval{Lo: iv.Lo, LoIncl: iv.LoIncl, Hi: s.end, HiIncl: s.endIncl}
	if iv.Hi != nil && (s.end == nil || iv.Hi.LessThan(*s.end) || (iv.Hi.Equal(*s.end) && !iv.HiIncl)) {
		common.Hi, common.HiIncl = iv.Hi, iv.HiIncl
	}
	if example, ok := s.sample(common); ok {
		prev := ""
		if s.endBand != nil {
			prev = "“" + s.endBand.Text + "”和"
		}
		s.l.diags.Errorf(s.r.Pos, "“%s”的分段重叠 %s：取值 %s%s 同时落在%s“%s”两档", s.name, common, example, s.unit, prev, b.Text)
	}
}

// sample returns a value inside iv to show users (a whole number for
// counts); ok is false when iv holds no value the input can take.
func (s *sweeper) sample(iv Interval) (string, bool) {
	if !s.integer {
		if iv.Lo != nil && iv.Hi != nil && iv.Lo.Equal(*iv.Hi) && !(iv.LoIncl && iv.HiIncl) {
			return "", false
		}
		switch {
		case iv.Lo != nil && iv.LoIncl, iv.Hi == nil && iv.Lo != nil:
			return iv.Lo.String(), true
		case iv.Hi != nil:
			return iv.Hi.String(), true
		}
		return "0", true
	}
	return s.integerIn(iv)
}

func (s *sweeper) integerIn(iv Interval) (string, bool) {
	var k num.Dec
	switch {
	case iv.Lo == nil:
		k = iv.Hi.Floor()
		if !iv.HiIncl && k.Equal(*iv.Hi) {
			k = k.Sub(num.Int(1))
		}
		return k.String(), true
	case iv.LoIncl:
		k = iv.Lo.Ceil()
	default:
		k = iv.Lo.Floor().Add(num.Int(1))
	}
	if iv.Contains(k) {
		return k.String(), true
	}
	return "", false
}
