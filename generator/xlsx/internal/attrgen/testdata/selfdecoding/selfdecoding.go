// Package selfdecoding has a type attrgen has not been taught.
package selfdecoding

import "encoding/xml"

type root struct {
	XMLName xml.Name `xml:"root"`
	X       *custom  `xml:"x"`
}

type custom struct {
	N int `xml:"n,attr"`
}

func (c *custom) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error { return nil }
