package tmpl

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// MaxItems bounds the sequences a template may build with until, untilStep,
// seq and repeat, so that a shared template cannot loop for ever.
const MaxItems = 100_000

// MaxOutput bounds the bytes one template part may write (64 MiB).
const MaxOutput = 64 << 20

// ErrOutputLimit is returned when a template writes more than its limit.
var ErrOutputLimit = errors.New("模板输出超过上限")

func boundedFuncs() []Func {
	return []Func{
		{Name: "until", Fn: until, Doc: fmt.Sprintf("生成 0 到 n-1 的整数序列（最多 %d 项）", MaxItems),
			Examples: []Example{{Template: `{{range until 3}}{{.}}{{end}}`, Want: "012"}}},
		{Name: "untilStep", Fn: untilStep, Doc: "按步长生成整数序列（最多 100000 项）",
			Examples: []Example{{Template: `{{untilStep 0 10 4}}`, Want: "[0 4 8]"}}},
		{Name: "seq", Fn: seq, Doc: "生成 1 到 n 的整数序列（最多 100000 项）",
			Examples: []Example{{Template: `{{range seq 3}}{{.}}{{end}}`, Want: "123"}}},
		{Name: "repeat", Fn: repeat, Doc: "把文字重复 n 次（最多 100000 次）",
			Examples: []Example{{Template: `{{repeat 3 "—"}}`, Want: "———"}}},
	}
}

func until(n int) ([]int, error) { return untilStep(0, n, 1) }

func untilStep(start, stop, step int) ([]int, error) {
	if step == 0 {
		return nil, errors.New("步长不能为 0")
	}
	count := (stop - start) / step
	if (stop-start)%step != 0 {
		count++
	}
	if count > MaxItems {
		return nil, fmt.Errorf("序列有 %d 项，超过上限 %d", count, MaxItems)
	}
	out := make([]int, 0, max(count, 0))
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, i)
	}
	return out, nil
}

func seq(n int) ([]int, error) {
	s, err := untilStep(1, n+1, 1)
	return s, err
}

func repeat(count int, s string) (string, error) {
	if count > MaxItems {
		return "", fmt.Errorf("重复 %d 次，超过上限 %d", count, MaxItems)
	}
	return strings.Repeat(s, max(count, 0)), nil
}

// LimitWriter passes writes to W until N bytes have been written, then fails
// with ErrOutputLimit, which stops text/template's execution.
type LimitWriter struct {
	W io.Writer
	N int64
}

// Write implements io.Writer.
func (l *LimitWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > l.N {
		return 0, ErrOutputLimit
	}
	l.N -= int64(len(p))
	return l.W.Write(p)
}
