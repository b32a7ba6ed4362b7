package webui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"jixiao/generator/batch"
	"jixiao/generator/diag"
	"jixiao/generator/facts"
	"jixiao/generator/num"
	"jixiao/generator/summary"
)

// BatchView is what the page shows of a batch: its progress, one line per
// unit as each is done, and in the end every unit sorted as the 汇总 lists
// them, with the downloads.
type BatchView struct {
	Job     int       `json:"job"`
	Running bool      `json:"running"`
	Total   int       `json:"total"`
	Done    int       `json:"done"`
	Failed  int       `json:"failed"`
	Current []string  `json:"current"` // the files being built
	Lines   []string  `json:"lines"`   // one per unit done, in the order they were done
	Pack    string    `json:"pack"`    // 名称 版本 of the pack that scores every unit
	Units   []UnitRow `json:"units"`   // when done
	Summary string    `json:"summary"` // the 汇总's file name, when written
	Zip     string    `json:"zip"`     // the name of the zip of every unit's folder
	Error   string    `json:"error"`   // why the 汇总 was not written
}

// UnitRow is one unit of a finished batch.
type UnitRow struct {
	Rank     int      `json:"rank"` // 0 when not ranked (incomplete or failed)
	Unit     string   `json:"unit"`
	File     string   `json:"file"`
	Total    string   `json:"total"` // "" when not scored
	Grade    string   `json:"grade"`
	State    string   `json:"state"`   // 可上报, 草稿 or 失败
	Failure  string   `json:"failure"` // why it failed
	Line     string   `json:"line"`
	ToFix    int      `json:"toFix"`
	Errors   int      `json:"errors"`
	Warnings int      `json:"warnings"`
	Problems []string `json:"problems"` // the errors, each with its place (file:line:col)
	Hints    []string `json:"hints"`    // the warnings, so
	Gaps     []string `json:"gaps"`     // what keeps the package from being final
	Note     string   `json:"note"`     // about the pack its facts name
}

// job is one batch of the bureau's page.
type job struct {
	id     int
	dir    string // the batch's temporary folder
	out    string // the unit folders and the 汇总, inside dir
	name   func(file string) string
	pack   string
	schema *facts.Field // the pack's facts, to name them as the forms do
	cancel context.CancelFunc
	done   chan struct{}
	files  sync.RWMutex // read-locked while a download reads the files

	mu      sync.Mutex
	total   int
	current []string
	lines   []string
	failed  int
	report  *batch.Report
	err     error
	units   []UnitRow
}

func newJob(id int, dir string, in *batchInput, cancel context.CancelFunc) *job {
	p := in.prepared.Pack()
	return &job{id: id, dir: dir, out: filepath.Join(dir, "材料"), name: in.name, cancel: cancel,
		done: make(chan struct{}), total: len(in.files), pack: p.Meta.Name + " " + p.Meta.Version,
		schema: p.Rubric.FactsSchema()}
}

// Started is batch.Progress: file is being built.
func (j *job) Started(file string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.current = append(j.current, j.name(file))
}

// Finished is batch.Progress: a unit is done.
func (j *job) Finished(r *batch.Result) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if i := slices.Index(j.current, r.Name); i >= 0 {
		j.current = slices.Delete(j.current, i, i+1)
	}
	j.lines = append(j.lines, r.Brief())
	if r.Failed() {
		j.failed++
	}
}

// finish keeps the batch's report and its table.
func (j *job) finish(rep *batch.Report, err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.report, j.err, j.current = rep, err, nil
	j.failed = rep.Failed()
	j.units = rows(rep, j.schema)
	close(j.done)
}

func (j *job) view() *BatchView {
	j.mu.Lock()
	defer j.mu.Unlock()
	v := &BatchView{Job: j.id, Total: j.total, Done: len(j.lines), Failed: j.failed, Pack: j.pack,
		Current: append([]string{}, j.current...), Lines: append([]string{}, j.lines...), Units: []UnitRow{},
		Running: j.report == nil}
	if j.report == nil {
		return v
	}
	v.Units = j.units
	if j.err != nil {
		v.Error = "汇总表没有写出：" + j.err.Error()
		return v
	}
	v.Summary = filepath.Base(j.report.Summary)
	v.Zip = zipOfBatch(v.Summary)
	return v
}

// remove deletes the batch's files, once no download reads them.
func (j *job) remove() {
	j.files.Lock()
	defer j.files.Unlock()
	os.RemoveAll(j.dir)
}

// rows are the units of a batch as the 汇总 lists them, their facts named
// as the forms do.
func rows(rep *batch.Report, schema *facts.Field) []UnitRow {
	units := make([]summary.Unit, len(rep.Results))
	index := map[*summary.Unit]int{}
	for i, r := range rep.Results {
		units[i] = r.Record
		index[&units[i]] = i
	}
	sorted, ranks := summary.Order(units)
	out := make([]UnitRow, 0, len(sorted))
	for k, u := range sorted {
		names := newLabeler(schema, map[string]any{"年度": u.Year})
		out = append(out, unitRow(rep.Results[index[u]], u, ranks[k], names))
	}
	return out
}

func unitRow(r *batch.Result, u *summary.Unit, rank int, names *labeler) UnitRow {
	row := UnitRow{Rank: rank, Unit: u.Name, File: r.Name, Grade: u.Grade, Line: r.Brief(), ToFix: u.ToFix,
		Errors: u.Errors(), Warnings: u.Warnings(), Note: u.PackNote, Failure: r.Failure, Problems: []string{}, Hints: []string{}, Gaps: []string{}}
	if u.Scored {
		row.Total = num.Fixed(u.Total, 2)
	}
	switch {
	case r.Failed():
		row.State = "失败"
	case u.ToFix == 0:
		row.State = "可上报"
	default:
		row.State = "草稿"
	}
	for _, d := range u.Findings.Errors() {
		row.Problems = append(row.Problems, placed(d.Pos, names.message(d.Msg)))
	}
	for _, d := range u.Findings.Warnings() {
		row.Hints = append(row.Hints, placed(d.Pos, names.message(d.Msg)))
	}
	for _, g := range u.Gaps {
		row.Gaps = append(row.Gaps, g.Kind+"："+placed(g.Pos, names.message(g.Text)))
	}
	return row
}

// placed is “place：text”, or text when the place is not known.
func placed(pos diag.Pos, text string) string {
	if pos.IsZero() {
		return text
	}
	return pos.String() + "：" + text
}

// zipOfBatch names the zip of every unit's folder after the 汇总:
// 汇总-2023.xlsx → 汇总-2023 各单位材料.zip.
func zipOfBatch(summaryName string) string {
	return summaryName[:len(summaryName)-len(filepath.Ext(summaryName))] + " 各单位材料.zip"
}
