package webui

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"jixiao/data"
	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/internal/browsertest"
	"jixiao/generator/internal/clienttest"
	"jixiao/generator/num"
	"jixiao/generator/pack"
	"jixiao/generator/score"
)

// TestBrowserFillSaveBuild is the clerk's path in a real browser: open the
// built-in example, type a wrong 在职人数 and see check's message beside
// it, correct it to 52 and see 在职人员控制率 and the total change without
// reloading, save (the file differs from the example by that one line),
// build and download the zip, and open its documents with python-docx and
// openpyxl.
func TestBrowserFillSaveBuild(t *testing.T) {
	ctx := browsertest.Start(t)
	file := exampleCopy(t)
	url := startServer(t, file)
	want := bytes.Replace(data.Example, []byte("  在职人数: 47\n"), []byte("  在职人数: 52\n"), 1)
	wantTotal := totalOf(t, want)

	run(t, ctx, "open", chromedp.Navigate(url), chromedp.WaitVisible(chromedp.ID("total")))
	staffRate := `document.querySelector('[data-metric="在职人员控制率"]').textContent`
	poll(t, ctx, staffRate+`.includes("47÷51×100%=92.16%")`)
	before := text(t, ctx, "#total")
	poll(t, ctx, `document.querySelector("#incomplete")?.textContent === "尚不完整，另有`+pendingOf(t, data.Example)+`分待评"`)
	draft := checkGate(t, data.Example).DraftLine()
	poll(t, ctx, `document.querySelector("#draft-line")?.textContent === "`+draft+`"`)
	noHorizontalScroll(t, ctx)
	noFactPaths(t, ctx)
	browsertest.Screenshot(t, ctx, "1-opened")

	// A missing fact of the gate leads to its field.
	js(t, ctx, "go to a missing fact", `[...document.querySelectorAll("#missing a")]
		.find(a => a.textContent === "附件1-1 人员控制率② 聘用人员 实际使用数").click()`)
	poll(t, ctx, `document.activeElement.id === "in-人员.聘用人员.实际" && document.activeElement.classList.contains("need")`)

	staff := chromedp.CSS(`[id="in-人员.在职人数"]`)
	selectAll := `(e => { e.focus(); e.select(); return true })(document.getElementById("in-人员.在职人数"))`
	typeOver := func(what string) {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](selectAll)); err != nil {
			t.Fatal(err)
		}
		run(t, ctx, "type "+what, chromedp.SendKeys(staff, what))
	}
	typeOver("5x")
	fieldMsg := `document.querySelector('.field[data-path="人员.在职人数"] .msg').textContent`
	poll(t, ctx, fieldMsg+`.includes("“2022年实际在职人数”应为不小于 0 的整数，实际为“5x”")`)
	browsertest.Screenshot(t, ctx, "2-error")

	typeOver("52")
	poll(t, ctx, staffRate+`.includes("52÷51×100%=101.96%") && !`+fieldMsg+`.includes("错误")`)
	if after := text(t, ctx, "#total"); after != wantTotal {
		t.Fatalf("total %s → %s, want %s", before, after, wantTotal)
	}
	browsertest.Screenshot(t, ctx, "3-changed")

	run(t, ctx, "save", chromedp.Click(chromedp.ID("btn-save")))
	poll(t, ctx, `document.querySelector("#file-info .unsaved") === null`)
	if got, _ := os.ReadFile(file); !bytes.Equal(got, want) {
		t.Fatalf("saved file is not the example with 在职人数 52:\n%s", got)
	}

	// In the example 人员控制率 waits for 聘用人员 (待评), so 在职人数 alone
	// leaves the total as it was; with 聘用人员 filled in, the total follows
	// 在职人数 as it is typed.
	for _, f := range []struct{ id, value string }{{"in-人员.聘用人员.实际", "3"}, {"in-人员.聘用人员.批复", "3"}} {
		run(t, ctx, "type "+f.id, chromedp.SendKeys(chromedp.CSS(`[id="`+f.id+`"]`), f.value))
	}
	hired := bytes.Replace(want, []byte("  在职人数: 52\n"), []byte("  在职人数: 52\n  聘用人员:\n    实际: 3\n    批复: 3\n"), 1)
	poll(t, ctx, `document.querySelector("#total").textContent === "`+totalOf(t, hired)+`"`)
	typeOver("47")
	back := bytes.Replace(hired, []byte("  在职人数: 52\n"), []byte("  在职人数: 47\n"), 1)
	if totalOf(t, back) == totalOf(t, hired) {
		t.Fatal("在职人数 does not change the total even with 聘用人员")
	}
	poll(t, ctx, `document.querySelector("#total").textContent === "`+totalOf(t, back)+`" && `+staffRate+`.includes("47÷51×100%=92.16%")`)
	browsertest.Screenshot(t, ctx, "4-total")
	run(t, ctx, "save", chromedp.Click(chromedp.ID("btn-save")))
	poll(t, ctx, `document.querySelector("#file-info .unsaved") === null`)
	if got, _ := os.ReadFile(file); !bytes.Equal(got, back) {
		t.Fatalf("saved file:\n%s", got)
	}

	zipped := downloadPackage(t, ctx, checkGate(t, back).DraftLine())
	checkDocuments(t, zipped)
}

// exampleCopy writes the built-in example into a fresh folder.
func exampleCopy(t *testing.T) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), data.ExampleName)
	if err := os.WriteFile(file, data.Example, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// startServer serves file on loopback as `jixiao serve file` does and
// returns the URL it would print.
func startServer(t *testing.T, file string) string {
	t.Helper()
	p, _ := pack.Default()
	sess := NewSession(Config{Pack: p, Dir: filepath.Dir(file)})
	if err := sess.OpenPath(file); err != nil {
		t.Fatal(err)
	}
	l, err := Listen("127.0.0.1:0", sess)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- l.Serve(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
	return l.URL
}

// totalOf is the total score of the facts src, as the page shows it.
func totalOf(t *testing.T, src []byte) string { return num.Fixed(reportOf(t, src).Total, 2) }

// pendingOf is the points still to be scored (待评) in the facts src.
func pendingOf(t *testing.T, src []byte) string { return num.Plain(reportOf(t, src).Pending) }

// reportOf scores the facts src with the default pack.
func reportOf(t *testing.T, src []byte) *score.Report {
	t.Helper()
	p, _ := pack.Default()
	res, diags := evaluate.Run(p, "x.yaml", src)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return res.Report
}

func run(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// js runs a statement in the page.
func js(t *testing.T, ctx context.Context, what, stmt string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("(() => { "+stmt+"; return true })()")); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func poll(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr)); err != nil {
		got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("in-人员.在职人数").value + " | " +
			document.querySelector("#status").textContent + " | " + document.querySelector("#panel").innerText.slice(0, 200)`))
		t.Fatalf("waiting for %s: %v\npanel: %s", expr, err, got)
	}
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("%s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

// noHorizontalScroll checks that nothing is wider than the 1366×768 screen.
func noHorizontalScroll(t *testing.T, ctx context.Context) {
	t.Helper()
	over, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[document.documentElement, document.body,
		...document.querySelectorAll("#nav, #form, #panel, .overlay:not([hidden]) .sheet, #paper, #bureau:not([hidden]), #bureau-table")].filter(e => e.scrollWidth > e.clientWidth + 1)
		.map(e => (e.id || e.tagName) + " " + e.scrollWidth + ">" + e.clientWidth)`))
	if err != nil {
		t.Fatal(err)
	}
	if len(over) > 0 {
		t.Errorf("horizontal scrolling at %d×%d: %v", browsertest.Width, browsertest.Height, over)
	}
}

// downloadPackage builds the package in the page and downloads the zip of all
// documents through the browser.
func downloadPackage(t *testing.T, ctx context.Context, draft string) []byte {
	t.Helper()
	run(t, ctx, "build", chromedp.Click(chromedp.ID("btn-build")), chromedp.WaitVisible(chromedp.ID("zip-link")))
	if state := text(t, ctx, "#build-state"); state != draft {
		t.Errorf("the example's package is shown as %q, want %q", state, draft)
	}
	browsertest.Screenshot(t, ctx, "5-built")
	return downloadLink(t, ctx, "zip-link")
}

// downloadLink clicks the link of id and returns the file the browser
// downloads.
func downloadLink(t *testing.T, ctx context.Context, id string) []byte {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: ptr(true)}); err != nil {
		t.Fatal(err)
	}
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	run(t, ctx, "download", chromedp.Click(chromedp.ID(id)))
	for ev, err := range progress {
		if err != nil {
			t.Fatal(err)
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			data, err := os.ReadFile(filepath.Join(dir, ev.GUID))
			if err != nil {
				t.Fatal(err)
			}
			return data
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("download canceled")
		}
	}
	t.Fatal("no download")
	return nil
}

// checkDocuments opens the seven documents of the zip with python-docx and
// openpyxl; the changed 在职人数 is in the basic data table.
func checkDocuments(t *testing.T, zipped []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != 8 {
		t.Fatalf("%d documents in the zip", len(zr.File))
	}
	dir := t.TempDir()
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		buf.ReadFrom(rc)
		rc.Close()
		path := filepath.Join(dir, f.Name)
		os.WriteFile(path, buf.Bytes(), 0o644)
		var text string
		if strings.HasSuffix(f.Name, ".docx") {
			text = clienttest.DocxText(t, path)
		} else {
			text = clienttest.XLSXCells(t, path)
		}
		if strings.Contains(f.Name, "附件1-2") && strings.HasSuffix(f.Name, ".xlsx") && !strings.Contains(text, "\tn\t47\n") {
			t.Errorf("%s lacks 在职人数 47:\n%s", f.Name, text)
		}
		if strings.Contains(f.Name, "附件1-3") && !strings.Contains(text, "长沙县机关事务中心") {
			t.Errorf("%s lacks the unit", f.Name)
		}
	}
}

func ptr[T any](v T) *T { return &v }

// noFactPaths checks that the page shows no fact path of the schema
// (“人员.在职人数”): facts are named as the forms print them.
func noFactPaths(t *testing.T, ctx context.Context) {
	t.Helper()
	p, _ := pack.Default()
	var paths []string
	p.Rubric.FactsSchema().Walk(func(path string, _ *facts.Field) {
		if strings.Contains(path, ".") {
			paths = append(paths, path)
		}
	})
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.textContent + [...document.querySelectorAll("[title]")].map(e => e.title).join("\n")`))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		if strings.Contains(shown, path) {
			t.Errorf("the page shows the fact path %s", path)
		}
	}
}

// TestBrowserNewUnit starts from nothing as a clerk does: the start page,
// 新建 with unit and year, the blank form filled in (values and a new row
// of 附件2-4), saved into the working folder.
func TestBrowserNewUnit(t *testing.T) {
	ctx := browsertest.Start(t)
	dir := t.TempDir()
	p, _ := pack.Default()
	l, err := Listen("127.0.0.1:0", NewSession(Config{Pack: p, Dir: dir}))
	if err != nil {
		t.Fatal(err)
	}
	serveCtx, cancel := context.WithCancel(context.Background())
	go l.Serve(serveCtx)
	t.Cleanup(cancel)

	run(t, ctx, "open", chromedp.Navigate(l.URL), chromedp.WaitVisible(chromedp.ID("new-unit")))
	run(t, ctx, "new", chromedp.SendKeys(chromedp.ID("new-unit"), "某某县农业农村局"),
		chromedp.SendKeys(chromedp.ID("new-year"), "2023"), chromedp.Click(chromedp.ID("btn-new")),
		chromedp.WaitVisible(chromedp.ID("total")))
	for _, f := range []struct{ id, value string }{{"in-人员.编制数", "10"}, {"in-人员.在职人数", "9"}} {
		run(t, ctx, "type "+f.id, chromedp.SendKeys(chromedp.CSS(`[id="`+f.id+`"]`), f.value))
	}
	poll(t, ctx, `document.querySelector('[data-metric="在职人员控制率"]').textContent.includes("9÷10×100%=90%")`)

	run(t, ctx, "add a project", chromedp.Click(chromedp.CSS(`#sec-公共项目 button.small`)))
	run(t, ctx, "name it", chromedp.SendKeys(chromedp.CSS(`[id="in-公共项目.0.名称"]`), "农田水利项目"),
		chromedp.SendKeys(chromedp.CSS(`[id="in-公共项目.0.自评分数"]`), "92"))
	poll(t, ctx, `document.querySelector('#status').textContent === "已更新" && !document.querySelector('[data-path="公共项目.0"] .bad')`)
	noHorizontalScroll(t, ctx)
	run(t, ctx, "save", chromedp.Click(chromedp.ID("btn-save")))
	poll(t, ctx, `document.querySelector("#file-info .unsaved") === null`)
	got, err := os.ReadFile(filepath.Join(dir, "某某县农业农村局-2023.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"单位: 某某县农业农村局\n", "  编制数: 10\n", "  在职人数: 9\n",
		"公共项目:\n  - 名称: 农田水利项目\n    自评分数: 92\n"} {
		if !strings.Contains(string(got), want) {
			i := strings.Index(string(got), "公共项目:")
			t.Errorf("saved file lacks %q:\n%s", want, got[i:i+300])
		}
	}
}
