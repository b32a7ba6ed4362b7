package batch

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"jixiao/generator/build"
	"jixiao/generator/pack"
)

// BenchmarkBatch100 measures, in one run, the two ways to build a county
// of 100 generated units (without PDF): `batch`, one op per batch of 100
// units and its 汇总 (target ≤ 2.5 s per op on 2 cores, ≤ 25 ms per unit),
// and `build`, one `jixiao build` process per unit, as a unit's clerk runs
// it (one op per unit). Both report ms/unit; batch also the processor time
// per unit and the process's peak memory.
func BenchmarkBatch100(b *testing.B) {
	_, files := county(b, 100)
	b.Run("batch", func(b *testing.B) { benchmarkBatch(b, files) })
	b.Run("build", func(b *testing.B) { benchmarkBuild(b, files) })
}

func benchmarkBatch(b *testing.B, files []string) {
	p, _ := pack.Default()
	n, cpu := 0, cpuTime()
	for b.Loop() {
		n++
		opts := Options{Prepared: build.Prepare(p), Out: filepath.Join(b.TempDir(), fmt.Sprint(n))}
		rep, err := Run(context.Background(), files, opts)
		if err != nil || rep.Failed() > 0 {
			b.Fatal(err, rep.Failed())
		}
	}
	units := float64(len(files) * n)
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/units, "ms/unit")
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/units, "cpu-ms/unit")
	b.ReportMetric(float64(peakRSS())/(1<<20), "peak-MB")
}

// benchmarkBuild runs the jixiao command, built once, on one unit per op.
func benchmarkBuild(b *testing.B, files []string) {
	bin := filepath.Join(b.TempDir(), "jixiao")
	goCmd := filepath.Join(runtime.GOROOT(), "bin", "go")
	if out, err := exec.Command(goCmd, "build", "-o", bin, "jixiao/cmd/jixiao").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	out := b.TempDir()
	i := 0
	for b.Loop() {
		f := files[i%len(files)]
		i++
		if msg, err := exec.Command(bin, "build", f, "-o", filepath.Join(out, fmt.Sprint(i))).CombinedOutput(); err != nil {
			b.Fatalf("%v\n%s", err, msg)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(i), "ms/unit")
}
