package tmpl

import (
	"fmt"
	"math"
	"strings"
)

// MaxItems bounds one sequence built with until, untilStep or seq and one
// repeat, on top of the run's budget, so that a mistyped count is named
// as such.
const MaxItems = 100_000

// seqFuncs are the sequence builders and repeat, bound to b.
func (b *Budget) seqFuncs() []Func {
	return []Func{
		{Name: "until", Fn: b.until, Doc: fmt.Sprintf("生成 0 到 n-1 的整数序列（最多 %d 项）", MaxItems),
			Examples: []Example{{Template: `{{range until 3}}{{.}}{{end}}`, Want: "012"}}},
		{Name: "untilStep", Fn: b.untilStep, Doc: "按步长生成整数序列（最多 100000 项）",
			Examples: []Example{{Template: `{{untilStep 0 10 4}}`, Want: "[0 4 8]"}}},
		{Name: "seq", Fn: b.seq, Doc: "生成 1 到 n 的整数序列（最多 100000 项）",
			Examples: []Example{{Template: `{{range seq 3}}{{.}}{{end}}`, Want: "123"}}},
		{Name: "repeat", Fn: b.repeat, Doc: "把文字重复 n 次（最多 100000 次）",
			Examples: []Example{{Template: `{{repeat 3 "—"}}`, Want: "———"}}},
	}
}

// seqBinders bind the sequence builders and repeat (seqFuncs documents
// them).
var seqBinders = map[string]binder{
	"until":     func(b *Budget) any { return b.until },
	"untilStep": func(b *Budget) any { return b.untilStep },
	"seq":       func(b *Budget) any { return b.seq },
	"repeat":    func(b *Budget) any { return b.repeat },
}

func (b *Budget) until(n int) ([]int, error) { return b.untilStep(0, n, 1) }

// untilStep returns start, start+step, … up to stop (excluded). The count
// is computed without overflow, whatever the arguments, and charged to the
// budget before anything is allocated.
func (b *Budget) untilStep(start, stop, step int) ([]int, error) {
	count, err := seqCount(start, stop, step)
	if err != nil {
		return nil, err
	}
	if count > MaxItems {
		return nil, fmt.Errorf("序列有 %d 项，超过上限 %d", count, MaxItems)
	}
	if err := b.Steps(int64(count)); err != nil {
		return nil, err
	}
	out := make([]int, count)
	for i := range out {
		out[i] = start + i*step
	}
	return out, nil
}

// seqCount is the number of items of untilStep start stop step, computed
// in unsigned arithmetic so that no argument overflows it.
func seqCount(start, stop, step int) (uint64, error) {
	switch {
	case step == 0:
		return 0, fmt.Errorf("步长不能为 0")
	case step > 0 && stop > start:
		return (uint64(stop)-uint64(start)-1)/uint64(step) + 1, nil
	case step < 0 && stop < start:
		return (uint64(start)-uint64(stop)-1)/(uint64(-(step+1))+1) + 1, nil
	}
	return 0, nil
}

// seq is sprig's seq restricted to one argument: 1 … n.
func (b *Budget) seq(n int) ([]int, error) {
	if n < 1 {
		return []int{}, nil
	}
	if n == math.MaxInt {
		return nil, fmt.Errorf("序列有 %d 项，超过上限 %d", n, MaxItems)
	}
	return b.untilStep(1, n+1, 1)
}

// repeat repeats s count times, checking count × len(s) first.
func (b *Budget) repeat(count int, s string) (string, error) {
	switch {
	case count < 0:
		return "", fmt.Errorf("重复次数不能为负数（%d）", count)
	case count > MaxItems:
		return "", fmt.Errorf("重复 %d 次，超过上限 %d", count, MaxItems)
	}
	if err := b.Bytes(product(count, len(s))); err != nil {
		return "", err
	}
	return strings.Repeat(s, count), nil
}

// product is a × b for non-negative sizes, saturating instead of
// overflowing.
func product(a, b int) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	if int64(a) > math.MaxInt64/int64(b) {
		return math.MaxInt64
	}
	return int64(a) * int64(b)
}

// sum is a + b for non-negative sizes, saturating.
func sum(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}
