// Package conflict decodes one attribute as two typed kinds.
package conflict

import "encoding/xml"

type root struct {
	XMLName xml.Name `xml:"root"`
	A       *a       `xml:"x"`
	B       *b       `xml:"x"`
}

type a struct {
	N int `xml:"n,attr"`
}

type b struct {
	N float64 `xml:"n,attr"`
}
