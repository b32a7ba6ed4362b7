package facts

import (
	"slices"
	"strings"

	"jixiao/generator/diag"
)

// Declare adds a pack's declared facts to root (a fresh Schema()), in
// order, and reports every declaration that does not fit: a path that is
// already a fact, a top-level name the templates use for something else,
// a parent that is not a group. Parents that do not exist yet are created
// as groups.
func Declare(root *Field, decls []Decl) diag.List {
	var diags diag.List
	made := map[*Field]bool{} // groups created here, which a 分组 declaration may describe
	for _, d := range decls {
		keys := strings.Split(d.Path, ".")
		if err := checkKeys(keys); err != "" {
			diags.Errorf(d.Pos, "事实“%s”：%s", d.Path, err)
			continue
		}
		parent, why := parentOf(root, keys[:len(keys)-1], made)
		if parent == nil {
			diags.Errorf(d.Pos, "事实“%s”：%s", d.Path, why)
			continue
		}
		if old := parent.Child(d.Field.Key); old != nil {
			if made[old] && d.Field.Kind == Object {
				describeGroup(old, d.Field)
				continue
			}
			diags.Errorf(d.Pos, "事实“%s”已经有了（%s），不能重复声明", d.Path, old.Desc)
			continue
		}
		parent.Fields = append(parent.Fields, d.Field)
	}
	return diags
}

// checkKeys refuses empty segments and reserved top-level names.
func checkKeys(keys []string) string {
	for _, k := range keys {
		if k == "" {
			return "键的各段之间用一个“.”分隔，不能有空段"
		}
	}
	if slices.Contains(ReservedKeys, keys[0]) {
		return "“" + keys[0] + "”是模板中另有用途的名称，请换一个名称"
	}
	return ""
}

// parentOf finds (or creates) the group at keys below root.
func parentOf(root *Field, keys []string, made map[*Field]bool) (*Field, string) {
	cur := root
	for _, k := range keys {
		for cur.Kind == List {
			cur = cur.Elem
		}
		next := cur.Child(k)
		if next == nil {
			next = &Field{Key: k, Kind: Object}
			made[next] = true
			cur.Fields = append(cur.Fields, next)
		}
		if next.Kind != Object && next.Kind != List {
			return nil, "“" + k + "”是" + next.Kind.String() + "，不能在它下面增加事实"
		}
		cur = next
	}
	for cur.Kind == List {
		cur = cur.Elem
	}
	return cur, ""
}

// describeGroup gives a group created for its children the description and
// labels of its own declaration.
func describeGroup(group, decl *Field) {
	group.Desc, group.Source, group.Form, group.Row = decl.Desc, decl.Source, decl.Form, decl.Row
	group.FinalRequired = decl.FinalRequired
}
