package facts

import (
	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/fserr"
	"jixiao/generator/num"
	"jixiao/generator/yamlsrc"
)

// LoadFile reads and validates the facts file at path against schema.
// It returns the source too, for diagnostics with snippets.
func LoadFile(path string, schema *Field) (*Facts, []byte, diag.List) {
	src, err := ReadFile(path)
	if err != nil {
		var d diag.List
		d.Errorf(diag.Pos{File: path}, "无法读取事实文件：%s", fserr.Explain(err))
		return nil, nil, d
	}
	f, d := Load(path, src, schema)
	return f, src, d
}

// Load validates src (named file in messages) against schema and returns
// every problem at once. The Facts are returned even when there are errors,
// with the faulty values absent, so that later stages can still report.
func Load(file string, src []byte, schema *Field) (*Facts, diag.List) {
	if diags := checkLimits(file, src); diags.HasErrors() {
		return nil, diags
	}
	n, diags := yamlsrc.Parse(file, src)
	if n == nil {
		return nil, diags
	}
	l := &loader{file: file, schema: schema}
	root := l.value(n, schema, "", yamlsrc.Pos(file, n), nil)
	diags.Append(l.diags)
	diags.Append(yamlsrc.FoldedText(file, src, n))
	diags.Sort()
	return &Facts{File: file, Schema: schema, Root: root}, diags
}

type loader struct {
	file   string
	schema *Field
	diags  diag.List
}

func (l *loader) pos(n *yaml.Node) diag.Pos { return yamlsrc.Pos(l.file, n) }

// value loads node n (nil when absent) as field f at path, below parent
// (whose position an absent value takes).
func (l *loader) value(n *yaml.Node, f *Field, path string, pos diag.Pos, parent *Value) *Value {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	v := &Value{Field: f, Path: path, Pos: pos, Parent: parent}
	if n != nil {
		v.Pos = l.pos(n)
	}
	if n == nil || isNull(n) {
		l.absent(v)
		return v
	}
	if f.NoneOK && n.Kind == yaml.ScalarNode && n.Value == NoneWord {
		l.none(v)
		return v
	}
	switch f.Kind {
	case Object:
		l.object(n, v)
	case List:
		l.list(n, v)
	case Narrative:
		l.narrative(n, v)
	default:
		l.scalar(n, v)
	}
	return v
}

// absent fills the shape of an absent value so lookups below it work.
func (l *loader) absent(v *Value) {
	if v.Field.Kind != Object {
		return
	}
	v.Fields = map[string]*Value{}
	for _, c := range v.Field.Fields {
		cv := &Value{Field: c, Path: join(v.Path, c.Key), Pos: v.Pos, Parent: v}
		l.absent(cv)
		v.Fields[c.Key] = cv
	}
}

// NoneWord declares that the unit has none of something: `政府采购: 无`.
const NoneWord = "无"

// none fills a value written “无”: an object's numbers are present and 0,
// its texts absent; a list is present and empty.
func (l *loader) none(v *Value) {
	v.Present, v.None = true, true
	if v.Field.Kind != Object {
		return
	}
	v.Fields = map[string]*Value{}
	for _, c := range v.Field.Fields {
		cv := &Value{Field: c, Path: join(v.Path, c.Key), Pos: v.Pos, Parent: v}
		switch {
		case c.Kind == Object:
			l.none(cv)
		case c.Kind.IsNumber():
			cv.Present, cv.Num = true, num.Zero
		}
		v.Fields[c.Key] = cv
	}
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}
