package batch

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"jixiao/generator/build"
	"jixiao/generator/pack"
)

// BenchmarkBatch100 builds 100 generated units and their 汇总, as
// `jixiao batch` does (without PDF), one op per batch.
func BenchmarkBatch100(b *testing.B) {
	_, files := county(b, 100)
	p, _ := pack.Default()
	n := 0
	cpu := cpuTime()
	for b.Loop() {
		n++
		opts := Options{Prepared: build.Prepare(p), Out: filepath.Join(b.TempDir(), fmt.Sprint(n))}
		rep, err := Run(context.Background(), files, opts)
		if err != nil || rep.Failed() > 0 {
			b.Fatal(err, rep.Failed())
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(100*n), "ms/unit")
	b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(100*n), "cpu-ms/unit")
}

// cpuTime is the processor time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
