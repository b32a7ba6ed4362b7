package webui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"jixiao/data"
	"jixiao/generator/internal/browsertest"
)

// TestBrowserFormOfTheForms: the form offers what each row allows — a
// select of the allowed values, “无” for a row the form lets a unit leave
// out, the 评定 items beside their 评分要点 and 评分标准 with the score of
// each, the 分值分配 sum — and the report can be previewed in the page, the
// unit's text shown as text.
func TestBrowserFormOfTheForms(t *testing.T) {
	ctx := browsertest.Start(t)
	file := exampleCopy(t)
	url := startServer(t, file)
	run(t, ctx, "open", chromedp.Navigate(url), chromedp.WaitVisible(chromedp.ID("total")))
	js(t, ctx, "accept confirmations", `window.confirm = () => true`)

	// 预算数口径 is a select of its two values.
	poll(t, ctx, `(s => s.tagName === "SELECT" && [...s.options].map(o => o.value).join() === ",部门整体,项目支出" && s.value === "项目支出")
		(document.getElementById("in-预算执行.口径"))`)

	// 政府采购: 无 — the row's amounts go, and so does the rate.
	procure := `document.querySelector('[data-metric="政府采购执行率"]').textContent`
	poll(t, ctx, procure+`.includes("439.27÷240")`)
	js(t, ctx, "政府采购: 无", `document.getElementById("none-政府采购").click()`)
	poll(t, ctx, `document.getElementById("in-政府采购.本年决算").disabled && !`+procure+`.includes("439.27")`)
	browsertest.Screenshot(t, ctx, "6-none")

	// A 评定 item: its rubric beside it, its score once judged.
	sec := `document.querySelector('fieldset[data-path="评定.绩效目标合理性"]')`
	poll(t, ctx, `(f => { const q = f.querySelector(".judged > .quote"), b = f.querySelector(".judged > .obj");
		return q.textContent.includes("评分要点：") && q.textContent.includes("评分标准：") &&
			q.getBoundingClientRect().left >= b.getBoundingClientRect().right })(`+sec+`)`)
	part := sec + `.querySelector('[data-part]')`
	poll(t, ctx, part+`.textContent === "待评"`)
	js(t, ctx, "judge", `const s = document.getElementById("in-评定.绩效目标合理性.符合法规和规划.符合");
		s.value = "是"; s.dispatchEvent(new Event("change"))`)
	poll(t, ctx, part+`.textContent.startsWith("计 ")`)
	js(t, ctx, "scroll to 评定", sec+`.scrollIntoView()`)
	noHorizontalScroll(t, ctx)
	browsertest.Screenshot(t, ctx, "7-judged")

	// 分值分配: the group's sum, and a warning when it is not the group's points.
	alloc := `document.querySelector("[data-alloc]").textContent`
	poll(t, ctx, alloc+`.endsWith("= 25 分")`)
	run(t, ctx, "allocate", chromedp.SendKeys(chromedp.CSS(`[id="in-分值分配.实际完成率"]`), "8"))
	poll(t, ctx, alloc+`.includes("= 26 分（与 25 分不符")`)

	// What a unit writes is text, in the form and in the preview.
	evil := `<img src=x onerror="window.pwned=1">`
	js(t, ctx, "clear 负责人", `document.getElementById("in-负责人").value = ""`)
	run(t, ctx, "type 负责人", chromedp.SendKeys(chromedp.CSS(`[id="in-负责人"]`), evil))
	poll(t, ctx, `document.querySelector("#status").textContent === "已更新"`)
	run(t, ctx, "preview", chromedp.Click(chromedp.ID("btn-preview")), chromedp.WaitVisible(chromedp.ID("paper")))
	poll(t, ctx, `document.querySelector("#paper").textContent.includes("部门整体支出绩效自评报告") &&
		document.querySelector("#paper").textContent.includes(`+"`"+evil+"`"+`) &&
		document.querySelectorAll("#paper .pv-pending").length > 0 && document.querySelector("#paper img") === null &&
		window.pwned === undefined`)
	noHorizontalScroll(t, ctx)
	browsertest.Screenshot(t, ctx, "8-preview")
	js(t, ctx, "preview 附件1-1", `const s = document.getElementById("preview-doc");
		s.value = [...s.options].find(o => o.textContent.includes("附件1-1") && !o.textContent.includes("评分说明")).value;
		s.dispatchEvent(new Event("change"))`)
	poll(t, ctx, `document.querySelector("#paper .pv-table td[colspan]") !== null`)
	noHorizontalScroll(t, ctx)
	browsertest.Screenshot(t, ctx, "9-preview-table")
	run(t, ctx, "close", chromedp.Click(chromedp.ID("btn-preview-close")))

	run(t, ctx, "save", chromedp.Click(chromedp.ID("btn-save")))
	poll(t, ctx, `document.querySelector("#file-info .unsaved") === null`)
	got, _ := os.ReadFile(file)
	for _, want := range []string{"\n政府采购: 无\n", "符合法规和规划:\n      符合: 是\n", "分值分配:\n  实际完成率: 8\n"} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("saved file lacks %q", want)
		}
	}
	noFactPaths(t, ctx)
}

// TestBrowserNewYear starts 2023 from the 2022 file of the working folder:
// the stable facts and last year's figures carried over, the labels with
// the new years.
func TestBrowserNewYear(t *testing.T) {
	ctx := browsertest.Start(t)
	file := exampleCopy(t)
	url := startServer(t, file)
	run(t, ctx, "open", chromedp.Navigate(url), chromedp.WaitVisible(chromedp.ID("total")))
	run(t, ctx, "start", chromedp.Click(chromedp.ID("btn-start")), chromedp.WaitVisible(chromedp.ID("btn-from")))
	noHorizontalScroll(t, ctx)
	browsertest.Screenshot(t, ctx, "10-start")
	run(t, ctx, "from last year", chromedp.Click(chromedp.ID("btn-from")))
	poll(t, ctx, `document.querySelector("#file-info").textContent.includes("长沙县机关事务中心-2023.yaml")`)
	poll(t, ctx, `document.getElementById("in-人员.编制数").value === "51" && document.getElementById("in-人员.在职人数").value === "" &&
		document.getElementById("in-三公经费.合计.上年决算").value === "613.76" &&
		document.querySelector('label[for="in-人员.在职人数"]').textContent.startsWith("2023年实际在职人数") &&
		[...document.querySelectorAll("#sec-三公经费 th")].some(th => th.textContent === "2022年决算数")`)
	run(t, ctx, "save", chromedp.Click(chromedp.ID("btn-save")))
	poll(t, ctx, `document.querySelector("#file-info .unsaved") === null`)
	got, err := os.ReadFile(filepath.Join(filepath.Dir(file), "长沙县机关事务中心-2023.yaml"))
	if err != nil || !strings.Contains(string(got), "  编制数: 51\n") || !strings.Contains(string(got), "    上年决算: 613.76\n") {
		t.Fatalf("%v\n%s", err, got)
	}
	if old, _ := os.ReadFile(file); !bytes.Equal(old, data.Example) {
		t.Error("last year's file changed")
	}
}
