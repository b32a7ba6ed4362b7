package build

import (
	"errors"
	"io/fs"
	"strings"
	"sync"
	"testing"

	"jixiao/generator/batch/batchtest"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
	"jixiao/generator/pack/packtest"
)

func evaluated(t testing.TB, p *pack.Pack, name string, src []byte) *evaluate.Result {
	t.Helper()
	res, diags := evaluate.Run(p, name, src)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return res
}

// TestPreparedRendersWhatRenderRenders: the seed example and the complete
// one, byte for byte.
func TestPreparedRendersWhatRenderRenders(t *testing.T) {
	p, _ := pack.Default()
	pp := Prepare(p)
	if d := pp.Problems(); len(d) > 0 {
		t.Fatal(d)
	}
	_, seed, _ := p.Example()
	for _, src := range [][]byte{seed, batchtest.Facts(0)} {
		res := evaluated(t, p, "unit.yaml", src)
		want, d1 := Render(res)
		got, d2 := pp.Render(res)
		if d1.HasErrors() || d2.HasErrors() || len(got) != len(want) {
			t.Fatalf("Render: %v; Prepared.Render: %v", d1, d2)
		}
		sameOutputs(t, "prepared", want, got)
	}
}

// TestPreparedReadsEachTemplateOnce: preparing reads each template once;
// rendering any number of units reads none again.
func TestPreparedReadsEachTemplateOnce(t *testing.T) {
	p, _ := pack.Default()
	counter := packtest.Counting(p.FS)
	p.FS = counter
	pp := Prepare(p)
	for i := range 5 {
		if _, d := pp.Render(evaluated(t, p, "unit.yaml", batchtest.Facts(i))); d.HasErrors() {
			t.Fatal(d)
		}
	}
	for _, doc := range p.Meta.Documents {
		if n := counter.Reads(doc.Template); n != 1 {
			t.Errorf("%s read %d times for 5 units", doc.Template, n)
		}
	}
}

// TestPreparedIsSafeForConcurrentUse renders different units from many
// goroutines with one Prepared (the Word and the Excel engine alike) and
// compares each result with the same unit rendered alone. Run it with
// -race to check the engines.
func TestPreparedIsSafeForConcurrentUse(t *testing.T) {
	p, _ := pack.Default()
	pp := Prepare(p)
	const units = 6
	want := make([][]Output, units)
	results := make([]*evaluate.Result, units)
	for i := range units {
		results[i] = evaluated(t, p, "unit.yaml", batchtest.Facts(i))
		want[i], _ = pp.Render(results[i])
	}
	var wg sync.WaitGroup
	got := make([][]Output, 3*units)
	for k := range got {
		wg.Go(func() { got[k], _ = pp.Render(results[k%units]) })
	}
	wg.Wait()
	for k := range got {
		sameOutputs(t, batchtest.Name(k%units), want[k%units], got[k])
	}
}

// brokenFS serves garbage for one file of a pack.
type brokenFS struct {
	fs.FS
	name string
}

func (b brokenFS) Open(name string) (fs.File, error) {
	if name == b.name {
		return nil, errors.New("gone")
	}
	return b.FS.Open(name)
}

// TestPreparedKeepsTemplateProblems: a template that cannot be read is a
// problem of the pack, reported by Problems and by every Render, which then
// gives no document at all (as Render does).
func TestPreparedKeepsTemplateProblems(t *testing.T) {
	p, _ := pack.Default()
	missing := p.Meta.Documents[0].Template
	p.FS = brokenFS{FS: p.FS, name: missing}
	pp := Prepare(p)
	if !strings.Contains(pp.Problems().Error(), "找不到模板 "+missing) {
		t.Fatalf("problems: %v", pp.Problems())
	}
	outs, d := pp.Render(evaluated(t, p, "unit.yaml", batchtest.Facts(0)))
	if !d.HasErrors() || len(outs) != 0 || !strings.Contains(d.Error(), "找不到模板 "+missing) {
		t.Errorf("render: %d outputs, %v", len(outs), d)
	}
}
