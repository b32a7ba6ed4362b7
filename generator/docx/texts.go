package docx

import (
	"archive/zip"

	"jixiao/generator/diag"
	"jixiao/generator/internal/doctext"
	"jixiao/generator/tmpl"
)

// TextsBudget executes the template as ExecuteBudget does, with the same
// checks, budget and errors, but returns what a reader of the document
// would see instead of the document: the paragraphs of its parts as
// doctext reads them from the file ExecuteBudget writes. Every templated
// part is executed; no archive is assembled and nothing is compressed.
// Cells merged by 纵向合并 are merged first where a placeholder can be,
// as merging empties the cells below; ids are not renumbered, which
// changes no text.
func (t *Template) TextsBudget(data any, b *tmpl.Budget) (doctext.Result, diag.List) {
	ex, diags := t.begin(data, b)
	if ex == nil {
		return doctext.Result{}, diags
	}
	defer t.release(ex)
	return t.texts(data, &run{set: ex.set, budget: b})
}

// texts reads the parts in archive order: rendered ones as executed,
// the others from the template.
func (t *Template) texts(data any, r *run) (doctext.Result, diag.List) {
	rendered := map[string]*part{}
	for _, p := range t.parts {
		rendered[p.name] = p
	}
	var res doctext.Result
	for _, f := range t.arch.files {
		p := rendered[f.Name]
		if (p == nil || p.tpl == nil) && !doctext.IsWordPart(f.Name) {
			continue
		}
		xml, diags := t.partXML(p, data, r)
		if diags.HasErrors() {
			return doctext.Result{}, diags
		}
		if res.Err == nil && doctext.IsWordPart(f.Name) {
			res = withParagraphs(res, f, xml)
		}
	}
	if res.Err != nil {
		res.Texts = nil
	}
	return res, nil
}

// withParagraphs adds the paragraphs of entry f to res: xml when it was
// rendered, else the template's part.
func withParagraphs(res doctext.Result, f *zip.File, xml []byte) doctext.Result {
	if xml == nil {
		if xml, res.Err = doctext.ReadPart(f); res.Err != nil {
			return res
		}
	}
	paras, err := doctext.WordPart(xml)
	res.Texts, res.Err = append(res.Texts, paras...), err
	return res
}

// partXML executes part p (nil or untemplated: nothing to execute) into
// memory and merges its 纵向合并 cells. A part whose XML cannot show “【”
// is not merged: it has no text to read either way (the merge marks
// quote the values, so a value holding “【” is seen), and merging fails
// only on XML the engine itself made wrong.
func (t *Template) partXML(p *part, data any, r *run) ([]byte, diag.List) {
	if p == nil || p.tpl == nil {
		return nil, nil
	}
	out, diags := t.render(p, data, r)
	if diags.HasErrors() || !p.merges || !doctext.MayHoldMarker(out) {
		return out, diags
	}
	merged, err := mergeDownCells(out)
	if err != nil {
		return nil, t.writeError(err)
	}
	return merged, nil
}
