package xlsx

import (
	"strconv"
	"strings"
	"sync"
)

// xmlattrs.go, the typed attributes of each part, is generated from
// excelize's source by attrgen (internal/attrgen).
//go:generate go run ./internal/attrgen/cmd

// attrKind is the Go type excelize decodes an attribute into.
type attrKind uint8

const (
	attrInt attrKind = iota
	attrUint
	attrUint8
	attrUint32
	attrFloat
	attrBool
	attrValBool // the val of excelize's attrValBool: untrimmed, empty is true
)

// parses reports whether encoding/xml decodes the attribute value v (as
// written, entities resolved) into k: an empty value is zero, any other is
// trimmed and parsed.
func (k attrKind) parses(v string) bool {
	if v == "" {
		return true
	}
	if k == attrValBool {
		_, err := strconv.ParseBool(v)
		return err == nil
	}
	v = strings.TrimSpace(v)
	var err error
	switch k {
	case attrInt:
		_, err = strconv.ParseInt(v, 10, 64)
	case attrUint:
		_, err = strconv.ParseUint(v, 10, 64)
	case attrUint8:
		_, err = strconv.ParseUint(v, 10, 8)
	case attrUint32:
		_, err = strconv.ParseUint(v, 10, 32)
	case attrFloat:
		_, err = strconv.ParseFloat(v, 64)
	case attrBool:
		_, err = strconv.ParseBool(v)
	}
	return err == nil
}

// typedAttrs are the typed attributes of a part: element → attribute →
// kind.
type typedAttrs map[string]map[string]attrKind

// byElement turns a table of "element@attribute" keys into typedAttrs.
func byElement(flat map[string]attrKind) typedAttrs {
	out := typedAttrs{}
	for key, kind := range flat {
		elem, attr, _ := strings.Cut(key, "@")
		if out[elem] == nil {
			out[elem] = map[string]attrKind{}
		}
		out[elem][attr] = kind
	}
	return out
}

// The typed attributes of each part, by element, made when first used.
var (
	worksheetTyped = sync.OnceValue(func() typedAttrs { return byElement(worksheetAttrs()) })
	stylesTyped    = sync.OnceValue(func() typedAttrs { return byElement(stylesAttrs()) })
	workbookTyped  = sync.OnceValue(func() typedAttrs { return byElement(workbookAttrs()) })
	sstTyped       = sync.OnceValue(func() typedAttrs { return byElement(sstAttrs()) })
	calcChainTyped = sync.OnceValue(func() typedAttrs { return byElement(calcChainAttrs()) })
)

// typedOK reports whether attribute name parses as the type excelize
// gives it (by local name, as encoding/xml matches attributes).
func typedOK(typed map[string]attrKind, name, value []byte) bool {
	kind, ok := typed[string(localName(name))]
	return !ok || kind.parses(decodeText(value))
}
