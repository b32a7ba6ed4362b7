package ooxml

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestNewZipWriterSameBytes: archives written with NewZipWriter, whose
// compressors are reused across archives, are byte for byte those of
// zip.NewWriter, for empty, small, repetitive and larger-than-window parts.
func TestNewZipWriterSameBytes(t *testing.T) {
	var big strings.Builder
	for i := 0; big.Len() < 200_000; i++ {
		fmt.Fprintf(&big, `<row r="%d"><c r="A%d" t="s"><v>%d</v></c></row>`, i, i, i*7919%1000)
	}
	parts := []string{"", "<x/>", strings.Repeat("单位名称", 5000), big.String()}
	write := func(zw *zip.Writer) {
		for i, p := range parts {
			w, err := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("p%d.xml", i), Method: zip.Deflate, ModifiedDate: DOSEpoch})
			if err != nil {
				t.Fatal(err)
			}
			w.Write([]byte(p))
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	for round := 0; round < 3; round++ {
		var want, got bytes.Buffer
		write(zip.NewWriter(&want))
		write(NewZipWriter(&got))
		if !bytes.Equal(want.Bytes(), got.Bytes()) {
			t.Fatalf("round %d: NewZipWriter wrote %d bytes, zip.NewWriter %d, not the same", round, got.Len(), want.Len())
		}
	}
}
