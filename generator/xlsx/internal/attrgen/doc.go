// Package attrgen writes generator/xlsx/xmlattrs.go, the table of the
// attributes excelize decodes into numbers or booleans, from excelize's own
// source.
//
// It finds the excelize module the build uses (go list -m, see Locate),
// parses its non-test Go files (Load) and, from the root struct of each
// part the fast reader reads (Roots), walks every struct reachable through
// xml struct tags: child elements (by tag name, or the name of the field's
// type's XMLName, or the field name; "a>b" paths name b), pointers, slices,
// arrays, embedded structs without a tag and named types. Every ",attr"
// field gives element@attribute its Go type (Kind). excelize's
// attrValBool, which decodes its own val, gives attrValBool; any other
// type with its own decoding must be taught here (Walk reports it).
//
// An attribute only decoded as text is left out of a part's table. One
// that a struct decodes as text and another as a number is checked as the
// number: the fast reader then leaves to excelize a part that only the
// text would accept, which is slower but never wrong. One decoded into two
// different typed kinds is an error, since checkXML holds one kind per
// name; so is an element whose text is decoded as a number or a boolean,
// since checkXML does not check text. Generate writes the tables as
// gofmt'ed Go.
//
// The command in ./cmd writes the file (go generate ./generator/xlsx/);
// TestXMLAttrsUpToDate in generator/xlsx fails when the committed file
// differs from what this package generates.
package attrgen
