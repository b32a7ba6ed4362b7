package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"jixiao/generator/num"
	"jixiao/generator/tmpl/tmpltest"
	"jixiao/generator/xlsx/xlsxtest"
)

// benchSpec is a 附件2-4-like sheet: title, unit header, a loop row of
// project name, score and remark, and a SUM/AVERAGE footer.
const benchSpec = `
sheet 附件2-4
A1: 附件2-4 部门项目支出绩效自评汇总表
merge A1:C1
style A1 bold center
A2: 单位名称：{{.单位}}
merge A2:C2
A3: 项目名称
B3: 自评分数
C3: 备注
style A3:C3 bold border center
A4: {{range .项目}}{{.名称}}
B4: {{.分数}}
C4: {{.备注}}{{end}}
style A4:C4 border
style B4 border numfmt=2
A5: 合计
B5= SUM(B4:B4)
A6: 平均分
B6= AVERAGE(B4:B4)
style A5:C6 border
printarea $A$1:$C$6
printtitles $3:$3
`

func benchData(n int) map[string]any {
	items := make([]any, n)
	for i := range items {
		items[i] = map[string]any{
			"名称": fmt.Sprintf("第%d个项目：农村道路养护", i+1),
			"分数": num.MustParse(fmt.Sprintf("%d.%d", 80+i%20, i%10)),
			"备注": "",
		}
	}
	return map[string]any{"单位": "某县农业农村局", "项目": items}
}

func benchmarkRender(b *testing.B, n int) {
	src, err := xlsxtest.Build(benchSpec)
	if err != nil {
		b.Fatal(err)
	}
	tpl, d := Parse("bench.xlsx", src)
	if d.HasErrors() {
		b.Fatal(d)
	}
	data := benchData(n)
	b.ResetTimer()
	for b.Loop() {
		if d := tpl.Execute(io.Discard, data); d.HasErrors() {
			b.Fatal(d)
		}
	}
}

func BenchmarkRender1000(b *testing.B)  { benchmarkRender(b, 1000) }
func BenchmarkRender10000(b *testing.B) { benchmarkRender(b, 10000) }

// TestLinearTime guards against quadratic row handling (inserting rows one
// by one): four times the projects must take well under sixteen times as
// long. The fastest of three runs is compared, to tame noise.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	tpl := parseSpec(t, benchSpec)
	fastest := func(n int) time.Duration {
		data := benchData(n)
		best := time.Duration(math.MaxInt64)
		for range 3 {
			start := time.Now()
			if d := tpl.Execute(io.Discard, data); d.HasErrors() {
				t.Fatal(d)
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := fastest(1000), fastest(4000)
	t.Logf("1000 projects: %v; 4000 projects: %v", small, large)
	if large > 9*small {
		t.Errorf("4× the rows took %.1f× the time; rendering is not linear", float64(large)/float64(small))
	}
	if small > time.Second {
		t.Errorf("1000 projects took %v", small)
	}
}

// TestConcurrentExecute runs one template from several goroutines, its
// first renders among them (which make the template's rebuild source and
// baseline once).
func TestConcurrentExecute(t *testing.T) {
	want := make([][]byte, 4)
	for i, serial := 0, parseSpec(t, reportSpec); i < len(want); i++ {
		want[i] = renderBytes(t, serial, reportData(i*3))
	}
	tpl := parseSpec(t, reportSpec)
	var wg sync.WaitGroup
	got := make([][]byte, len(want))
	for i := range want {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			tpl.Execute(&buf, reportData(i*3))
			got[i] = buf.Bytes()
		}()
	}
	wg.Wait()
	for i := range want {
		if !bytes.Equal(got[i], want[i]) {
			t.Errorf("concurrent render %d differs", i)
		}
	}
}

// BenchmarkRenderPlain renders a form without loops (500 tagged cells):
// the template is patched, every other part copied raw.
func BenchmarkRenderPlain(b *testing.B) {
	var spec strings.Builder
	data := map[string]any{}
	for i := 1; i <= 100; i++ {
		for j, col := range []string{"A", "B", "C", "D", "E"} {
			fmt.Fprintf(&spec, "%s%d: {{.v%d_%d}}\n", col, i, i, j)
			data[fmt.Sprintf("v%d_%d", i, j)] = dec(fmt.Sprintf("%d.5", i*j))
		}
	}
	fmt.Fprintf(&spec, "F101= SUM(A1:E100)\n")
	tpl := parseSpec(b, spec.String())
	b.ResetTimer()
	for b.Loop() {
		if d := tpl.Execute(io.Discard, data); d.HasErrors() {
			b.Fatal(d)
		}
	}
}

// TestExecutionsOverlap: two executions of one template run at the same
// time, each within its own budget.
func TestExecutionsOverlap(t *testing.T) {
	tmpltest.ExecutionsOverlap(t, parseSpec(t, "A1: 值{{.a}}\nA2: {{range until .n}}{{end}}\n").ExecuteBudget)
}
