package batch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"

	"jixiao/generator/atomicfile"
	"jixiao/generator/build"
	"jixiao/generator/summary"
)

// Options configure one batch.
type Options struct {
	Prepared *build.Prepared // the pack, its templates parsed once
	Out      string          // the folder that receives the unit folders and the 汇总
	Jobs     int             // units built at once; 0 means one per core
	// Final writes only final packages (--final): a unit the gate finds
	// gaps in (data errors, missing facts, 待评, 【待补】) fails with them,
	// and nothing of it is written.
	Final bool
	// PDF, when set, converts the documents a unit wrote.
	PDF Converter
	// Progress hears of every unit as it starts and finishes.
	Progress Progress
	// Name is how a facts file is named in the problems' places, the
	// messages and the 汇总; nil names it by its path. The page names an
	// uploaded file by its upload's name, not by where the server keeps it.
	Name func(file string) string
	// PackPath resolves the 模板包 a facts file names (ref) to the pack to
	// read for the 汇总's stamp, or says why it is not to be read (the 汇总
	// notes it). Nil resolves ref relative to the file's folder.
	PackPath func(file, ref string) (string, error)
}

// Converter turns documents into PDF files next to them and returns the
// paths of the PDFs (see package pdf).
type Converter interface {
	Convert(ctx context.Context, docs []string) ([]string, error)
}

// Progress is told when a unit starts and when it is done. Calls come
// one at a time, so an implementation need not be safe for concurrent
// use.
type Progress interface {
	Started(file string)
	Finished(r *Result)
}

// Report is the outcome of a batch: one Result per facts file in the
// order given, and the 汇总 workbook.
type Report struct {
	Results []*Result
	Summary string // path of the 汇总 workbook
}

// Failed counts the units that failed.
func (r *Report) Failed() int {
	n := 0
	for _, res := range r.Results {
		if res.Failed() {
			n++
		}
	}
	return n
}

// Run builds every unit of files and writes the 汇总 workbook. Units
// fail one by one (see Result); the error is for what stops the whole
// batch: the 汇总 could not be written. When ctx ends, the units not yet
// started are reported as not built.
func Run(ctx context.Context, files []string, opts Options) (*Report, error) {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	}
	r := &runner{opts: opts, ctx: ctx, stamps: newStamps(opts.Prepared.Pack(), opts.PackPath)}
	r.folders = newFolders(r.names(files))
	results := make([]*Result, len(files))
	work := make(chan int)
	var wg sync.WaitGroup
	for range r.jobs(len(files)) {
		wg.Go(func() {
			for i := range work {
				results[i] = r.safeBuild(i, files[i])
				r.finished(results[i])
			}
		})
	}
	for i := range files {
		if ctx.Err() != nil {
			results[i] = interrupted(files[i], r.name(files[i]))
			r.folders.say(i, "")
			continue
		}
		work <- i
	}
	close(work)
	wg.Wait()
	rep := &Report{Results: results}
	path, err := writeSummary(opts, results)
	rep.Summary = path
	return rep, err
}

// gcPercent is the garbage collector's target during a batch (GOGC, when
// the user has not set it): a unit's garbage dies young and the live heap
// is a few units in flight, so collecting a fifth as often saves about a
// third of the processor time while memory stays bounded.
const gcPercent = 400

// runner is the state the workers share.
type runner struct {
	opts    Options
	ctx     context.Context
	folders *folders
	stamps  *stamps
	mu      sync.Mutex // serializes Progress
}

// name is how file is named (Options.Name).
func (r *runner) name(file string) string {
	if r.opts.Name == nil {
		return file
	}
	return r.opts.Name(file)
}

func (r *runner) names(files []string) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = r.name(f)
	}
	return out
}

// jobs is the number of workers for n units.
func (r *runner) jobs(n int) int {
	j := r.opts.Jobs
	if j <= 0 {
		j = runtime.NumCPU()
	}
	return max(1, min(j, n))
}

// safeBuild is build, with a bug in jixiao reported as the unit's failure
// rather than ending the batch.
func (r *runner) safeBuild(i int, file string) (res *Result) {
	defer func() {
		if p := recover(); p != nil {
			r.folders.say(i, "")
			res = (&Result{File: file, Name: r.name(file)}).fail(nil, fmt.Sprintf("jixiao 内部错误（请把这段信息报告给维护者）：%v", p), nil)
		}
	}()
	return r.build(i, file)
}

func (r *runner) started(file string) {
	if r.opts.Progress != nil {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.opts.Progress.Started(file)
	}
}

func (r *runner) finished(res *Result) {
	if r.opts.Progress != nil {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.opts.Progress.Finished(res)
	}
}

// writeSummary writes the 汇总 of the units into the output folder.
func writeSummary(opts Options, results []*Result) (string, error) {
	p := opts.Prepared.Pack()
	book := &summary.Book{Pack: summary.PackStamp{Name: p.Meta.Name, Version: p.Meta.Version}, Rubric: p.Rubric}
	for _, res := range results {
		book.Units = append(book.Units, res.Record)
	}
	book.Year = summary.YearOf(book.Units, p.Meta.Year)
	data, err := book.Bytes()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(opts.Out, summary.FileName(book.Year))
	return path, atomicfile.Write(path, data, 0o644)
}
