package attrgen

import (
	"bytes"
	"fmt"
	"go/format"
	"sort"
)

// A Root is a part the fast reader checks: the function of xmlattrs.go
// that returns its table, the part's name in that function's comment, and
// excelize's struct for its root element.
type Root struct {
	Func, Part, Type string
}

// Roots are the parts of xmlattrs.go, in its order.
var Roots = []Root{
	{"worksheetAttrs", "worksheet", "xlsxWorksheet"},
	{"stylesAttrs", "styles", "xlsxStyleSheet"},
	{"workbookAttrs", "workbook", "xlsxWorkbook"},
	{"sstAttrs", "sst", "xlsxSST"},
	{"calcChainAttrs", "calcChain", "xlsxCalcChain"},
}

// Generate returns xmlattrs.go for the excelize package p at version.
func Generate(p *Package, version string) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, header, version)
	for _, root := range Roots {
		table, err := p.Walk(root.Type)
		if err != nil {
			return nil, err
		}
		writeTable(&b, root, table)
	}
	return format.Source(b.Bytes())
}

// header opens xmlattrs.go; %s is excelize's version.
const header = `package xlsx

// Code generated from the struct tags of github.com/xuri/excelize/v2
// %s (xml*.go): every attribute excelize decodes into a number or a
// boolean, by element and attribute local name, for the elements reachable
// from each part's root element. DO NOT EDIT by hand; regenerate when
// excelize is upgraded. Attributes that some struct decodes as text are
// left out. The val of the font flags (b, i, strike…) is excelize's
// attrValBool, parsed untrimmed. checkXML refuses a part where one of
// these does not parse, as decoding it would fail.
`

// writeTable writes the function returning one part's table, keys sorted.
func writeTable(b *bytes.Buffer, root Root, table map[string]Kind) {
	keys := make([]string, 0, len(table))
	for key := range table {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	fmt.Fprintf(b, "\n// %s returns the typed attributes of the %s part.\n", root.Func, root.Part)
	fmt.Fprintf(b, "func %s() map[string]attrKind {\n\treturn map[string]attrKind{\n", root.Func)
	for _, key := range keys {
		fmt.Fprintf(b, "\t\t%q: %s,\n", key, table[key])
	}
	b.WriteString("\t}\n}\n")
}
