package tmpl

import "testing"

// TestPoolReusesAndMakesOnlyWhenBusy: overlapping acquisitions make an
// executor each (only the first is told it is first); a released one is
// taken again before a new one is made.
func TestPoolReusesAndMakesOnlyWhenBusy(t *testing.T) {
	var p Pool[*int]
	var firsts, made int
	make := func(first bool) (*int, error) {
		if first {
			firsts++
		}
		made++
		n := made
		return &n, nil
	}
	a, _ := p.Acquire(make)
	b, _ := p.Acquire(make)
	if a == b || made != 2 || firsts != 1 {
		t.Fatalf("two overlapping acquisitions: same=%v made=%d firsts=%d", a == b, made, firsts)
	}
	p.Release(b)
	c, _ := p.Acquire(make)
	if c != b || made != 2 {
		t.Errorf("after a release: got a new executor (made=%d)", made)
	}
}
