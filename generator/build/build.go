// Package build renders every document of a pack for one evaluated unit and
// writes them: all documents are rendered in memory first, so that a failure
// in any template writes none of them, and each file is then written
// atomically (temporary file + rename). Templates and facts are only read.
package build

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"text/template"

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
// returns every template problem at once.
func Render(res *evaluate.Result) ([]Output, diag.List) {
	data := view.Data(res)
	var outs []Output
	var diags diag.List
	for _, doc := range res.Pack.Meta.Documents {
		out, d := renderOne(res, doc, data)
		diags.Append(d)
		if out != nil {
			outs = append(outs, *out)
		}
	}
	return outs, diags
}

func renderOne(res *evaluate.Result, doc pack.Document, data map[string]any) (*Output, diag.List) {
	p := res.Pack
	var diags diag.List
	name, err := OutputName(doc.Output, data)
	if err != nil {
		diags.Errorf(doc.Pos, "输出文件名“%s”有误：%v", doc.Output, err)
		return nil, diags
	}
	src, err := fs.ReadFile(p.FS, doc.Template)
	if err != nil {
		diags.Errorf(doc.Pos, "模板包中找不到模板 %s", doc.Template)
		return nil, diags
	}
	out, diags := document.Render(p.Name(doc.Template), src, data)
	if diags.HasErrors() {
		return nil, diags
	}
	out, err = stampProperties(out, properties(res, name))
	if err != nil {
		diags.Errorf(doc.Pos, "无法写入 %s 的文件属性：%v", name, err)
		return nil, diags
	}
	return &Output{Name: name, Data: out}, diags
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
	t, err := template.New("输出").Option("missingkey=error").Funcs(tmpl.FuncMap()).Parse(pattern)
	if err != nil {
		return "", fmt.Errorf("%s", tmpl.Explain(err))
	}
	var b strings.Builder
	if err := t.Execute(&tmpl.LimitWriter{W: &b, N: 255}, data); err != nil {
		return "", fmt.Errorf("%s", tmpl.Explain(err))
	}
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 32 {
			return '_'
		}
		return r
	}, b.String())
	if name == "" || name == "." || name == ".." {
		return "", fmt.Errorf("文件名为空")
	}
	return name, nil
}

// Write writes outs into dir (created if needed), each atomically, and
// returns the paths written.
func Write(dir string, outs []Output) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
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
