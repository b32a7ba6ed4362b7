package facts

import (
	"go.yaml.in/yaml/v3"
	"slices"

	"jixiao/generator/suggest"
	"jixiao/generator/yamlsrc"
)

// unknownKey reports a key the schema does not know at this place, with the
// nearest sibling key or, when the key exists elsewhere, where it belongs.
// It returns the sibling meant when the key is one typed with a wrong
// separator (“在职人数：47”), "" otherwise.
func (l *loader) unknownKey(k *yaml.Node, parent *Value) string {
	var siblings []string
	for _, c := range parent.Field.Fields {
		siblings = append(siblings, c.Key)
	}
	where := "事实文件顶层"
	if parent.Path != "" {
		where = "“" + parent.Path + "”下"
	}
	if s, ok := yamlsrc.KeySlipOf(k.Value); ok {
		l.colonSlip(k, s, where, siblings)
		if slices.Contains(siblings, s.Name) {
			return s.Name
		}
		return ""
	}
	switch {
	case suggest.Nearest(k.Value, siblings) != "":
		l.diags.Errorf(l.pos(k), "%s没有“%s”，是不是“%s”？", where, k.Value, suggest.Nearest(k.Value, siblings))
	case l.elsewhere(k.Value) != "":
		l.diags.Errorf(l.pos(k), "%s没有“%s”；它应写在“%s”", where, k.Value, l.elsewhere(k.Value))
	default:
		l.diags.Errorf(l.pos(k), "%s没有“%s”（可写的项：%s）", where, k.Value, joinKeys(siblings))
	}
	return ""
}

// colonSlip reports an unknown key that is a key typed with a wrong
// separator (“在职人数：47” in a flow mapping), at the separator, and says
// how to type it.
func (l *loader) colonSlip(k *yaml.Node, s yamlsrc.KeySlip, where string, siblings []string) {
	more := ""
	switch {
	case slices.Contains(siblings, s.Name):
	case suggest.Nearest(s.Name, siblings) != "":
		more = "；“" + s.Name + "”是不是“" + suggest.Nearest(s.Name, siblings) + "”？"
	case l.elsewhere(s.Name) != "":
		more = "；“" + s.Name + "”不写在这里，它的位置是“" + l.elsewhere(s.Name) + "”"
	default:
		more = "；这里可写的项：" + joinKeys(siblings)
	}
	l.diags.Errorf(s.SlipPos(l.file, k), "%s没有“%s”这一项：%s%s", where, k.Value, s.Hint, more)
}

// elsewhere returns the path of a field named key anywhere in the schema,
// or "".
func (l *loader) elsewhere(key string) string {
	found := ""
	l.schema.Walk(func(path string, f *Field) {
		if found == "" && f.Key == key {
			found = path
		}
	})
	return found
}

func joinKeys(keys []string) string {
	if len(keys) > 12 {
		keys = append(keys[:12:12], "…")
	}
	s := ""
	for i, k := range keys {
		if i > 0 {
			s += "、"
		}
		s += k
	}
	return s
}
