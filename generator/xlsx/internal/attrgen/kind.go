package attrgen

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Kind is how encoding/xml decodes an attribute: the name of a
// generator/xlsx attrKind constant, or Text.
type Kind string

// The kinds of attributes.
const (
	Int     Kind = "attrInt"
	Uint    Kind = "attrUint"
	Uint8   Kind = "attrUint8"
	Uint32  Kind = "attrUint32"
	Float   Kind = "attrFloat"
	Bool    Kind = "attrBool"
	ValBool Kind = "attrValBool" // the val of excelize's attrValBool
	Text    Kind = "text"        // a string, not checked
)

// basicKinds are the kinds of the predeclared types an attribute may
// have. Other sizes (int32, float32…) have no attrKind yet: Kind reports
// them, so that one is added rather than a wrong range checked.
var basicKinds = map[string]Kind{
	"bool":    Bool,
	"int":     Int,
	"int64":   Int,
	"uint":    Uint,
	"uint64":  Uint,
	"uint8":   Uint8,
	"byte":    Uint8,
	"uint32":  Uint32,
	"float64": Float,
	"string":  Text,
}

// attrKind returns the kind of an attribute field of type expr.
func (p *Package) attrKind(expr ast.Expr) (Kind, error) {
	switch t := expr.(type) {
	case *ast.StarExpr:
		return p.attrKind(t.X)
	case *ast.ArrayType:
		if isBytes(t) {
			return Text, nil
		}
	case *ast.SelectorExpr:
		if types.ExprString(t) == "xml.Attr" {
			return Text, nil // the attribute as written
		}
	case *ast.Ident:
		if kind, ok := basicKinds[t.Name]; ok {
			return kind, nil
		}
		if under, ok := p.types[t.Name]; ok && !p.decoder[t.Name] {
			return p.attrKind(under)
		}
	}
	return "", fmt.Errorf("attribute of type %s: attrgen knows no attrKind for it", types.ExprString(expr))
}

// isBytes reports whether t is []byte, which encoding/xml decodes as text.
func isBytes(t *ast.ArrayType) bool {
	id, ok := t.Elt.(*ast.Ident)
	return ok && t.Len == nil && (id.Name == "byte" || id.Name == "uint8")
}
