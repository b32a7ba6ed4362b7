// Package tmpltest holds test helpers shared by the template engines.
package tmpltest

import (
	"io"
	"strings"
	"testing"
	"time"

	"jixiao/generator/diag"
	"jixiao/generator/tmpl"
)

// Executor is a parsed template's ExecuteBudget.
type Executor func(w io.Writer, data any, b *tmpl.Budget) diag.List

// ExecutionsOverlap checks that two executions of one template run at the
// same time, each within its own budget. The template must print .a once
// and then loop `{{range until .n}}{{end}}`.
func ExecutionsOverlap(t *testing.T, execute Executor) {
	t.Helper()
	b := barrier{arrived: make(chan struct{}), release: make(chan struct{})}
	budgets := []*tmpl.Budget{tmpl.NewBudget(), tmpl.NewBudgetWith(5, tmpl.MaxBytes, tmpl.MaxDuration)}
	done := make(chan diag.List)
	for _, budget := range budgets {
		go func() { done <- execute(io.Discard, map[string]any{"a": b, "n": 10}, budget) }()
	}
	for range budgets {
		select {
		case <-b.arrived:
		case <-time.After(10 * time.Second):
			t.Fatal("the executions took turns")
		}
	}
	close(b.release)
	var failed int
	for range budgets {
		if d := <-done; d.HasErrors() {
			failed++
			if !strings.Contains(d.Error(), "循环、序列和列表共超过 5 项") {
				t.Errorf("got %v", d)
			}
		}
	}
	if failed != 1 || budgets[0].Err() != nil {
		t.Errorf("%d runs failed; the run with room: %v", failed, budgets[0].Err())
	}
}

// barrier prints once every execution holding one has reached it: a
// template whose executions took turns would never print.
type barrier struct {
	arrived chan struct{}
	release chan struct{}
}

func (b barrier) String() string {
	b.arrived <- struct{}{}
	<-b.release
	return "x"
}
