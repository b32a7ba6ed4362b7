package build

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/document"
	"jixiao/generator/evaluate"
	"jixiao/generator/internal/doctext"
	"jixiao/generator/internal/ooxml"
	"jixiao/generator/tmpl"
)

// Texts is what a reader of one rendered document would see where a
// placeholder can be (generator/internal/doctext): the texts of its
// paragraphs or cells that may hold “【”, in reading order, or the error
// that kept them from being read.
type Texts struct {
	Name  string // file name, as Render names the document
	Texts []string
	Err   error
}

// RenderTexts is Render for a caller that needs only the documents'
// texts, as `jixiao check` does: the same names, checks, budget and
// problems, and for each document the texts doctext reads in the file
// Render makes, without assembling the files where the engines can tell
// the texts without them.
func RenderTexts(res *evaluate.Result) ([]Texts, diag.List) {
	b := tmpl.NewBudget()
	return perDocument(res, b, func(i int, name string, data map[string]any, diags *diag.List) (Texts, bool) {
		pd := prepareDoc(res.Pack, res.Pack.Meta.Documents[i], document.Parse)
		t, d := textsOne(res, pd, name, data, b)
		diags.Append(d)
		return t, true
	})
}

// textsOne reads the texts of one document; a template whose file could
// not be stamped as Render stamps it is rendered whole, so that the
// problem is reported as Render reports it.
func textsOne(res *evaluate.Result, pd preparedDoc, name string, data map[string]any, b *tmpl.Budget) (Texts, diag.List) {
	if pd.src == nil || !stampable(pd.src) {
		var diags diag.List
		out, d := pd.execute(data, b)
		diags.Append(d)
		if out == nil {
			return Texts{Name: name}, diags
		}
		o := stamped(res, pd.doc, name, out, &diags)
		r := doctext.Of(o.Name, o.Data)
		return Texts{Name: o.Name, Texts: r.Texts, Err: r.Err}, diags
	}
	r, diags := document.Texts(pd.tpl, pd.diags, data, b)
	return Texts{Name: name, Texts: r.Texts, Err: r.Err}, diags
}

// stampable reports whether stampProperties succeeds on a document made
// from template src, without copying it: the engines take from the
// template every part it reads (the core and extended properties, and
// the content types and package relationships it completes when there
// are no core properties), so it succeeds when these read as it needs
// them and every entry can be copied.
func stampable(src []byte) bool {
	r, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return false
	}
	hasCore := false
	for _, f := range r.File {
		hasCore = hasCore || f.Name == corePart
	}
	for _, f := range r.File {
		if !entryStampable(f, hasCore) {
			return false
		}
	}
	return true
}

// entryStampable reports whether copyEntry can copy f.
func entryStampable(f *zip.File, hasCore bool) bool {
	if _, err := f.OpenRaw(); err != nil {
		return false
	}
	end := ""
	switch {
	case !hasCore && f.Name == "[Content_Types].xml":
		end = "</Types>"
	case !hasCore && f.Name == "_rels/.rels":
		end = "</Relationships>"
	case f.Name != ooxml.AppPart:
		return true
	}
	data, err := readEntry(f)
	return err == nil && strings.Contains(string(data), end)
}

// readEntry returns the uncompressed content of f.
func readEntry(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}
