package ooxml

import (
	"archive/zip"
	"bytes"
	"time"

	"jixiao/generator/internal/lazyre"
)

// DOSEpoch is 1980-01-01 00:00 in MS-DOS date format: the fixed time given
// to an entry whose date is not a valid DOS date (excelize writes 0, which
// unzip shows as 1980-00-00 and Go reads as 1979-11-30).
const DOSEpoch = 1<<5 | 1

// AppPart is the extended properties part, whose Application element names
// the program that wrote the file.
const AppPart = "docProps/app.xml"

// application matches the Application element of docProps/app.xml with its
// content ("jixiao", "Go Excelize", "Microsoft Office Word" …).
var application = lazyre.New(`<Application>[^<]*</Application>|<Application/>`)

// Neutral returns the .docx or .xlsx archive data with nothing of the
// program that wrote it: docProps/app.xml's Application blank and every
// entry dated validly (an invalid DOS date becomes DOSEpoch). Every other
// entry is copied raw, in order, so the same input gives the same bytes.
func Neutral(data []byte) ([]byte, error) { return Rewrite(data, CopyNeutral) }

// Rewrite returns the archive data with every entry, in order, written
// into a new archive by copy.
func Rewrite(data []byte, copy func(w *zip.Writer, f *zip.File) error) ([]byte, error) {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	w := NewZipWriter(&buf)
	for _, f := range r.File {
		if err := copy(w, f); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// CopyNeutral copies f into w as Neutral does: app.xml with a blank
// Application, anything else raw; both with a valid date.
func CopyNeutral(w *zip.Writer, f *zip.File) error {
	h := f.FileHeader
	if !ValidDOSDate(h.ModifiedDate) {
		h.ModifiedDate, h.ModifiedTime = DOSEpoch, 0
	}
	if f.Name == AppPart {
		return rewrite(w, f, &h)
	}
	return CopyRaw(w, f, &h)
}

// rewrite writes app.xml anew with its Application blank.
func rewrite(w *zip.Writer, f *zip.File, h *zip.FileHeader) error {
	h.Method, h.Extra, h.Modified = zip.Deflate, nil, time.Time{}
	return CopyChanged(w, f, h, BlankApplication)
}

// BlankApplication empties the Application element of an app.xml.
func BlankApplication(src []byte) []byte {
	return application.Regexp().ReplaceAll(src, []byte("<Application></Application>"))
}

// ValidDOSDate reports whether d is a real MS-DOS date: month 1–12, day
// 1–31 (the year field, counted from 1980, is always in range).
func ValidDOSDate(d uint16) bool {
	day, month := d&0x1f, d>>5&0xf
	return day >= 1 && month >= 1 && month <= 12
}
