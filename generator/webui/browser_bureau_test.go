package webui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"jixiao/generator/internal/browsertest"
	"jixiao/generator/num"
	"jixiao/generator/pack"
)

// TestBrowserBureau is the finance bureau's path in a real browser: from
// the start page to the bureau's section, five units' facts files and a
// broken one chosen at once, the batch run with its progress and a line per
// unit, the table sorted by score with the broken file listed at its
// file:line:col, no horizontal scrolling at 1366×768, and the 汇总
// downloaded and opened with openpyxl, its 总分 each unit's score.
func TestBrowserBureau(t *testing.T) {
	ctx := browsertest.Start(t)
	from := t.TempDir() // where the units' files came from: not the working folder
	broken, line := brokenUnit()
	files := append(units(5), broken)
	var paths []string
	for _, f := range files {
		path := filepath.Join(from, f.name)
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	url := startEmptyServer(t)

	run(t, ctx, "open", chromedp.Navigate(url), chromedp.WaitVisible(chromedp.ID("btn-bureau")))
	noHorizontalScroll(t, ctx)
	browsertest.Screenshot(t, ctx, "bureau-0-start")
	run(t, ctx, "to the bureau", chromedp.Click(chromedp.ID("btn-bureau")), chromedp.WaitVisible(chromedp.ID("bureau-drop")))
	poll(t, ctx, `document.querySelector("#bureau-pack option")?.textContent.startsWith("本网页所用的模板包")`)
	run(t, ctx, "choose", chromedp.SetUploadFiles(chromedp.ID("bureau-files"), paths))
	poll(t, ctx, `document.querySelector("#bureau-chosen").textContent.startsWith("已选 6 个事实文件")`)
	browsertest.Screenshot(t, ctx, "bureau-1-chosen")

	run(t, ctx, "run", chromedp.Click(chromedp.ID("btn-bureau-run")))
	pollBureau(t, ctx, `document.querySelectorAll("#bureau-table tbody tr").length === 6 && !!document.querySelector("#bureau-summary")`)
	if n := evalInt(t, ctx, `document.querySelectorAll("#bureau-lines li").length`); n != 6 {
		t.Errorf("%d lines, want one per unit", n)
	}
	poll(t, ctx, `!document.querySelector("#btn-bureau-run").disabled && document.querySelector("#btn-bureau-stop").hidden`)
	if got := text(t, ctx, "#bureau-count"); !strings.HasPrefix(got, "完成：共 6 个单位，生成 5 个，失败 1 个") {
		t.Errorf("progress says %q", got)
	}
	checkUnitTable(t, ctx, files[:5], fmt.Sprintf("坏的单位.yaml:%d:9：", line))
	noHorizontalScroll(t, ctx)
	noFactPaths(t, ctx)
	browsertest.Screenshot(t, ctx, "bureau-2-done")
	js(t, ctx, "scroll to the broken file", `document.querySelector("#bureau-table tbody tr:last-child").scrollIntoView()`)
	browsertest.Screenshot(t, ctx, "bureau-3-broken")

	xlsx := filepath.Join(t.TempDir(), "汇总-2023.xlsx")
	os.WriteFile(xlsx, downloadLink(t, ctx, "bureau-summary"), 0o644)
	checkSummaryTotals(t, xlsx, uploadTotals(t, files[:5]), "坏的单位.yaml")

	// Back to the form: with no file open, the start page.
	run(t, ctx, "back", chromedp.Click(chromedp.ID("btn-bureau-close")), chromedp.WaitVisible(chromedp.ID("new-unit")))
}

// startEmptyServer serves an empty working folder, as a double-click
// starts jixiao, and returns the URL it would print.
func startEmptyServer(t *testing.T) string {
	t.Helper()
	p, _ := pack.Default()
	sess := NewSession(Config{Pack: p, Dir: t.TempDir(), TempDir: t.TempDir()})
	l, err := Listen("127.0.0.1:0", sess)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- l.Serve(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
		sess.Close()
	})
	return l.URL
}

// checkUnitTable: the table lists the scored units first, by total, each
// with its score and rank, then the broken file with its error's place.
func checkUnitTable(t *testing.T, ctx context.Context, scored []upload, place string) {
	t.Helper()
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[][]string](`[...document.querySelectorAll("#bureau-table tbody tr")]
		.map(tr => [...tr.cells].map(td => (td.querySelector(".name") || td).textContent))`))
	if err != nil {
		t.Fatal(err)
	}
	totals := uploadTotals(t, scored)
	for i, r := range rows[:5] {
		unit, total := r[1], r[2]
		if want, ok := totals[unit]; !ok || total != num.Fixed(want, 2) || r[0] != fmt.Sprint(i+1) && r[0] != rows[i-1][0] {
			t.Errorf("row %d: %v, want 总分 %s", i+1, r, want)
		}
		if i > 0 && num.MustParse(total).GreaterThan(num.MustParse(rows[i-1][2])) {
			t.Errorf("row %d above its predecessor: %v", i+1, r)
		}
	}
	last := rows[5]
	if last[1] != "坏的单位.yaml" || last[2] != "—" || last[4] != "失败" || !strings.Contains(last[7], place) {
		t.Errorf("the broken file's row: %v, want %s", last, place)
	}
}

// pollBureau waits for expr, saying what the bureau's section shows when
// it does not come.
func pollBureau(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr)); err != nil {
		shown, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#bureau-error").textContent + " | " +
			document.querySelector("#bureau-count").textContent + " | " + document.querySelector("#bureau-downloads").textContent`))
		t.Fatalf("waiting for %s: %v\nthe section shows: %s", expr, err, shown)
	}
}

func evalInt(t *testing.T, ctx context.Context, expr string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
	if err != nil {
		t.Fatal(err)
	}
	return n
}
