package facts

import (
	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/yamlsrc"
)

// object loads a mapping: known keys recurse, unknown keys are errors with a
// suggestion, and every schema child is present in Fields.
func (l *loader) object(n *yaml.Node, v *Value) {
	if n.Kind != yaml.MappingNode {
		l.diags.Errorf(l.slipPos(n), "“%s”应为一组“键: 值”（%s），实际是 %s%s", label(v), v.Field.Desc, describe(n), noneHint(v.Field, n)+scalarHint(n))
		l.absent(v)
		return
	}
	v.Present = true
	v.Fields = map[string]*Value{}
	given := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		c := v.Field.Child(k.Value)
		if c == nil {
			if meant := l.unknownKey(k, v); meant != "" {
				given[meant] = nil
			}
			continue
		}
		given[k.Value] = val
		cv := l.value(val, c, join(v.Path, c.Key), l.pos(k), v)
		cv.KeyPos = l.pos(k)
		v.Fields[k.Value] = cv
	}
	for _, c := range v.Field.Fields {
		if val, ok := given[c.Key]; ok {
			if val == nil { // typed with a wrong separator, reported as such
				v.Fields[c.Key] = l.value(nil, c, join(v.Path, c.Key), l.pos(n), v)
			}
			continue
		}
		if c.Required {
			l.diags.Errorf(l.pos(n), "缺少必填项“%s”（%s）", join(v.Path, c.Key), c.Desc)
		}
		v.Fields[c.Key] = l.value(nil, c, join(v.Path, c.Key), l.pos(n), v)
	}
}

// list loads a sequence of items of the element shape.
func (l *loader) list(n *yaml.Node, v *Value) {
	if n.Kind != yaml.SequenceNode {
		l.diags.Errorf(l.pos(n), "“%s”应为列表（每项以“- ”开头），实际是 %s%s", label(v), describe(n), noneHint(v.Field, n)+scalarHint(n))
		return
	}
	v.Present = true
	for i, e := range n.Content {
		it := l.value(e, v.Field.Elem, v.Path, l.pos(e), v)
		it.Index = i + 1
		v.Items = append(v.Items, it)
	}
}

// narrative loads text (one untitled section) or a list of {标题, 正文}.
func (l *loader) narrative(n *yaml.Node, v *Value) {
	switch n.Kind {
	case yaml.ScalarNode:
		v.Present = true
		v.Sections = []Section{{Body: n.Value}}
		return
	case yaml.SequenceNode:
		v.Present = true
		for _, e := range n.Content {
			if s, ok := l.section(e, v); ok {
				v.Sections = append(v.Sections, s)
			}
		}
		return
	}
	l.diags.Errorf(l.pos(n), "“%s”应为一段文字，或由“- 标题: …  正文: …”组成的列表", label(v))
}

var sectionField = item(text("标题", "小节标题"), prose("正文", "小节正文"))

func (l *loader) section(n *yaml.Node, v *Value) (Section, bool) {
	if n.Kind == yaml.ScalarNode && !isNull(n) {
		return Section{Body: n.Value}, true
	}
	sv := &Value{Field: sectionField, Path: v.Path, Pos: l.pos(n), Parent: v}
	l.object(n, sv)
	if !sv.Present {
		return Section{}, false
	}
	return Section{Title: sv.Fields["标题"].Str, Body: sv.Fields["正文"].Str}, true
}

func label(v *Value) string {
	if v.Path == "" {
		return "事实文件"
	}
	return v.Path
}

// scalarHint explains a text found where keys were expected when it looks
// like a key typed with a full-width colon or without the space.
func scalarHint(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		return ""
	}
	return yamlsrc.ValueHint(n.Value)
}

// slipPos is the position of n, or of the wrong key separator in it when n
// is a text such as “编制数：125” that was meant as a key and value.
func (l *loader) slipPos(n *yaml.Node) diag.Pos {
	if s, ok := yamlsrc.KeySlipOf(n.Value); ok && n.Kind == yaml.ScalarNode {
		return s.SlipPos(l.file, n)
	}
	return l.pos(n)
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "一组“键: 值”"
	case yaml.SequenceNode:
		return "列表"
	}
	return "“" + n.Value + "”"
}

// noneHint says where “无” may be written instead, when it was written where
// it may not.
func noneHint(f *Field, n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode || n.Value != NoneWord || f.NoneOK {
		return ""
	}
	return "；这里不能写“无”：确实为 0 的数字填 0，不知道的留空"
}
