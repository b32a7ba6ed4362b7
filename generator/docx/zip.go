package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"

	"jixiao/generator/internal/lazyre"
	"jixiao/generator/internal/ooxml"
)

// maxPart bounds the size of one part read from a template, so that a
// crafted archive cannot exhaust memory (256 MiB).
const maxPart = 256 << 20

// archive is a template's zip: its entries in order and its main part.
type archive struct {
	files    []*zip.File
	main     string // "word/document.xml"
	mainData []byte // the main part, once read (isWordDocument reads it first)
}

// openArchive reads src as a Word package. The error is a Chinese sentence
// saying what the file is instead, when it can tell.
func openArchive(src []byte) (*archive, error) {
	switch {
	case ooxml.IsEncrypted(src):
		return nil, errors.New("这个文档设置了打开密码：请在 Word 或 WPS 中取消密码（文件→信息→保护文档），另存为 .docx 后再用")
	case ooxml.IsOLE(src):
		return nil, errors.New("这是旧版 Word（.doc）文件：请在 Word 或 WPS 中另存为 .docx 后再用")
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, errors.New("不是有效的 .docx 文件：无法按 zip 格式读取，文件可能已损坏或只是改了扩展名")
	}
	if err := ooxml.CheckBudget(zr); err != nil {
		return nil, fmt.Errorf("拒绝使用这个文档：%v", err)
	}
	if err := ooxml.CheckActive(zr); err != nil {
		return nil, fmt.Errorf("这个文档%v", err)
	}
	a := &archive{files: zr.File}
	a.main = a.mainPart()
	if a.file(a.main) == nil || !a.isWordDocument(a.main) {
		return nil, a.notWord()
	}
	return a, nil
}

// isWordDocument reports whether the part's root element is a
// WordprocessingML w:document (an Excel workbook renamed .docx is not). A
// part that cannot be read or parsed passes here: parsing it later reports
// the precise problem.
func (a *archive) isWordDocument(name string) bool {
	data, err := readPart(a.file(name))
	if err != nil {
		return true
	}
	a.mainData = data
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err != nil {
			return true
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local == "document"
		}
	}
}

// file returns the entry called name, or nil.
func (a *archive) file(name string) *zip.File {
	for _, f := range a.files {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// mainPart returns the main document part named by the package
// relationships, or word/document.xml.
func (a *archive) mainPart() string {
	const officeDocument = "/officeDocument"
	if f := a.file("_rels/.rels"); f != nil {
		if data, err := readPart(f); err == nil {
			var rels struct {
				Rel []struct {
					Type   string `xml:"Type,attr"`
					Target string `xml:"Target,attr"`
				} `xml:"Relationship"`
			}
			if xml.Unmarshal(data, &rels) == nil {
				for _, r := range rels.Rel {
					if path.Base(r.Type) == path.Base(officeDocument) && r.Target != "" {
						return path.Clean(trimSlash(r.Target))
					}
				}
			}
		}
	}
	return "word/document.xml"
}

// trimSlash removes leading slashes of a relationship target.
func trimSlash(s string) string {
	for len(s) > 0 && s[0] == '/' {
		s = s[1:]
	}
	return s
}

// notWord explains what a zip without a Word main part is.
func (a *archive) notWord() error {
	switch {
	case a.file("xl/workbook.xml") != nil:
		return errors.New("这是 Excel 工作簿，不是 Word 文档：请使用 .xlsx 扩展名")
	case a.file("content.xml") != nil && a.file("mimetype") != nil:
		return errors.New("这是 OpenDocument（.odt）文件：请在 WPS 或 LibreOffice 中另存为 .docx")
	}
	return errors.New("不是 Word 文档：压缩包中缺少 word/document.xml")
}

// templated matches the parts whose text may hold tags, relative to the
// main part's folder.
var templated = lazyre.New(`^(header\d*|footer\d*|footnotes|endnotes)\.xml$`)

// isTemplated reports whether entry name is the main part or a header,
// footer, footnotes or endnotes part next to it.
func (a *archive) isTemplated(name string) bool {
	if name == a.main {
		return true
	}
	dir, base := path.Split(name)
	return path.Clean(dir) == path.Dir(a.main) && templated.MatchString(base)
}

// readPart returns the content of part f of a: the main part as it was
// read already, any other read now.
func (a *archive) readPart(f *zip.File) ([]byte, error) {
	if f.Name == a.main && a.mainData != nil {
		return a.mainData, nil
	}
	return readPart(f)
}

// readPart returns the uncompressed content of f, refusing parts larger
// than maxPart.
func readPart(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > maxPart {
		return nil, fmt.Errorf("%s 过大（超过 %d MiB）", f.Name, maxPart>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("无法解压 %s：%v", f.Name, err)
	}
	defer rc.Close()
	var buf bytes.Buffer
	buf.Grow(int(min(f.UncompressedSize64, maxPart)) + bytes.MinRead) // one allocation, not a doubling series
	if _, err := buf.ReadFrom(io.LimitReader(rc, maxPart+1)); err != nil {
		return nil, fmt.Errorf("无法解压 %s：%v", f.Name, err)
	}
	data := buf.Bytes()
	if len(data) > maxPart {
		return nil, fmt.Errorf("%s 过大（超过 %d MiB）", f.Name, maxPart>>20)
	}
	return data, nil
}

// dosEpoch is 1980-01-01 00:00 in MS-DOS date format, the fixed
// modification time of rendered parts, so that the same template and data
// give the same bytes.
const dosEpoch = 1<<5 | 1

// copyRaw copies entry f to zw without decompressing it, as
// zip.Writer.Copy does, but through a recycled buffer.
func copyRaw(zw *zip.Writer, f *zip.File) error {
	r, err := f.OpenRaw()
	if err != nil {
		return err
	}
	fh := f.FileHeader
	w, err := zw.CreateRaw(&fh)
	if err != nil {
		return err
	}
	buf := getChunk()
	defer putChunk(buf)
	_, err = io.CopyBuffer(w, r, buf[:cap(buf)])
	return err
}

// partHeader is the zip header of a rendered part: deflated, dated
// dosEpoch (the legacy fields only, so no extended timestamp is added).
func partHeader(name string) *zip.FileHeader {
	return &zip.FileHeader{Name: name, Method: zip.Deflate, ModifiedDate: dosEpoch}
}
