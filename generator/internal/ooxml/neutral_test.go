package ooxml

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// TestNeutral: an archive as excelize writes it (every entry dated 0, the
// Application “Go Excelize”) comes out with its Application blank and every
// entry dated 1980-01-01; valid dates and other parts are kept; the result
// is the same bytes each time.
func TestNeutral(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	app := `<Properties><TotalTime>0</TotalTime><Application>Go Excelize</Application></Properties>`
	for _, e := range []struct {
		name, body string
		date       uint16
	}{{"xl/workbook.xml", "<workbook/>", 0}, {AppPart, app, 0}, {"word/x.xml", "<x/>", 0x5a21}} {
		w, _ := z.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, ModifiedDate: e.date})
		w.Write([]byte(e.body))
	}
	z.Close()
	out, err := Neutral(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Neutral(buf.Bytes())
	if !bytes.Equal(out, again) {
		t.Error("Neutral is not reproducible")
	}
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		body string
		date uint16
	}{
		"xl/workbook.xml": {"<workbook/>", DOSEpoch},
		AppPart:           {`<Properties><TotalTime>0</TotalTime><Application></Application></Properties>`, DOSEpoch},
		"word/x.xml":      {"<x/>", 0x5a21},
	}
	for _, f := range zr.File {
		rc, _ := f.Open()
		body, _ := io.ReadAll(rc)
		if w := want[f.Name]; string(body) != w.body || f.ModifiedDate != w.date || f.Modified.Year() < 1980 {
			t.Errorf("%s: %q dated %#04x (%s); want %q dated %#04x", f.Name, body, f.ModifiedDate, f.Modified, w.body, w.date)
		}
	}
}

func TestValidDOSDate(t *testing.T) {
	for d, want := range map[uint16]bool{0: false, DOSEpoch: true, 1 << 5: false, 1: false, 12<<5 | 31: true, 13<<5 | 1: false} {
		if ValidDOSDate(d) != want {
			t.Errorf("ValidDOSDate(%#04x) = %v", d, !want)
		}
	}
}
