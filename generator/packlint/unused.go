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

// unusedDeclarations warns of every fact and every metric pack.yaml
// declares that nothing reads, each once, at its own declaration.
func unusedDeclarations(p *pack.Pack) diag.List {
	decl := p.Rubric.Declared
	if len(decl.Facts) == 0 && len(decl.Metrics) == 0 {
		return nil
	}
	tags := strings.Join(templateTags(p), "\n")
	diags := unusedFacts(p, tags)
	diags.Append(unusedMetrics(p, tags))
	return diags
}

// unusedFacts warns of every fact pack.yaml declares that nothing reads: no
// rule, no metric, no template tag naming it, and no 附件1-2 row a template
// loops over. A field of a group declared on its own line is that line's
// business, not the group's.
func unusedFacts(p *pack.Pack, tags string) diag.List {
	var diags diag.List
	decls := p.Rubric.Declared.Facts
	read := readPaths(p)
	rows := strings.Contains(tags, ".基础数据表")
	for _, d := range decls {
		for _, path := range leaves(d.Path, d.Field) {
			if owner(decls, path) != d.Path || isRead(read, path) || named(tags, path) ||
				rows && strings.HasPrefix(d.Field.Form, view.BasicTable) {
				continue
			}
			diags.Warnf(d.Pos, "pack.yaml 声明的事实“%s”没有用到：评分规则、指标和模板都不读它（删除它，或在指标的公式、模板中用它）", path)
		}
	}
	return diags
}

// unusedMetrics warns of every metric pack.yaml declares that no rule reads
// and no template tag names.
func unusedMetrics(p *pack.Pack, tags string) diag.List {
	var diags diag.List
	ruled := ruleRefs(p)
	for _, d := range p.Rubric.Declared.Metrics {
		if ruled[d.Name] || strings.Contains(tags, "."+d.Name) || strings.Contains(tags, `"`+d.Name+`"`) {
			continue
		}
		diags.Warnf(d.Pos, "pack.yaml 声明的指标“%s”没有用到：评分规则和模板都不读它（删除它，或在 rubric.yaml 的规则中写“取值: %s”，或在模板中用 {{.指标值.%s}}）",
			d.Name, d.Name, d.Name)
	}
	return diags
}

// readPaths are the facts the rules read, directly or through a metric,
// and those any metric reads (a metric nothing reads is reported itself).
func readPaths(p *pack.Pack) map[string]bool {
	read := map[string]bool{}
	for path := range p.Rubric.FactUsage() {
		read[path] = true
	}
	for _, d := range p.Rubric.MetricDefs() {
		for _, ref := range d.Refs() {
			read[strings.ReplaceAll(ref, "[].", ".")] = true
		}
	}
	return read
}

// isRead reports whether path, or a field inside it (a list's), is read.
func isRead(read map[string]bool, path string) bool {
	if read[path] {
		return true
	}
	for r := range read {
		if strings.HasPrefix(r, path+".") {
			return true
		}
	}
	return false
}

// owner is the declaration a fact's path belongs to: the longest declared
// path that is it or holds it.
func owner(decls []facts.Decl, path string) string {
	best := ""
	for _, d := range decls {
		if (d.Path == path || strings.HasPrefix(path, d.Path+".")) && len(d.Path) > len(best) {
			best = d.Path
		}
	}
	return best
}

// ruleRefs are the names the rubric's rules read.
func ruleRefs(p *pack.Pack) map[string]bool {
	refs := map[string]bool{}
	for _, ind := range p.Rubric.Indicators() {
		for _, part := range ind.Parts() {
			if part.Rule == nil {
				continue
			}
			for _, ref := range part.Rule.Refs() {
				refs[ref] = true
			}
		}
	}
	return refs
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
