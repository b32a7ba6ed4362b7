package build

import (
	"io/fs"

	"jixiao/generator/diag"
	"jixiao/generator/document"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
	"jixiao/generator/tmpl"
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
	src   []byte            // the template's bytes, nil when it could not be read
	tpl   document.Template // nil when the template could not be read or parsed at all
	diags diag.List         // the problems of reading and parsing it
}

// Prepare reads and parses every template of p. Templates with errors are
// kept with their problems, which every Render reports again together with
// the fields a unit's data lacks, as Render does.
func Prepare(p *pack.Pack) *Prepared {
	pp := &Prepared{pack: p}
	for _, doc := range p.Meta.Documents {
		pp.docs = append(pp.docs, prepareDoc(p, doc, document.Parse))
	}
	return pp
}

// prepareDoc reads the template of doc and parses it with parse.
func prepareDoc(p *pack.Pack, doc pack.Document, parse parseFunc) preparedDoc {
	pd := preparedDoc{doc: doc}
	src, err := fs.ReadFile(p.FS, doc.Template)
	if err != nil {
		pd.diags.Errorf(doc.Pos, "模板包中找不到模板 %s", doc.Template)
		return pd
	}
	pd.src = src
	pd.tpl, pd.diags = parse(p.Name(doc.Template), src)
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
// have been evaluated with the prepared pack. Like Render, it checks the
// output names first, runs within one budget per unit and returns every
// problem at once. It is safe for concurrent use.
func (pp *Prepared) Render(res *evaluate.Result) ([]Output, diag.List) {
	return renderDocs(res, tmpl.NewBudget(), func(i int) preparedDoc { return pp.docs[i] })
}

// execute executes one prepared document within b; a template that did not
// parse reports its problems and the fields the data lacks, as Render does.
func (pd preparedDoc) execute(data map[string]any, b *tmpl.Budget) ([]byte, diag.List) {
	return document.Execute(pd.tpl, pd.diags, data, b)
}
