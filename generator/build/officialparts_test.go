package build

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"regexp"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
)

// officialPart is a piece of a rendered document a reader can see: where
// it is and its text, one paragraph, cell or property per line.
type officialPart struct {
	where, text string
}

// wordSideParts are the parts of a .docx besides the body that a reader
// sees: headers, footers, footnotes, endnotes and comments.
var wordSideParts = regexp.MustCompile(`^word/(header|footer)\d*\.xml$|^word/(footnotes|endnotes|comments)\.xml$`)

// sheetHeaderFooter are the elements of a worksheet's printed header and
// footer.
var sheetHeaderFooter = map[string]bool{
	"oddHeader": true, "oddFooter": true, "evenHeader": true,
	"evenFooter": true, "firstHeader": true, "firstFooter": true,
}

// officialParts returns what a reader sees of a rendered document: the
// body (documentText), a .docx's headers, footers, notes and comments, an
// .xlsx's printed headers and footers, its sheet names and comments, and
// the core and extended properties (文件属性) of either — with the pack's own name
// removed from them, since the properties name the pack on purpose.
func officialParts(t testing.TB, name string, doc []byte, packName string) []officialPart {
	t.Helper()
	parts := []officialPart{{"body", documentText(t, name, doc)}}
	zr, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for _, f := range zr.File {
		switch {
		case f.Name == "docProps/app.xml":
			parts = append(parts, officialPart{f.Name, xmlText(t, name, f, nil)})
		case f.Name == "docProps/core.xml":
			text := strings.ReplaceAll(xmlText(t, name, f, nil), packName, "")
			parts = append(parts, officialPart{f.Name, text})
		case wordSideParts.MatchString(f.Name):
			text, err := docxtest.Text(doc, f.Name)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			parts = append(parts, officialPart{f.Name, text})
		case strings.HasPrefix(f.Name, "xl/worksheets/") && path.Ext(f.Name) == ".xml":
			parts = append(parts, officialPart{f.Name + " 页眉页脚", xmlText(t, name, f, sheetHeaderFooter)})
		case strings.HasPrefix(f.Name, "xl/comments"):
			parts = append(parts, officialPart{f.Name, xmlText(t, name, f, nil)})
		case f.Name == "xl/workbook.xml":
			parts = append(parts, officialPart{"工作表名称", sheetNames(t, name, f)})
		}
	}
	return parts
}

// xmlText returns the character data of the part f, one element per line;
// when only is set, of those elements only.
func xmlText(t testing.TB, name string, f *zip.File, only map[string]bool) string {
	t.Helper()
	rc, err := f.Open()
	if err != nil {
		t.Fatalf("%s %s: %v", name, f.Name, err)
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var b strings.Builder
	in := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return b.String()
		}
		if err != nil {
			t.Fatalf("%s %s: %v", name, f.Name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			in = tok.Name.Local
		case xml.EndElement:
			in = ""
		case xml.CharData:
			if text := strings.TrimSpace(string(tok)); in != "" && text != "" && (only == nil || only[in]) {
				b.WriteString(text + "\n")
			}
		}
	}
}

// sheetNames returns the names of a workbook's sheets (the tabs a reader
// sees), one per line.
func sheetNames(t testing.TB, name string, f *zip.File) string {
	t.Helper()
	rc, err := f.Open()
	if err != nil {
		t.Fatalf("%s %s: %v", name, f.Name, err)
	}
	defer rc.Close()
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.NewDecoder(rc).Decode(&wb); err != nil {
		t.Fatalf("%s %s: %v", name, f.Name, err)
	}
	var b strings.Builder
	for _, s := range wb.Sheets {
		b.WriteString(s.Name + "\n")
	}
	return b.String()
}
