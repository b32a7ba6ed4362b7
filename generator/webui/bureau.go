package webui

import (
	"context"
	"net/http"
	"os"
	"sync"

	"jixiao/generator/batch"
	"jixiao/generator/build"
)

// BureauLimits bound what one batch of the bureau's page takes in; each is
// a total for the whole batch.
type BureauLimits struct {
	Files     int   // facts files
	FileBytes int64 // one facts file
	PackBytes int64 // an uploaded pack (.zip)
	Total     int64 // the whole request: every file and field uploaded
}

// DefaultBureauLimits hold a county of a few hundred units with room to
// spare.
var DefaultBureauLimits = BureauLimits{Files: 1000, FileBytes: MaxFactsBytes, PackBytes: 64 << 20, Total: 128 << 20}

// Bureau is the finance bureau's section of the page: many units' facts
// files built in one batch (package batch, as `jixiao batch` does) and the
// 汇总 workbook. One batch runs at a time; the last one is kept for its
// downloads until the next starts or the server stops.
//
// A batch keeps its files in a temporary folder of its own (uploads,
// unit folders, 汇总), never in the working folder, which it only reads:
// the bureau downloads the 汇总 and a zip of every unit. The folder is
// removed when the next batch starts and when the server stops (Close).
type Bureau struct {
	cfg      Config
	limits   BureauLimits
	prepOnce sync.Once
	prepared *build.Prepared // cfg.Pack, its templates parsed once for every batch

	mu     sync.Mutex
	busy   bool // a batch is being received or run
	closed bool
	last   *job
	nextID int
}

func newBureau(cfg Config) *Bureau {
	limits := cfg.BureauLimits
	if limits == (BureauLimits{}) {
		limits = DefaultBureauLimits
	}
	return &Bureau{cfg: cfg, limits: limits}
}

// defaultPrepared is the session's pack, prepared on first use.
func (b *Bureau) defaultPrepared() *build.Prepared {
	b.prepOnce.Do(func() { b.prepared = build.Prepare(b.cfg.Pack) })
	return b.prepared
}

// reserve claims the bureau for a new batch and makes its temporary
// folder; release gives it back when the batch does not start.
func (b *Bureau) reserve() (string, int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.closed:
		return "", 0, pageErr(http.StatusServiceUnavailable, "jixiao 正在停止")
	case b.busy:
		return "", 0, pageErr(http.StatusConflict, "上一批还在生成，请等它完成或先停止它")
	}
	dir, err := os.MkdirTemp(b.cfg.TempDir, "jixiao-bureau-")
	if err != nil {
		return "", 0, pageErr(http.StatusInternalServerError, "无法建立临时文件夹：%v", err)
	}
	b.busy = true
	b.nextID++
	return dir, b.nextID, nil
}

func (b *Bureau) release(dir string) {
	os.RemoveAll(dir)
	b.mu.Lock()
	b.busy = false
	b.mu.Unlock()
}

// start runs the batch of in as job id in its folder, in the background,
// and drops the previous batch and its files.
func (b *Bureau) start(id int, dir string, in *batchInput) (*BatchView, error) {
	ctx, cancel := context.WithCancel(context.Background())
	j := newJob(id, dir, in, cancel)
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		b.release(dir)
		return nil, pageErr(http.StatusServiceUnavailable, "jixiao 正在停止")
	}
	prev := b.last
	b.last = j
	b.mu.Unlock()
	if prev != nil {
		prev.remove()
	}
	opts := batch.Options{Prepared: in.prepared, Out: j.out, Final: in.final, Progress: j,
		Name: in.name, PackPath: b.packPath(in)}
	go func() {
		rep, err := batch.Run(ctx, in.files, opts)
		j.finish(rep, err)
		b.mu.Lock()
		b.busy = false
		b.mu.Unlock()
	}()
	return j.view(), nil
}

// current is job id when it is the last batch.
func (b *Bureau) current(id int) (*job, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.last == nil || b.last.id != id {
		return nil, pageErr(http.StatusGone, "这一批的结果已不在（生成了新的一批，或 jixiao 重新启动过），请重新生成")
	}
	return b.last, nil
}

// Status is the progress, and in the end the result, of batch id.
func (b *Bureau) Status(id int) (*BatchView, error) {
	j, err := b.current(id)
	if err != nil {
		return nil, err
	}
	return j.view(), nil
}

// Stop stops batch id: the units not yet started are not built.
func (b *Bureau) Stop(id int) (*BatchView, error) {
	j, err := b.current(id)
	if err != nil {
		return nil, err
	}
	j.cancel()
	return j.view(), nil
}

// Close stops a running batch and removes the files of the last one. The
// bureau takes no batch after.
func (b *Bureau) Close() {
	b.mu.Lock()
	b.closed = true
	j := b.last
	b.last = nil
	b.mu.Unlock()
	if j != nil {
		j.cancel()
		<-j.done
		j.remove()
	}
}
