package attrgen

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// walker collects the attributes of the elements reachable from a root
// struct.
type walker struct {
	pkg   *Package
	kinds map[string]map[Kind]bool // element@attribute → kinds decoded
	seen  map[string]bool          // type@element already walked
}

// Walk returns the typed attributes (element@attribute → kind) of the
// elements reachable from the struct type root, decoded as the element its
// XMLName names. Attributes only decoded as text are left out; one that a
// struct decodes as text and another as a number is the number, so that
// checkXML refuses (and leaves to excelize) what either might refuse.
func (p *Package) Walk(root string) (map[string]Kind, error) {
	elem, ok := p.xmlName(root)
	if !ok {
		return nil, fmt.Errorf("%s: no type with an XMLName", root)
	}
	w := &walker{pkg: p, kinds: map[string]map[Kind]bool{}, seen: map[string]bool{}}
	if err := w.element(ast.NewIdent(root), elem); err != nil {
		return nil, fmt.Errorf("%s: %w", root, err)
	}
	return w.table()
}

// table returns the typed attributes, refusing one decoded into two
// different typed kinds: checkXML holds one kind per name.
func (w *walker) table() (map[string]Kind, error) {
	out := map[string]Kind{}
	for key, kinds := range w.kinds {
		delete(kinds, Text)
		if len(kinds) > 1 {
			return nil, fmt.Errorf("%s is decoded as %s", key, strings.Join(sortedKinds(kinds), " and "))
		}
		for kind := range kinds {
			out[key] = kind
		}
	}
	return out, nil
}

// sortedKinds returns the names of kinds in order.
func sortedKinds(kinds map[Kind]bool) []string {
	var out []string
	for kind := range kinds {
		out = append(out, string(kind))
	}
	sort.Strings(out)
	return out
}

// element walks an element named elem decoded into a value of type expr.
func (w *walker) element(expr ast.Expr, elem string) error {
	switch t := expr.(type) {
	case *ast.StarExpr:
		return w.element(t.X, elem)
	case *ast.ArrayType:
		if isBytes(t) {
			return nil // text
		}
		return w.element(t.Elt, elem)
	case *ast.StructType:
		return w.fields(t, elem)
	case *ast.Ident:
		return w.named(t.Name, elem)
	}
	return fmt.Errorf("element %s of type %s: attrgen cannot walk it", elem, types.ExprString(expr))
}

// named walks an element elem decoded into the type called name: a
// string (text, no attributes), one that decodes itself, or one declared
// in the package. An element whose text is decoded as a number or a
// boolean is refused: checkXML does not check text.
func (w *walker) named(name, elem string) error {
	if kind, ok := basicKinds[name]; ok {
		if kind != Text {
			return fmt.Errorf("element %s: its text is decoded as %s, which checkXML does not check", elem, name)
		}
		return nil
	}
	key := name + "@" + elem
	if w.seen[key] {
		return nil
	}
	w.seen[key] = true
	if w.pkg.decoder[name] {
		return w.selfDecoding(name, elem)
	}
	under, ok := w.pkg.types[name]
	if !ok {
		return fmt.Errorf("element %s: type %s not found", elem, name)
	}
	return w.element(under, elem)
}

// selfDecoding walks an element decoded by its type's own method. Each
// such type of excelize's is described here.
func (w *walker) selfDecoding(name, elem string) error {
	switch name {
	case "attrValBool": // lib.go: val parsed by strconv.ParseBool, untrimmed
		w.add(elem, "val", ValBool)
		return nil
	case "xlsxExt": // lib.go: decodes the element into a decodeExt
		return w.named("decodeExt", elem)
	}
	return fmt.Errorf("element %s: type %s decodes itself; describe it in attrgen's selfDecoding", elem, name)
}

// fields walks the fields of a struct decoded as element elem.
func (w *walker) fields(st *ast.StructType, elem string) error {
	for _, f := range st.Fields.List {
		tag, tagged := xmlTag(f)
		if len(f.Names) == 0 {
			if err := w.embedded(f.Type, tag, tagged, elem); err != nil {
				return err
			}
			continue
		}
		for _, name := range f.Names {
			if !name.IsExported() {
				continue
			}
			if err := w.field(name.Name, f.Type, tag, elem); err != nil {
				return err
			}
		}
	}
	return nil
}

// embedded walks an embedded field: one without an xml tag has its
// fields promoted; one with a tag is a field named after its type.
func (w *walker) embedded(expr ast.Expr, tag string, tagged bool, elem string) error {
	base := expr
	if star, ok := base.(*ast.StarExpr); ok {
		base = star.X
	}
	id, ok := base.(*ast.Ident)
	if !ok {
		return fmt.Errorf("element %s: embedded %s: attrgen cannot walk it", elem, types.ExprString(expr))
	}
	if tagged {
		return w.field(id.Name, expr, tag, elem)
	}
	st, ok := w.pkg.types[id.Name].(*ast.StructType)
	if !ok || w.pkg.decoder[id.Name] {
		return fmt.Errorf("element %s: embedded %s: attrgen cannot walk it", elem, id.Name)
	}
	return w.fields(st, elem)
}

// field walks the field name of type expr, with xml tag tag, of a struct
// decoded as element elem.
func (w *walker) field(name string, expr ast.Expr, tag string, elem string) error {
	tagName, opts, _ := strings.Cut(tag, ",")
	if tag == "-" || name == "XMLName" {
		return nil
	}
	if i := strings.LastIndexByte(tagName, ' '); i >= 0 {
		tagName = tagName[i+1:] // the namespace is not part of the key
	}
	flags := map[string]bool{}
	for _, opt := range strings.Split(opts, ",") {
		flags[opt] = true
	}
	switch {
	case flags["attr"]:
		return w.attr(name, tagName, expr, elem, flags["any"])
	case flags["chardata"], flags["cdata"], flags["innerxml"], flags["comment"]:
		return nil
	case flags["any"]:
		return fmt.Errorf("element %s: field %s takes any element: attrgen cannot key it", elem, name)
	}
	return w.element(expr, w.childName(name, tagName, expr))
}

// attr records an attribute field.
func (w *walker) attr(name, tagName string, expr ast.Expr, elem string, catchAll bool) error {
	if tagName == "" && catchAll {
		return nil // every other attribute, as written
	}
	if tagName == "" {
		tagName = name
	}
	kind, err := w.pkg.attrKind(expr)
	if err != nil {
		return fmt.Errorf("element %s: %s: %w", elem, tagName, err)
	}
	w.add(elem, tagName, kind)
	return nil
}

// add records that attribute attr of element elem is decoded as kind.
func (w *walker) add(elem, attr string, kind Kind) {
	key := elem + "@" + attr
	if w.kinds[key] == nil {
		w.kinds[key] = map[Kind]bool{}
	}
	w.kinds[key][kind] = true
}

// childName returns the element name of a field as encoding/xml matches
// it: the tag's last path step, else the XMLName of the field's type,
// else the field's name.
func (w *walker) childName(field, tagName string, expr ast.Expr) string {
	if tagName != "" {
		return tagName[strings.LastIndexByte(tagName, '>')+1:]
	}
	for {
		star, ok := expr.(*ast.StarExpr)
		if !ok {
			break
		}
		expr = star.X
	}
	if id, ok := expr.(*ast.Ident); ok {
		if name, ok := w.pkg.xmlName(id.Name); ok {
			return name
		}
	}
	return field
}

// xmlName returns the local name in the XMLName field's tag of the struct
// type called name.
func (p *Package) xmlName(name string) (string, bool) {
	st, ok := p.types[name].(*ast.StructType)
	if !ok {
		return "", false
	}
	for _, f := range st.Fields.List {
		if len(f.Names) == 1 && f.Names[0].Name == "XMLName" {
			tag, _ := xmlTag(f)
			tagName, _, _ := strings.Cut(tag, ",")
			tagName = tagName[strings.LastIndexByte(tagName, ' ')+1:]
			return tagName, tagName != ""
		}
	}
	return "", false
}

// xmlTag returns the xml key of a field's struct tag.
func xmlTag(f *ast.Field) (string, bool) {
	if f.Tag == nil {
		return "", false
	}
	raw, err := strconv.Unquote(f.Tag.Value)
	if err != nil {
		return "", false
	}
	return reflect.StructTag(raw).Lookup("xml")
}
