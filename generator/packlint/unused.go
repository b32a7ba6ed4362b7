package packlint

import (
	"io/fs"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/document"
	"jixiao/generator/docx"
	"jixiao/generator/facts"
	"jixiao/generator/pack"
	"jixiao/generator/view"
	"jixiao/generator/xlsx"
)

// unusedFacts warns of every fact pack.yaml declares that nothing reads: no
// rule (directly or through a metric), no metric a template shows, no
// template tag naming it, and no 附件1-2 row a template loops over.
func unusedFacts(p *pack.Pack) diag.List {
	var diags diag.List
	decls := p.Rubric.Declared.Facts
	if len(decls) == 0 {
		return diags
	}
	tags := strings.Join(templateTags(p), "\n")
	read := readPaths(p, tags)
	rows := strings.Contains(tags, ".基础数据表")
	for _, d := range decls {
		for _, path := range leaves(d.Path, d.Field) {
			if read[path] || named(tags, path) || rows && strings.HasPrefix(d.Field.Form, view.BasicTable) {
				continue
			}
			diags.Warnf(d.Pos, "pack.yaml 声明的事实“%s”没有用到：评分规则、指标和模板都不读它（删除它，或在指标的公式、模板中用它）", path)
		}
	}
	return diags
}

// readPaths are the facts the scores read, and those of the metrics the
// templates show.
func readPaths(p *pack.Pack, tags string) map[string]bool {
	read := map[string]bool{}
	for path := range p.Rubric.FactUsage() {
		read[path] = true
	}
	for _, d := range p.Rubric.MetricDefs() {
		if strings.Contains(tags, "指标值."+d.Name) || strings.Contains(tags, "指标算式."+d.Name) {
			for _, ref := range d.Refs() {
				read[ref] = true
			}
		}
	}
	return read
}

// leaves are the paths of the facts a declaration makes: itself, or each
// column of an amount row, each field of a group.
func leaves(path string, f *facts.Field) []string {
	if f.Kind != facts.Object || len(f.Fields) == 0 {
		return []string{path}
	}
	var out []string
	for _, c := range f.Fields {
		out = append(out, leaves(path+"."+c.Key, c)...)
	}
	return out
}

// named reports whether a template tag names the fact: its first key and
// its last (“.信息公开.公开网址”, or “$x.公开网址” inside a range over it).
func named(tags, path string) bool {
	keys := strings.Split(path, ".")
	return strings.Contains(tags, "."+keys[0]) && strings.Contains(tags, "."+keys[len(keys)-1])
}

// templateTags lists the text of every tag of the pack's templates; a
// template that does not parse is reported elsewhere.
func templateTags(p *pack.Pack) []string {
	var out []string
	for _, doc := range p.Meta.Documents {
		src, err := fs.ReadFile(p.FS, doc.Template)
		if err != nil {
			continue
		}
		t, _ := document.Parse(doc.Template, src)
		switch t := t.(type) {
		case *docx.Template:
			for _, tg := range t.Tags() {
				out = append(out, tg.Text)
			}
		case *xlsx.Template:
			for _, tg := range t.Tags() {
				out = append(out, tg.Text)
			}
		}
	}
	return out
}
