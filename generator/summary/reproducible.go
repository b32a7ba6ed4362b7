package summary

import (
	"archive/zip"
	"bytes"
	"sort"

	"jixiao/generator/internal/lazyre"
	"jixiao/generator/internal/ooxml"
)

// defaultRE matches one <Default …> element of [Content_Types].xml.
var defaultRE = lazyre.New(`<Default [^>]*>(</Default>)?`)

// sortContentTypes makes the workbook reproducible: excelize lists the
// image extensions of [Content_Types].xml in map order when a chart adds
// its drawing, so they are sorted here. Every other entry is copied raw.
func sortContentTypes(data []byte) ([]byte, error) { return ooxml.Rewrite(data, copySorted) }

func copySorted(w *zip.Writer, f *zip.File) error {
	h := f.FileHeader
	if f.Name != "[Content_Types].xml" {
		return ooxml.CopyRaw(w, f, &h)
	}
	return ooxml.CopyChanged(w, f, &h, sortDefaults)
}

// sortDefaults puts the <Default> elements of src in order, in the places
// they held.
func sortDefaults(src []byte) []byte {
	locs := defaultRE.FindAllIndex(src, -1)
	elems := make([]string, len(locs))
	for i, l := range locs {
		elems[i] = string(src[l[0]:l[1]])
	}
	sort.Strings(elems)
	var out bytes.Buffer
	last := 0
	for i, l := range locs {
		out.Write(src[last:l[0]])
		out.WriteString(elems[i])
		last = l[1]
	}
	out.Write(src[last:])
	return out.Bytes()
}
