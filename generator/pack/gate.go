package pack

import (
	"io/fs"
	"path"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/rubric"
)

// Gate returns the problems that make a pack unusable for any unit, found
// without rendering anything: the rubric's lint errors (points that do not
// add up, bands with gaps…) and documents in pack.yaml whose template is
// missing or not a .docx/.xlsx. build, check, score and pack zip refuse a
// pack with such errors; `jixiao lint` reports them along with the
// templates' problems. The built-in pack is part of the program and
// passes (its test runs the checks), so it is not checked again at every
// run: linting the rubric is a few milliseconds of every command.
func (p *Pack) Gate() diag.List {
	if p.builtin {
		return nil
	}
	return p.gate()
}

// gate makes the checks Gate describes.
func (p *Pack) gate() diag.List {
	diags := rubric.Lint(p.Rubric).Errors()
	for _, doc := range p.Meta.Documents {
		ext := strings.ToLower(path.Ext(doc.Template))
		switch _, err := fs.Stat(p.FS, doc.Template); {
		case doc.Template == "":
		case ext != ".docx" && ext != ".xlsx":
			diags.Errorf(doc.Pos, "模板“%s”应是 .docx 或 .xlsx 文件", doc.Template)
		case err != nil:
			diags.Errorf(doc.Pos, "模板包中找不到模板“%s”", doc.Template)
		}
	}
	return diags
}
