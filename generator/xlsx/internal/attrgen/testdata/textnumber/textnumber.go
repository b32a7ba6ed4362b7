// Package textnumber decodes an element's text as a number.
package textnumber

import "encoding/xml"

type root struct {
	XMLName xml.Name `xml:"root"`
	Raw     []byte   `xml:"raw"`
	Names   []string `xml:"name"`
	Count   *count   `xml:"count"`
}

type count int
