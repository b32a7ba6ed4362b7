package xlsx

import (
	"archive/zip"
	"bytes"

	"jixiao/generator/internal/ooxml"
)

// themePart is the workbook's theme. excelize parses it whenever it opens
// a workbook, a third of the work of opening a small one, and uses it for
// nothing but writing it back unchanged; so it is not shown to excelize,
// and a rebuilt workbook gets the template's own (rebuild.go).
const themePart = "xl/theme/theme1.xml"

// forOpening returns the archive excelize opens for the template src:
// every part but the theme, stored uncompressed, so that excelize neither
// inflates nor parses what it does not need. It returns src itself when
// src cannot be copied (not a zip, a damaged or oversized part): excelize
// then explains the file as it is.
func forOpening(src []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil || unzippedSize(zr) > maxUnzipped {
		return src
	}
	var buf bytes.Buffer
	buf.Grow(storedSize(zr))
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if f.Name == themePart {
			continue
		}
		if err := storeEntry(zw, f); err != nil {
			return src
		}
	}
	if err := zw.Close(); err != nil {
		return src
	}
	return buf.Bytes()
}

// unzippedSize is the size of zr's parts as their headers declare it
// (archive/zip refuses a part that inflates to more).
func unzippedSize(zr *zip.Reader) uint64 {
	var n uint64
	for _, f := range zr.File {
		n += f.UncompressedSize64
	}
	return n
}

// storedSize is the size of zr's archive with every part stored.
func storedSize(zr *zip.Reader) int {
	n := endOverhead
	for _, f := range zr.File {
		n += entryOverhead + 2*len(f.Name) + int(f.UncompressedSize64)
	}
	return n
}

// storeEntry copies entry f into zw uncompressed.
func storeEntry(zw *zip.Writer, f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Store})
	if err != nil {
		return err
	}
	_, err = ooxml.Copy(w, rc)
	return err
}
