package xlsx

import (
	"bytes"
	"io"

	"jixiao/generator/internal/lazyre"
)

// siElem matches one shared string item and its namespace prefix.
var siElem = lazyre.New(`(?s)<((?:\w+:)?)si\b[^>]*>.*?</(?:\w+:)?si>`)

// tagOpen is what every template tag starts with.
var tagOpen = []byte("{{")

// scrubTags empties the shared strings that hold template tags. After
// rendering no cell refers to them, but a part copied from the template
// still lists them, and a reader of the workbook must not find the
// template's tags in it. The items stay in place, so every index other
// cells use keeps pointing at the same text. It returns nil when there is
// nothing to empty.
func scrubTags(sst []byte) []byte {
	if !bytes.Contains(sst, tagOpen) {
		return nil
	}
	return siElem.ReplaceAllFunc(sst, func(si []byte) []byte {
		if !bytes.Contains(si, tagOpen) {
			return si
		}
		p := string(siElem.FindSubmatch(si)[1])
		return []byte("<" + p + "si><" + p + "t></" + p + "t></" + p + "si>")
	})
}

// scrubPart applies scrubTags to the part named name among parts, reading
// it first when it is to be copied raw.
func scrubPart(parts []outPart, name string) error {
	for i := range parts {
		if parts[i].name != name || name == "" {
			continue
		}
		data := parts[i].data
		if parts[i].raw != nil {
			rc, err := parts[i].raw.Open()
			if err != nil {
				return err
			}
			data, err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return err
			}
		}
		if clean := scrubTags(data); clean != nil {
			parts[i] = outPart{name: name, data: clean}
		}
	}
	return nil
}
