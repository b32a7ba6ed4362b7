// Package build renders every document of a pack for one evaluated unit and
// writes them: all documents are rendered in memory first, so that a failure
// in any template writes none of them, and each file is then written
// atomically (temporary file + rename). Templates and facts are only read.
package build

import (
	"os"
	"path"
	"path/filepath"
	"strings"

	"jixiao/generator/atomicfile"
	"jixiao/generator/diag"
	"jixiao/generator/document"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
	"jixiao/generator/tmpl"
	"jixiao/generator/view"
)

// Output is one rendered document.
type Output struct {
	Name string // file name, from the pack's output pattern
	Data []byte
}

// Render renders every document of the pack with the unit's data; it
// returns every template problem at once. The output names are rendered
// and checked first (Names); all of it runs within one budget.
func Render(res *evaluate.Result) ([]Output, diag.List) {
	return RenderBudget(res, tmpl.NewBudget())
}

// RenderBudget is Render within budget b.
func RenderBudget(res *evaluate.Result, b *tmpl.Budget) ([]Output, diag.List) {
	return render(res, b, document.Parse)
}

// RenderCached is Render with the templates parsed by earlier renders that
// c keeps: the same documents, without parsing an unchanged template again.
func RenderCached(res *evaluate.Result, c *Templates) ([]Output, diag.List) {
	defer c.sweep()
	return render(res, tmpl.NewBudget(), c.parse)
}

// parseFunc parses a template: document.Parse, or a cache's.
type parseFunc func(name string, src []byte) (document.Template, diag.List)

func render(res *evaluate.Result, b *tmpl.Budget, parse parseFunc) ([]Output, diag.List) {
	return renderDocs(res, b, func(i int) preparedDoc {
		return prepareDoc(res.Pack, res.Pack.Meta.Documents[i], parse)
	})
}

// renderDocs renders every document of res's pack, each with the template
// doc gives for it, and stamps its file properties.
func renderDocs(res *evaluate.Result, b *tmpl.Budget, doc func(i int) preparedDoc) ([]Output, diag.List) {
	return perDocument(res, b, func(i int, name string, data map[string]any, diags *diag.List) (Output, bool) {
		pd := doc(i)
		out, d := pd.execute(data, b)
		diags.Append(d)
		if out == nil {
			return Output{}, false
		}
		return stamped(res, pd.doc, name, out, diags), true
	})
}

// perDocument renders the output names of res's pack (Names), then calls
// each for every document in order, within b, until b is exhausted (its
// error is reported once, where it happened). It gathers what each keeps
// and every problem; when there is an error it returns only the problems.
func perDocument[T any](res *evaluate.Result, b *tmpl.Budget, each func(i int, name string, data map[string]any, diags *diag.List) (T, bool)) ([]T, diag.List) {
	data := view.Data(res)
	names, diags := Names(res.Pack, data, b)
	var out []T
	for i := range res.Pack.Meta.Documents {
		if b.Err() != nil {
			break
		}
		if v, keep := each(i, names[i], data, &diags); keep {
			out = append(out, v)
		}
	}
	if diags.HasErrors() {
		return nil, diags
	}
	return out, diags
}

// stamped is a rendered document with its core properties set (title,
// creator = the unit, description = the pack); a failure to set them is an
// error of doc.
func stamped(res *evaluate.Result, doc pack.Document, name string, out []byte, diags *diag.List) Output {
	withProps, err := stampProperties(out, properties(res, name))
	if err != nil {
		diags.Errorf(doc.Pos, "无法写入 %s 的文件属性：%v", name, err)
		return Output{Name: name, Data: out}
	}
	return Output{Name: name, Data: withProps}
}

// properties identify a document: its name, the unit, the pack.
func properties(res *evaluate.Result, name string) Properties {
	meta := res.Pack.Meta
	return Properties{
		Title:       strings.TrimSuffix(name, path.Ext(name)),
		Creator:     res.Facts.Unit(),
		Description: strings.TrimSpace(meta.Name + " " + meta.Version),
	}
}

// OutputName renders a file name pattern and makes it safe as one name.
func OutputName(pattern string, data map[string]any) (string, error) {
	return OutputNameBudget(pattern, data, tmpl.NewBudget())
}

// Write writes outs into dir (created if needed), each atomically, and
// returns the paths written. It first checks every target (Targets) and
// removes the temporary files an interrupted earlier run left in dir.
func Write(dir string, outs []Output) ([]string, error) {
	if err := Targets(dir, outs); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	atomicfile.RemoveStale(dir, started)
	var paths []string
	for _, o := range outs {
		path := filepath.Join(dir, o.Name)
		if err := atomicfile.Write(path, o.Data, 0o644); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}
