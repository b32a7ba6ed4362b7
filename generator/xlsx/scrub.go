package xlsx

import (
	"bytes"
	"io"
)

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
	var out []byte
	done := 0
	for at := 0; ; {
		start, end, prefix, ok := nextSI(sst, at)
		if !ok {
			break
		}
		at = end
		if !bytes.Contains(sst[start:end], tagOpen) {
			continue
		}
		out = append(out, sst[done:start]...)
		out = append(out, "<"+prefix+"si><"+prefix+"t></"+prefix+"t></"+prefix+"si>"...)
		done = end
	}
	return append(out, sst[done:]...)
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
