// Package walk exercises every rule of attrgen's walk.
package walk

import "encoding/xml"

type root struct {
	XMLName  xml.Name       `xml:"http://example.com/ns root"`
	Count    int            `xml:"count,attr"`
	Space    xml.Attr       `xml:"space,attr"`
	Others   []xml.Attr     `xml:",any,attr"`
	Kids     []*kid         `xml:"kid"`
	Deep     *kid           `xml:"outer>deep"`
	Named    *named         // element named by its type's XMLName
	Plain    plain          // element named after the field
	Flag     *attrValBool   `xml:"b"`
	Mixed    mixed          `xml:"kid"`
	Skipped  *kid           `xml:"-"`
	hidden   *kid           `xml:"hidden"`
	Text     string         `xml:",chardata"`
	Inner    string         `xml:",innerxml"`
	Back     *root          `xml:"root"`
	Ext      *xlsxExt       `xml:"ext"`
	Spaced   spaced         `xml:"http://example.com/other spaced"`
	embedded                // fields promoted
	*Tagged  `xml:"tagged"` // a field named tagged
}

type kid struct {
	Size   float64  `xml:"size,attr"`
	Small  uint8    `xml:"small,attr,omitempty"`
	Big    *uint32  `xml:"big,attr"`
	Wide   uint64   `xml:"wide,attr"`
	On     *bool    `xml:"on,attr"`
	Name   string   `xml:"name,attr"`
	Custom myInt    `xml:"custom,attr"`
	Raw    []byte   `xml:"raw,attr"`
	Level  level    `xml:"level,attr"`
	Sub    []string `xml:"sub"`
}

type myInt int

type level = uint

type named struct {
	XMLName xml.Name `xml:"alias"`
	ID      int64    `xml:"id,attr"`
}

type plain struct {
	Val *int `xml:"val,attr"`
}

// mixed decodes kid@name, text in kid, as a number.
type mixed struct {
	Name int `xml:"name,attr"`
}

type embedded struct {
	Promoted bool `xml:"promoted,attr"`
}

type Tagged struct {
	Inside int `xml:"inside,attr"`
}

type spaced struct {
	Val uint `xml:"http://example.com/other val,attr"`
}

type attrValBool struct {
	Val *bool `xml:"val,attr"`
}

func (avb *attrValBool) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error { return nil }

type xlsxExt struct {
	URI string `xml:"uri,attr"`
}

func (ext *xlsxExt) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error { return nil }

type decodeExt struct {
	URI   string `xml:"uri,attr"`
	Index int    `xml:"index,attr"`
}
