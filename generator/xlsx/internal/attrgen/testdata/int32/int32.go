// Package int32 has an attribute of a size with no attrKind.
package int32

import "encoding/xml"

type root struct {
	XMLName xml.Name `xml:"root"`
	N       int32    `xml:"n,attr"`
}
