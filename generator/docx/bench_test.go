package docx

import (
	"archive/zip"
	"fmt"
	"io"
	"jixiao/generator/tmpl"
	"testing"
	"time"

	"jixiao/generator/docx/docxtest"
	"jixiao/generator/internal/doctext"
	"jixiao/generator/num"
)

// BenchmarkReport renders the report-like template (parsed once) and, in
// the same run, measures the floor for its output: copying the unchanged
// parts raw and deflating pre-rendered bytes of the changed ones. It
// reports floor-ns/op and x-floor (render time ÷ floor time).
func BenchmarkReport(b *testing.B) {
	rendered := benchAgainstFloor(b, mustParse(b, docxtest.ReportTemplate()), docxtest.ReportData(20))
	b.ReportMetric(float64(len(rendered["word/document.xml"])), "document-bytes")
}

// BenchmarkReportProjects renders the report-like template with 1,000 and
// 10,000 projects in its second table, against the floor of the same run
// (floor-ns/op, x-floor): the in-process half of scripts/bench, which
// measures the same template and data as whole processes.
func BenchmarkReportProjects(b *testing.B) {
	tpl := mustParse(b, docxtest.ReportTemplate())
	for _, n := range []int{1000, 10000} {
		data := docxtest.ReportData(n)
		b.Run(fmt.Sprintf("projects=%d", n), func(b *testing.B) { benchAgainstFloor(b, tpl, data) })
	}
}

// benchAgainstFloor times Execute of tpl with data and, in the same run,
// the floor for its output: copying the unchanged parts raw and deflating
// pre-rendered bytes of the changed ones. It reports floor-ns/op and
// x-floor (render time ÷ floor time), and returns the rendered parts.
func benchAgainstFloor(b *testing.B, tpl *Template, data any) map[string][]byte {
	rendered := renderedParts(b, tpl, data)
	for b.Loop() {
		if diags := tpl.Execute(io.Discard, data); diags.HasErrors() {
			b.Fatal(diags)
		}
	}
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	// The floor runs as many times, after the timed loop (a nested
	// testing.Benchmark would deadlock on the benchmark lock).
	start := time.Now()
	for range b.N {
		if err := writeArchive(io.Discard, tpl.arch, rendered); err != nil {
			b.Fatal(err)
		}
	}
	floor := float64(time.Since(start).Nanoseconds()) / float64(b.N)
	b.ReportMetric(floor, "floor-ns/op")
	b.ReportMetric(perOp/floor, "x-floor")
	return rendered
}

// BenchmarkReportParse measures Parse of the report-like template.
func BenchmarkReportParse(b *testing.B) {
	src := docxtest.ReportTemplate()
	for b.Loop() {
		if _, diags := Parse("r.docx", src); diags.HasErrors() {
			b.Fatal(diags)
		}
	}
}

// writeArchive is the floor: the entries of a in order, those in rendered
// deflated from those bytes, all others copied raw.
func writeArchive(w io.Writer, a *archive, rendered map[string][]byte) error {
	zw := zip.NewWriter(w)
	for _, f := range a.files {
		data, ok := rendered[f.Name]
		if !ok {
			if err := copyRaw(zw, f); err != nil {
				return err
			}
			continue
		}
		fw, err := zw.CreateHeader(partHeader(f.Name))
		if err != nil {
			return err
		}
		if _, err := fw.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// renderedParts renders once and returns the bytes of the rendered parts.
func renderedParts(b *testing.B, tpl *Template, data any) map[string][]byte {
	b.Helper()
	out := map[string][]byte{}
	budget := tmpl.NewBudget()
	ex, err := tpl.acquire()
	if err != nil {
		b.Fatal(err)
	}
	defer tpl.release(ex)
	ex.budget.Join(budget)
	for _, p := range tpl.parts {
		bs, diags := tpl.render(p, data, &run{set: ex.set, budget: budget})
		if diags.HasErrors() {
			b.Fatal(diags)
		}
		out[p.name] = bs
	}
	return out
}

// BenchmarkRows renders a table whose loop row repeats 1,000 and 10,000
// times; rows/10000 should take about ten times rows/1000.
func BenchmarkRows(b *testing.B) {
	tpl := mustParse(b, docxtest.Doc(docxtest.P("{{.标题}}")+docxtest.WordTable(5, docxtest.WordRow("序号", "名称", "金额", "比例", "备注"),
		docxtest.WordRow(`{{range $i, $r := .行}}{{add1 $i}}`, `{{$r.名称}}`, `{{万元 $r.金额}}`, `{{百分比 $r.比例}}`, `{{$r.备注}}{{end}}`))))
	for _, n := range []int{1000, 10000} {
		rows := make([]any, n)
		for i := range rows {
			rows[i] = map[string]any{"名称": fmt.Sprintf("支出项目%d", i), "金额": num.MustParse(fmt.Sprintf("%d.%02d", i*7, i%100)),
				"比例": num.MustParse("12.5"), "备注": "按预算执行"}
		}
		data := map[string]any{"标题": "明细表", "行": rows}
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			for b.Loop() {
				if diags := tpl.Execute(io.Discard, data); diags.HasErrors() {
					b.Fatal(diags)
				}
			}
		})
	}
}

// BenchmarkReportTexts measures doctext.WordPart, the gate's reading of an
// executed report's document part (one field holds a placeholder, so the
// part is decoded).
func BenchmarkReportTexts(b *testing.B) {
	data := docxtest.ReportData(20)
	data["等级"] = "【待补：等级】"
	doc := renderedParts(b, mustParse(b, docxtest.ReportTemplate()), data)["word/document.xml"]
	if !doctext.MayHoldMarker(doc) {
		b.Fatal("the rendered document holds no placeholder")
	}
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		if _, err := doctext.WordPart(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseTree reads the report-like template's document part into
// a tree with xmltok (what parseTree does) and with encoding/xml (its
// fallback, the only reader before xmltok).
func BenchmarkParseTree(b *testing.B) {
	tpl := mustParse(b, docxtest.ReportTemplate())
	src, err := readPart(tpl.arch.file("word/document.xml"))
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range []struct {
		name  string
		parse func([]byte) (*tree, error)
	}{{"xmltok", parseTreeFast}, {"encoding-xml", parseTreeXML}} {
		b.Run(r.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := r.parse(src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
