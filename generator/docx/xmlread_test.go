package docx

import (
	"archive/zip"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestParseTreeReaders reads every Word part of the built-in templates and
// of the .docx corpus with both readers: where xmltok accepts a part,
// encoding/xml must give the same tree; parseTree's result must always be
// encoding/xml's.
func TestParseTreeReaders(t *testing.T) {
	files, _ := filepath.Glob("../../templates/*/*.docx")
	corpus, _ := filepath.Glob("../document/testdata/corpus/*.docx")
	files = append(files, corpus...)
	if len(files) == 0 {
		t.Fatal("no .docx found")
	}
	parts, declined := 0, 0
	for _, file := range files {
		zr, err := zip.OpenReader(file)
		if err != nil {
			t.Logf("%s: %v (skipped)", file, err)
			continue
		}
		for _, f := range zr.File {
			if strings.HasPrefix(f.Name, "word/") && strings.HasSuffix(f.Name, ".xml") {
				parts++
				if !sameTrees(t, file+" "+f.Name, readZipFile(t, f)) {
					declined++
				}
			}
		}
		zr.Close()
	}
	t.Logf("%d parts, %d not read by xmltok", parts, declined)
}

// TestParseTreeFallback checks parts xmltok declines: encoding/xml reads
// them, with its tree or its error.
func TestParseTreeFallback(t *testing.T) {
	const doc = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>`
	for _, body := range []string{
		`<w:p><w:r><w:t><![CDATA[a<b]]></w:t></w:r></w:p>`,
		`<w:p><w:r><w:t>a&nbsp;</w:t></w:r></w:p>`,
		`<w:p><w:r><w:t>a</w:r></w:p>`,
		`<w:p><w:r><w:t>a`,
	} {
		src := []byte(strings.Replace(doc, "%s", body, 1))
		if _, err := parseTreeFast(src); err == nil {
			t.Errorf("%s: xmltok accepts it", body)
		}
		sameTrees(t, body, src)
	}
}

// sameTrees checks parseTree against both readers on src and reports
// whether xmltok read it.
func sameTrees(t *testing.T, name string, src []byte) bool {
	t.Helper()
	fast, ferr := parseTreeFast(src)
	std, serr := parseTreeXML(src)
	got, gerr := parseTree(src)
	if !reflect.DeepEqual(got, std) || !sameError(gerr, serr) {
		t.Errorf("%s: parseTree gives %v, encoding/xml %v", name, gerr, serr)
	}
	if ferr != nil {
		return false
	}
	if serr != nil || !reflect.DeepEqual(fast, std) {
		t.Errorf("%s: xmltok's tree differs from encoding/xml's (error %v)", name, serr)
	}
	return true
}

// sameError reports whether two errors are both nil or say the same.
func sameError(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Error() == b.Error()
}

// readZipFile returns the bytes of one archive entry.
func readZipFile(t *testing.T, f *zip.File) []byte {
	t.Helper()
	rc, err := f.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
