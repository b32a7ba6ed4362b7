package attrgen

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestWalk checks every rule of the walk on a package made for it.
func TestWalk(t *testing.T) {
	p, err := Load("testdata/walk")
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.Walk("root")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Kind{
		"root@count":    Int,   // the root's own attributes
		"root@promoted": Bool,  // an embedded struct's fields
		"kid@size":      Float, // a slice of pointers
		"kid@small":     Uint8,
		"kid@big":       Uint32,
		"kid@wide":      Uint,
		"kid@on":        Bool,
		"kid@custom":    Int,   // a named type
		"kid@level":     Uint,  // an alias
		"kid@name":      Int,   // text in kid, a number in mixed
		"deep@size":     Float, // an outer>deep path
		"deep@small":    Uint8,
		"deep@big":      Uint32,
		"deep@wide":     Uint,
		"deep@on":       Bool,
		"deep@custom":   Int,
		"deep@level":    Uint,
		"alias@id":      Int,     // named by the type's XMLName
		"Plain@val":     Int,     // named by the field
		"b@val":         ValBool, // attrValBool decodes itself
		"ext@index":     Int,     // xlsxExt decodes into decodeExt
		"spaced@val":    Uint,    // namespaces dropped
		"tagged@inside": Int,     // a tagged embedded struct
	}
	if !maps.Equal(got, want) {
		for _, key := range slices.Sorted(maps.Keys(got)) {
			if got[key] != want[key] {
				t.Errorf("%s: got %q, want %q", key, got[key], want[key])
			}
		}
		for _, key := range slices.Sorted(maps.Keys(want)) {
			if _, ok := got[key]; !ok {
				t.Errorf("%s: missing, want %q", key, want[key])
			}
		}
	}
}

// TestWalkRefuses checks that the walk stops at what the table cannot
// hold or attrgen does not know.
func TestWalkRefuses(t *testing.T) {
	for _, tc := range []struct{ dir, want string }{
		{"testdata/conflict", "x@n is decoded as attrFloat and attrInt"},
		{"testdata/selfdecoding", "type custom decodes itself"},
		{"testdata/textnumber", "element count: its text is decoded as int, which checkXML does not check"},
		{"testdata/int32", "attribute of type int32: attrgen knows no attrKind for it"},
	} {
		p, err := Load(tc.dir)
		if err != nil {
			t.Fatal(err)
		}
		_, err = p.Walk("root")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got error %v, want one containing %q", tc.dir, err, tc.want)
		}
	}
}
