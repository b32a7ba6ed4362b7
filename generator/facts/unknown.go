package facts

import (
	"go.yaml.in/yaml/v3"

	"jixiao/generator/suggest"
)

// unknownKey reports a key the schema does not know at this place, with the
// nearest sibling key or, when the key exists elsewhere, where it belongs.
func (l *loader) unknownKey(k *yaml.Node, parent *Value) {
	var siblings []string
	for _, c := range parent.Field.Fields {
		siblings = append(siblings, c.Key)
	}
	where := "事实文件顶层"
	if parent.Path != "" {
		where = "“" + parent.Path + "”下"
	}
	switch {
	case suggest.Nearest(k.Value, siblings) != "":
		l.diags.Errorf(l.pos(k), "%s没有“%s”，是不是“%s”？", where, k.Value, suggest.Nearest(k.Value, siblings))
	case l.elsewhere(k.Value) != "":
		l.diags.Errorf(l.pos(k), "%s没有“%s”；它应写在“%s”", where, k.Value, l.elsewhere(k.Value))
	default:
		l.diags.Errorf(l.pos(k), "%s没有“%s”（可写的项：%s）", where, k.Value, joinKeys(siblings))
	}
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
