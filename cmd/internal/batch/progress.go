package batch

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"jixiao/generator/batch"
)

// newProgress shows the batch's progress on w: a progress bar with the
// units done, failed and the current one when w is a terminal, otherwise
// one line per unit as it finishes.
func newProgress(w io.Writer, total int) batch.Progress {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return newBar(f, total)
	}
	return &lines{w: w, total: total}
}

// lines prints one line per finished unit: “[3/100] 完成 某局-2023.yaml”.
type lines struct {
	w           io.Writer
	total, done int
}

func (l *lines) Started(string) {}

func (l *lines) Finished(r *batch.Result) {
	l.done++
	state := "完成"
	if r.Failed() {
		state = "失败"
	}
	fmt.Fprintf(l.w, "[%d/%d] %s %s\n", l.done, l.total, state, r.File)
}

// bar is a progress bar on a terminal.
type bar struct {
	b            *progressbar.ProgressBar
	done, failed int
}

func newBar(w io.Writer, total int) *bar {
	return &bar{b: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetDescription("生成中"),
	)}
}

func (b *bar) Started(file string) {
	b.b.Describe(fmt.Sprintf("完成 %d，失败 %d，正在处理 %s", b.done, b.failed, filepath.Base(file)))
}

func (b *bar) Finished(r *batch.Result) {
	b.done++
	if r.Failed() {
		b.failed++
		b.done--
	}
	_ = b.b.Add(1)
	if b.b.IsFinished() {
		_ = b.b.Finish()
	}
}
