package build

import (
	"bytes"
	"io"
	"io/fs"

	"jixiao/generator/diag"
	"jixiao/generator/document"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
	"jixiao/generator/view"
)

// Prepared is a pack whose templates are read and parsed once, to render
// any number of units, also concurrently: `jixiao batch` prepares the pack
// once and renders every unit with it. It renders exactly what Render
// renders.
type Prepared struct {
	pack *pack.Pack
	docs []preparedDoc
}

// preparedDoc is one document of the pack: its template, parsed, or the
// problems that kept it from parsing.
type preparedDoc struct {
	doc   pack.Document
	tpl   document.Template // nil when the template could not be read or parsed at all
	diags diag.List         // the problems of reading and parsing it
}

// Prepare reads and parses every template of p. Templates with errors are
// kept with their problems, which every Render reports again together with
// the fields a unit's data lacks, as Render does.
func Prepare(p *pack.Pack) *Prepared {
	pp := &Prepared{pack: p}
	for _, doc := range p.Meta.Documents {
		pp.docs = append(pp.docs, prepareDoc(p, doc))
	}
	return pp
}

func prepareDoc(p *pack.Pack, doc pack.Document) preparedDoc {
	pd := preparedDoc{doc: doc}
	src, err := fs.ReadFile(p.FS, doc.Template)
	if err != nil {
		pd.diags.Errorf(doc.Pos, "模板包中找不到模板 %s", doc.Template)
		return pd
	}
	pd.tpl, pd.diags = document.Parse(p.Name(doc.Template), src)
	return pd
}

// Pack is the pack the templates come from.
func (pp *Prepared) Pack() *pack.Pack { return pp.pack }

// Problems returns the problems of the pack's templates found while
// preparing them: a template with errors fails every unit.
func (pp *Prepared) Problems() diag.List {
	var diags diag.List
	for _, pd := range pp.docs {
		diags.Append(pd.diags)
	}
	return diags
}

// Render renders every document for the evaluated unit res, which must
// have been evaluated with the prepared pack. Like Render, it returns every
// problem at once. It is safe for concurrent use.
func (pp *Prepared) Render(res *evaluate.Result) ([]Output, diag.List) {
	data := view.Data(res)
	var outs []Output
	var diags diag.List
	for _, pd := range pp.docs {
		out, d := pp.renderDoc(res, pd, data)
		diags.Append(d)
		if out != nil {
			outs = append(outs, *out)
		}
	}
	return outs, diags
}

// renderDoc executes one prepared document for a unit.
func (pp *Prepared) renderDoc(res *evaluate.Result, pd preparedDoc, data map[string]any) (*Output, diag.List) {
	var diags diag.List
	name, err := OutputName(pd.doc.Output, data)
	if err != nil {
		diags.Errorf(pd.doc.Pos, "输出文件名“%s”有误：%v", pd.doc.Output, err)
		return nil, diags
	}
	if pd.diags.HasErrors() {
		if pd.tpl == nil {
			return nil, pd.diags
		}
		return nil, pd.tpl.Execute(io.Discard, data)
	}
	var buf bytes.Buffer
	if d := pd.tpl.Execute(&buf, data); d.HasErrors() {
		return nil, d
	}
	out, err := stampProperties(buf.Bytes(), properties(res, name))
	if err != nil {
		diags.Errorf(pd.doc.Pos, "无法写入 %s 的文件属性：%v", name, err)
		return nil, diags
	}
	return &Output{Name: name, Data: out}, append(diags, pd.diags...)
}
