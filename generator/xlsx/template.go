package xlsx

import (
	"bytes"
	"errors"
	"sort"
	"strings"
	"sync"
	"text/template"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/diag"
	"jixiao/generator/tmpl"
)

// Template is a parsed .xlsx template. It keeps the template's bytes and
// re-opens them for every Execute, so one Template can render many data
// sets, also concurrently (executors.go).
type Template struct {
	name     string
	src      []byte
	arch     *archive // the template's parts, nil when they cannot be followed
	sheets   []*sheet
	ns       *template.Template // every compiled cell, one name space
	used     []string           // the functions of the allow-list the cells call
	tags     []Tag
	date1904 bool

	pool tmpl.Pool[*executor]

	baseOnce sync.Once
	base     map[string]partSum // what excelize writes for the template unchanged
	trans    transitional       // a strict template as excelize rebuilds it
}

// Tag is one {{…}} tag of the template and where it is: Pos.Part is the
// sheet name, Pos.Place the cell ("B5").
type Tag struct {
	Pos  diag.Pos
	Text string
}

// Parse reads an .xlsx template and checks every tag that can be checked
// without data: the syntax of each cell, the functions it calls, and where
// row loops and conditions open and close. It reports every problem found,
// not only the first; the Template is nil when there is an error.
func Parse(name string, src []byte) (t *Template, diags diag.List) {
	defer func() {
		if panicAsDiag(recover(), &diags, name) {
			t = nil
		}
	}()
	t = &Template{name: name, src: src}
	t.ns = newNamespace(name)
	t.arch, _ = readArchive(src)
	b, err := readBook(src, t.arch)
	if err != nil {
		diags.Errorf(diag.Pos{File: name}, "%s", err)
		return nil, diags
	}
	t.sheets, t.date1904 = b.sheets, b.date1904
	for _, d := range b.diags {
		diags.Append(t.located(d.sheet, d.diags))
	}
	diags.Append(t.scanSheets(b.parts))
	diags.Append(t.compile())
	t.sortDiags(diags)
	if diags.HasErrors() {
		return nil, diags
	}
	return t, diags
}

// Tags returns every tag of the template in sheet, row and column order,
// for linters that compare a template with the data it expects.
func (t *Template) Tags() []Tag {
	return append([]Tag(nil), t.tags...)
}

// maxUnzipped bounds the unpacked size of a template: real templates are
// far smaller, and the bound keeps a damaged file that claims a huge part
// from taking the machine's memory. It also keeps every part in memory
// (excelize spills larger parts to temporary files).
const maxUnzipped = 256 << 20

// openCopy opens with excelize a template checked before, or the copy
// forOpening made of it.
func openCopy(src []byte) (*excelize.File, error) {
	f, err := excelize.OpenReader(bytes.NewReader(src), excelize.Options{
		UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzipped,
	})
	if err != nil {
		return nil, explainOpen(err)
	}
	if len(f.GetSheetList()) == 0 {
		f.Close()
		return nil, errors.New("文件中没有工作表，不是有效的 Excel 工作簿（.xlsx）")
	}
	return f, nil
}

// located fills in the file and sheet of diagnostics that carry only a cell.
func (t *Template) located(sheet string, l diag.List) diag.List {
	for i := range l {
		l[i].Pos.File, l[i].Pos.Part = t.name, sheet
	}
	return l
}

// pos returns the position of a cell of sheet.
func (t *Template) pos(sheet, cell string) diag.Pos {
	return diag.Pos{File: t.name, Part: sheet, Place: cell}
}

// sortDiags orders diagnostics by sheet, row and column.
func (t *Template) sortDiags(l diag.List) {
	index := map[string]int{}
	for i, s := range t.sheets {
		index[s.name] = i
	}
	key := func(p diag.Pos) [3]int {
		col, row, _ := excelize.CellNameToCoordinates(p.Place)
		return [3]int{index[p.Part], row, col}
	}
	sort.SliceStable(l, func(i, j int) bool {
		a, b := key(l[i].Pos), key(l[j].Pos)
		return a[0] < b[0] || a[0] == b[0] && (a[1] < b[1] || a[1] == b[1] && a[2] < b[2])
	})
}

// sheetXML returns the XML of a sheet, from parts when it is there.
func (t *Template) sheetXML(parts fastParts, sheet string) ([]byte, error) {
	name := t.arch.sheets[sheet]
	if data, ok := parts[name]; ok {
		return data, nil
	}
	return t.arch.read(name)
}

// scanSheets reads the XML of every sheet once, whichever reader read
// the template: it marks the template cells stored as inline strings and
// reports the formulas that hold tags.
func (t *Template) scanSheets(parts fastParts) diag.List {
	if t.arch == nil {
		return nil
	}
	var diags diag.List
	for _, s := range t.sheets {
		src, err := t.sheetXML(parts, s.name)
		if err != nil {
			continue
		}
		x := scanSheet(src)
		s.markInline(x)
		diags.Append(t.located(s.name, x.tagsInFormulas()))
	}
	return diags
}

// markInline notes the template cells stored as inline strings, whose
// text excelize leaves in place when it writes a number over it.
func (s *sheet) markInline(x *xsheet) {
	for _, r := range s.rows {
		for _, c := range r.cells {
			if i, ok := x.index[c.pos]; ok && x.cells[i].isIS {
				c.inline = true
			}
		}
	}
}

// tagsInFormulas reports the formulas that hold a tag, as written in the
// sheet (a formula filled down is written once, in its first cell): the
// engine keeps formulas as they are, so the tag would never be filled,
// and Excel would read its braces as an array.
func (x *xsheet) tagsInFormulas() diag.List {
	var diags diag.List
	for _, c := range x.cells {
		if c.f != nil && strings.Contains(c.f.text, "{{") {
			diags.Errorf(diag.Pos{Place: c.pos.cellName()}, "这个单元格的公式中写了标签：公式原样保留，标签不会被填写。"+
				"请把标签放在另一个单元格，让公式引用那个单元格")
		}
	}
	return diags
}
