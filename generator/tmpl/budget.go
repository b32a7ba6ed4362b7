package tmpl

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// The limits of one run (a build, a render, a lint): every template the
// run executes — Word and Excel documents, output names, lint's sample
// render — draws on one Budget, so they are totals, not per piece.
const (
	// MaxSteps bounds the iterations of every range loop, the items of
	// every sequence (until, seq…) and the elements of every list or
	// dictionary templates build.
	MaxSteps = 5_000_000
	// MaxBytes bounds the bytes template functions produce and templates
	// write (128 MiB).
	MaxBytes = 128 << 20
	// MaxDuration is the wall-clock deadline, the last resort when the
	// other limits do not stop a template.
	MaxDuration = 60 * time.Second
	// MaxDepth bounds the nesting of the lists and dictionaries templates
	// build, so that printing one cannot exhaust the stack.
	MaxDepth = 1000
)

// ErrLimit is what every budget error is (errors.Is): a template ran into
// one of the limits of its run.
var ErrLimit = errors.New("超过本次运行的上限")

// LimitError is a budget error with its explanation in Chinese.
type LimitError struct{ Msg string }

// Error returns the Chinese message.
func (e *LimitError) Error() string { return e.Msg }

// Is makes errors.Is(err, ErrLimit) true for every LimitError.
func (e *LimitError) Is(target error) bool { return target == ErrLimit }

// Budget is the execution budget of one run. It is safe for concurrent
// use. Once a limit is hit the budget stays exhausted: every later charge
// fails with the same error, so a run stops at once and reports one cause.
//
// A Budget is a handle on an account (the counters and limits). An engine
// binds the allow-list to a handle of its own once, when it parses a
// template, and points the handle at the account of each run it executes
// for (Join), so that executing costs no binding of functions.
type Budget struct {
	cur   atomic.Pointer[account]
	once  sync.Once
	funcs map[string]any // the allow-list bound to this handle, made once
}

// account is what a run has spent and may spend.
type account struct {
	steps, bytes       atomic.Int64 // spent
	charges            atomic.Int64 // calls of Bytes
	maxSteps, maxBytes int64
	limit              time.Duration
	deadline           time.Time
	failed             atomic.Pointer[LimitError]

	mu     sync.Mutex
	depths map[depthKey]depthEntry // nesting of the containers functions built
}

// NewBudget returns a budget with the default limits, its deadline
// MaxDuration from now.
func NewBudget() *Budget {
	return NewBudgetWith(MaxSteps, MaxBytes, MaxDuration)
}

// NewBudgetWith returns a budget with the given limits (for tests).
func NewBudgetWith(steps, bytes int64, d time.Duration) *Budget {
	b := &Budget{}
	b.cur.Store(&account{maxSteps: steps, maxBytes: bytes, limit: d, deadline: time.Now().Add(d)})
	return b
}

// Join makes b draw on run's account from now on: the functions bound to
// b charge run.
func (b *Budget) Join(run *Budget) { b.cur.Store(run.cur.Load()) }

// acc returns the account b draws on.
func (b *Budget) acc() *account { return b.cur.Load() }

// Err returns the limit error once a limit was hit, else nil.
func (b *Budget) Err() error {
	if e := b.acc().failed.Load(); e != nil {
		return e
	}
	return nil
}

// fail records the first limit hit and returns the error to report.
func (b *Budget) fail(msg string) error { return b.acc().fail(msg) }

// fail records the first limit hit and returns the error to report.
func (b *account) fail(msg string) error {
	b.failed.CompareAndSwap(nil, &LimitError{Msg: msg})
	return b.failed.Load()
}

// Steps charges n iterations or items; it fails when the run's total
// exceeds MaxSteps or its deadline has passed.
func (b *Budget) Steps(n int64) error { return b.acc().steps1(n) }

func (b *account) steps1(n int64) error {
	if e := b.failed.Load(); e != nil {
		return e
	}
	if n < 0 || n > b.maxSteps || b.steps.Add(n) > b.maxSteps {
		return b.fail(fmt.Sprintf("循环、序列和列表共超过 %d 项（本次运行的上限）：是否有嵌套的 range，或过大的 until/seq？", b.maxSteps))
	}
	return b.clock()
}

// Bytes charges n bytes produced or written; it fails when the run's
// total exceeds MaxBytes.
func (b *Budget) Bytes(n int64) error { return b.acc().bytes1(n) }

func (b *account) bytes1(n int64) error {
	if e := b.failed.Load(); e != nil {
		return e
	}
	if n < 0 || n > b.maxBytes || b.bytes.Add(n) > b.maxBytes {
		return b.fail(fmt.Sprintf("生成的文字共超过 %d MiB（本次运行的上限）：是否有 repeat、indent 等函数或循环生成了过多内容？", b.maxBytes>>20))
	}
	if b.charges.Add(1)%clockEvery == 0 {
		return b.clock()
	}
	return nil
}

// clockEvery is how often Bytes, called for every piece of output, looks
// at the clock.
const clockEvery = 64

// clock fails once the deadline has passed.
func (b *account) clock() error {
	if time.Now().After(b.deadline) {
		return b.fail(fmt.Sprintf("运行超过 %g 秒（本次运行的上限）：模板中的循环或函数调用过多", b.limit.Seconds()))
	}
	return nil
}

// Writer returns w charged to the budget: a write that would exceed it
// fails, which stops the template's execution.
func (b *Budget) Writer(w io.Writer) io.Writer { return &budgetWriter{b: b, w: w} }

type budgetWriter struct {
	b *Budget
	w io.Writer
}

// Write implements io.Writer.
func (bw *budgetWriter) Write(p []byte) (int, error) {
	if err := bw.b.Bytes(int64(len(p))); err != nil {
		return 0, err
	}
	return bw.w.Write(p)
}

// must panics with a budget error; text/template turns a panic inside a
// function into an execution error of the action that called it.
func must(err error) {
	if err != nil {
		panic(err)
	}
}
