package batch

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"jixiao/generator/batch"
)

// TestBarShowsDoneFailedAndCurrent drives the terminal progress bar into
// a buffer: it names the units done, failed and the one in hand.
func TestBarShowsDoneFailedAndCurrent(t *testing.T) {
	var buf bytes.Buffer
	b := newBar(&buf, 3)
	b.Started("各单位/甲.yaml")
	b.Finished(&batch.Result{File: "各单位/甲.yaml"})
	time.Sleep(150 * time.Millisecond) // past the bar's throttle
	b.Started("各单位/乙.yaml")
	b.Finished(&batch.Result{File: "各单位/乙.yaml", Failure: "事实文件有 1 个错误"})
	time.Sleep(150 * time.Millisecond)
	b.Started("各单位/丙.yaml")
	b.Finished(&batch.Result{File: "各单位/丙.yaml"})
	out := buf.String()
	for _, want := range []string{"完成 1，失败 1，正在处理 丙.yaml", "(2/3)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the bar never showed %q:\n%q", want, out)
		}
	}
}

// TestLinesOffATerminal: one line per finished unit, numbered.
func TestLinesOffATerminal(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, 2)
	p.Finished(&batch.Result{File: "a.yaml"})
	p.Finished(&batch.Result{File: "b.yaml", Failure: "x"})
	if got := buf.String(); got != "[1/2] 完成 a.yaml\n[2/2] 失败 b.yaml\n" {
		t.Errorf("lines: %q", got)
	}
}
