package build

import (
	"fmt"
	"io"
	"io/fs"
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/num"
	"jixiao/generator/pack"
	"jixiao/generator/tmpl"
	"jixiao/generator/view"
	"jixiao/generator/xlsx"
)

// packTemplate parses the default pack's template file named template.
func packTemplate(b testing.TB, p *pack.Pack, template string) *xlsx.Template {
	b.Helper()
	for _, doc := range p.Meta.Documents {
		if doc.Template != template {
			continue
		}
		src, err := fs.ReadFile(p.FS, doc.Template)
		if err != nil {
			b.Fatal(err)
		}
		tpl, d := xlsx.Parse(doc.Template, src)
		if d.HasErrors() {
			b.Fatal(d)
		}
		return tpl
	}
	b.Fatalf("the pack has no template %s", template)
	return nil
}

// manyProjects are n public projects as the facts give them: a name, a
// score and no remark.
func manyProjects(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = map[string]any{
			"名称":   fmt.Sprintf("第%d个项目：县委、县政府机关大院园林绿化维护费", i+1),
			"自评分数": num.MustParse(fmt.Sprintf("%d.%d", 80+i%20, i%10)),
			"备注":   tmpl.Pending{Need: []string{"公共项目.备注"}},
		}
	}
	return out
}

// seedExample is the default pack and the seed example evaluated with it.
func seedExample(b testing.TB) (*pack.Pack, *evaluate.Result) {
	b.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	name, src, _ := p.Example()
	res, diags := evaluate.Run(p, name, src)
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	return p, res
}

// benchmarkTable24 renders 附件2-4 through the pack's own template with
// the example unit's data and n projects.
func benchmarkTable24(b *testing.B, n int) {
	p, res := seedExample(b)
	tpl := packTemplate(b, p, "附件2-4 公共项目评分汇总表.xlsx")
	data := view.Data(res)
	data["公共项目"] = manyProjects(n)
	b.ResetTimer()
	for b.Loop() {
		if d := tpl.Execute(io.Discard, data); d.HasErrors() {
			b.Fatal(d)
		}
	}
}

// BenchmarkTable24_1000 must stay within 100 ms per render; 10,000
// projects show that the time grows linearly.
func BenchmarkTable24_1000(b *testing.B)  { benchmarkTable24(b, 1000) }
func BenchmarkTable24_10000(b *testing.B) { benchmarkTable24(b, 10000) }

// BenchmarkExamplePackage renders every document of the seed example in
// memory, as one `jixiao build` does (parse included), and as the web page
// and build --watch render it again after a change (templates kept).
func BenchmarkExamplePackage(b *testing.B) {
	_, res := seedExample(b)
	b.Run("parsed", func(b *testing.B) {
		for b.Loop() {
			if _, d := Render(res); d.HasErrors() {
				b.Fatal(d)
			}
		}
	})
	b.Run("kept", func(b *testing.B) {
		c := NewTemplates()
		for b.Loop() {
			if _, d := RenderCached(res, c); d.HasErrors() {
				b.Fatal(d)
			}
		}
	})
}
