package xlsx

import (
	"archive/zip"
	"bytes"
	"time"

	"jixiao/generator/internal/lazyre"
	"jixiao/generator/internal/ooxml"
)

// outPart is one entry of the output archive: new data, or an entry of
// the template or of excelize's output copied without recompressing it.
type outPart struct {
	name string
	data []byte
	raw  *zip.File
}

// dosEpoch is 1980-01-01 00:00 in MS-DOS date format, the fixed time of
// the parts the engine writes, so that the same input gives the same bytes.
const dosEpoch = ooxml.DOSEpoch

// entryOverhead bounds what a zip entry takes besides its data and name
// (twice): local header, data descriptor, central directory header.
const entryOverhead = 30 + 24 + 46

// endOverhead is the end of central directory record.
const endOverhead = 22

// writeParts writes an archive of parts, in order.
func writeParts(parts []outPart) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(archiveSize(parts))
	zw := ooxml.NewZipWriter(&buf)
	for _, p := range parts {
		if p.raw != nil {
			if err := copyRaw(zw, p.raw); err != nil {
				return nil, err
			}
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, ModifiedDate: dosEpoch})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(p.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// archiveSize estimates the size of the archive of parts, so that its
// buffer is made once: raw entries as they are, new XML deflated to about
// a quarter.
func archiveSize(parts []outPart) int {
	n := endOverhead
	for _, p := range parts {
		n += entryOverhead + 2*len(p.name) + len(p.data)/4
		if p.raw != nil {
			n += int(p.raw.CompressedSize64)
		}
	}
	return n
}

// copyRaw copies an entry without recompressing it; one without a valid
// date (excelize writes 0, which unzip shows as 1980-00-00) gets dosEpoch.
func copyRaw(zw *zip.Writer, f *zip.File) error {
	h := f.FileHeader
	if !ooxml.ValidDOSDate(f.ModifiedDate) {
		h.ModifiedDate, h.ModifiedTime, h.Modified = dosEpoch, 0, time.Time{}
	}
	return ooxml.CopyRaw(zw, f, &h)
}

// patched lists the template's entries in order, with the parts in
// changed replacing theirs.
func patched(a *archive, changed map[string][]byte) []outPart {
	out := make([]outPart, 0, len(a.files))
	for _, f := range a.files {
		if data, ok := changed[f.Name]; ok {
			out = append(out, outPart{name: f.Name, data: data})
		} else {
			out = append(out, outPart{name: f.Name, raw: f})
		}
	}
	return out
}

// calcPr finds the workbook's calculation properties element.
var calcPr = lazyre.New(`<([A-Za-z0-9_]+:)?calcPr\b[^>]*?/?>`)

// workbookStart finds the workbook element's start tag, with its prefix.
var workbookStart = lazyre.New(`<([A-Za-z0-9_]+:)?workbook\b`)

// workbookEnd finds where a calcPr element goes when there is none: before
// the elements that follow it in the schema, or the workbook's end tag.
var workbookEnd = lazyre.New(`<([A-Za-z0-9_]+:)?(oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|</([A-Za-z0-9_]+:)?workbook>`)

// fullCalcOnLoad marks a workbook to be recalculated when it is opened,
// for the formulas whose values the engine could not compute.
func fullCalcOnLoad(wb []byte) []byte {
	if loc := calcPr.FindIndex(wb); loc != nil {
		tag, _ := parseTag(wb, loc[0])
		if v, ok := tag.attr("fullCalcOnLoad"); ok && (v == "1" || v == "true") {
			return wb
		}
		e := edit{from: loc[0], to: loc[1], text: withAttr(tag, "fullCalcOnLoad", "1")}
		return applyEdits(wb, []edit{e})
	}
	loc := workbookEnd.FindSubmatchIndex(wb)
	if loc == nil {
		return wb
	}
	prefix := ""
	if m := workbookStart.FindSubmatch(wb); m != nil {
		prefix = string(m[1])
	}
	return applyEdits(wb, []edit{{loc[0], loc[0], "<" + prefix + `calcPr fullCalcOnLoad="1"/>`}})
}

// withAttr writes tag with attribute name set to v.
func withAttr(tag xtag, name, v string) string {
	s := "<" + tag.name
	for _, a := range tag.attrs() {
		if a.name != name {
			s += " " + a.name + `="` + a.value + `"`
		}
	}
	s += " " + name + `="` + v + `"`
	if tag.empty {
		return s + "/>"
	}
	return s + ">"
}
