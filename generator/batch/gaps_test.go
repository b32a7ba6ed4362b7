package batch

import (
	"reflect"
	"strings"
	"testing"

	"jixiao/generator/batch/batchtest"
	"jixiao/generator/build"
	"jixiao/generator/evaluate"
	"jixiao/generator/gate"
	"jixiao/generator/pack"
)

// TestInspectGivesTheGatesReport: for complete units and for the seed
// example (placeholders in every document), inspect's report is the
// gate's own.
func TestInspectGivesTheGatesReport(t *testing.T) {
	p, _ := pack.Default()
	pp := build.Prepare(p)
	_, seed, _ := p.Example()
	for k, src := range [][]byte{batchtest.Facts(0), batchtest.Facts(1), seed} {
		ev, diags := evaluate.Run(p, "unit.yaml", src)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		outs, _ := pp.Render(ev)
		words := 0
		for _, o := range outs {
			if strings.HasSuffix(o.Name, ".docx") && mayHoldMarker(o) {
				words++
			}
		}
		if complete := k < 2; complete != (words == 0) {
			t.Errorf("%s: %d Word documents may hold a marker", ev.Facts.Unit(), words)
		}
		want, got := gate.Inspect(ev, outs), inspect(ev, outs)
		if !reflect.DeepEqual(want, got) {
			t.Errorf("%s: inspect %+v, gate %+v", ev.Facts.Unit(), got, want)
		}
	}
}
