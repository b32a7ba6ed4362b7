// Package ziptest edits the parts of a zip archive (a .docx or .xlsx) for
// tests that need a template or a document changed in one place.
package ziptest

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// Edit returns src with each part for which change reports true replaced by
// the bytes change returns, in the same place; every other part is copied
// as it is. A src that is not a zip archive fails the test.
func Edit(t testing.TB, src []byte, change func(name string, data []byte) ([]byte, bool)) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if err := editEntry(zw, f, change); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func editEntry(zw *zip.Writer, f *zip.File, change func(string, []byte) ([]byte, bool)) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return err
	}
	changed, ok := change(f.Name, data)
	if !ok {
		return zw.Copy(f)
	}
	w, err := zw.Create(f.Name)
	if err != nil {
		return err
	}
	_, err = w.Write(changed)
	return err
}
