package attrgen

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Package is what attrgen needs of a parsed Go package: its type
// declarations and the types that decode themselves.
type Package struct {
	types   map[string]ast.Expr // type name → its type expression
	decoder map[string]bool     // types with an UnmarshalXML, UnmarshalXMLAttr or UnmarshalText method
}

// decodeMethods are the methods through which a type decodes itself
// instead of by its struct tags.
var decodeMethods = map[string]bool{"UnmarshalXML": true, "UnmarshalXMLAttr": true, "UnmarshalText": true}

// Load parses the non-test Go files of the package in dir.
func Load(dir string) (*Package, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	p := &Package{types: map[string]ast.Expr{}, decoder: map[string]bool{}}
	fset := token.NewFileSet()
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		file, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		p.add(file)
	}
	return p, nil
}

// add records the type declarations and decoding methods of file.
func (p *Package) add(file *ast.File) {
	for _, decl := range file.Decls {
		switch d := decl.(type) {
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				if ts, ok := spec.(*ast.TypeSpec); ok {
					p.types[ts.Name.Name] = ts.Type
				}
			}
		case *ast.FuncDecl:
			if d.Recv != nil && decodeMethods[d.Name.Name] {
				p.decoder[receiverName(d.Recv.List[0].Type)] = true
			}
		}
	}
}

// receiverName returns the type name of a method receiver (T or *T).
func receiverName(expr ast.Expr) string {
	if star, ok := expr.(*ast.StarExpr); ok {
		expr = star.X
	}
	if id, ok := expr.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}
