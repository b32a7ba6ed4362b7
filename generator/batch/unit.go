package batch

import (
	"fmt"
	"os"
	"path/filepath"

	"jixiao/generator/atomicfile"
	"jixiao/generator/build"
	"jixiao/generator/diag"
	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/gate"
	"jixiao/generator/summary"
)

// Result is what became of one facts file.
type Result struct {
	File     string
	Name     string       // how the file is named (Options.Name): in Errors' places and the 汇总
	Dir      string       // the unit's folder, when its documents were written
	Paths    []string     // the documents written
	PDFs     []string     // the PDFs written
	Record   summary.Unit // what the 汇总 shows of the unit
	Failure  string       // why the unit failed, "" when it did not
	Errors   diag.List    // the problems that failed it, each with its place
	Source   []byte       // the facts file of a failed unit (for snippets)
	PDFError string       // why its PDFs were not all made (its documents were written)
}

// Failed reports whether the unit failed.
func (r *Result) Failed() bool { return r.Failure != "" }

// build evaluates, renders and writes file i, and keeps only its record.
func (r *runner) build(i int, file string) *Result {
	r.started(file)
	ev, res := r.evaluate(i, file)
	if ev == nil {
		return res
	}
	folder := FolderName(ev.Facts.Unit(), ev.Facts.Year())
	r.folders.say(i, folder)
	outs, diags := r.opts.Prepared.Render(ev)
	rep := gate.Inspect(ev, outs)
	rec := summary.FromResult(res.Name, ev, rep)
	rec.Pack, rec.PackNote = r.stamps.of(file, ev.Facts.Text(facts.PackKey))
	switch {
	case diags.HasErrors():
		return res.fail(&rec, fmt.Sprintf("模板有 %d 个错误，没有写出文件", len(diags.Errors())), diags.Errors())
	case r.opts.Final && !rep.Ready():
		return res.fail(&rec, fmt.Sprintf("未通过 --final 检查：%d 处待补，没有写出文件", rep.Count()), gateProblems(res.Name, rep))
	}
	if refused := r.folders.answer(i, folder); refused != "" {
		return res.fail(&rec, refused, nil)
	}
	res.Record, res.Source = rec, nil
	return r.write(res, filepath.Join(r.opts.Out, folder), outs)
}

// evaluate reads and evaluates file i; on failure it returns nil and the
// failed Result, having told the folders that file i wants none.
func (r *runner) evaluate(i int, file string) (*evaluate.Result, *Result) {
	res := &Result{File: file, Name: r.name(file)}
	src, err := facts.ReadFile(file)
	if err != nil {
		r.folders.say(i, "")
		return nil, res.fail(nil, fmt.Sprintf("无法读取事实文件：%v", err), nil)
	}
	res.Source = src // kept while the unit is in hand, and after for a failed unit's snippets
	ev, diags := evaluate.Run(r.opts.Prepared.Pack(), res.Name, src)
	if diags.HasErrors() {
		r.folders.say(i, "")
		return nil, res.fail(nil, fmt.Sprintf("事实文件有 %d 个错误", len(diags.Errors())), diags)
	}
	return ev, res
}

// write writes the unit's documents into dir, then its PDFs.
func (r *runner) write(res *Result, dir string, outs []build.Output) *Result {
	paths, err := writeDocs(dir, outs)
	res.Paths = paths
	if err != nil {
		return res.fail(&res.Record, fmt.Sprintf("无法写出文件：%v", err), nil)
	}
	res.Dir = dir
	if r.opts.PDF != nil {
		pdfs, err := r.opts.PDF.Convert(r.ctx, paths)
		res.PDFs = pdfs
		if err != nil {
			res.PDFError = err.Error()
		}
	}
	return res
}

// fail records why the unit failed. rec is the unit's record when its
// facts were evaluated; otherwise the 汇总 lists the file with its
// problems.
func (res *Result) fail(rec *summary.Unit, why string, problems diag.List) *Result {
	res.Failure, res.Errors = why, problems
	if rec != nil {
		res.Record = *rec
		res.Record.Failure = why
		res.Record.Findings = append(res.Record.Findings, problems...)
		return res
	}
	res.Record = summary.Failed(res.Name, problems, why)
	return res
}

// interrupted is a unit the batch did not get to.
func interrupted(file, name string) *Result {
	res := &Result{File: file, Name: name}
	return res.fail(nil, "已中断，没有处理", nil)
}

// writeDocs writes the documents into dir (created if needed), each
// through a temporary file renamed into place, as build.Write does but
// without syncing each file: hundreds of syncs would take seconds.
func writeDocs(dir string, outs []build.Output) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	for _, o := range outs {
		path := filepath.Join(dir, o.Name)
		if err := atomicfile.WriteUnsynced(path, o.Data, 0o644); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}
