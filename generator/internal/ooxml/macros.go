package ooxml

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path"
	"strings"
)

// CheckActive refuses a package that carries code: VBA projects (Word's
// .docm and Excel's .xlsm saved under another name), Excel 4.0 macro
// sheets, or ActiveX controls. A template shared with every unit of a
// county must not carry code into their documents, and renaming a
// macro-enabled file to .docx/.xlsx does not remove it.
func CheckActive(zr *zip.Reader) error {
	for _, f := range zr.File {
		if what := activePart(f.Name); what != "" {
			return fmt.Errorf("含有%s（%s），jixiao 不使用含宏或控件的模板：请在 Word/WPS/Excel 中删除后另存为普通的 .docx/.xlsx（不启用宏）", what, f.Name)
		}
	}
	if ct := file(zr, "[Content_Types].xml"); ct != nil {
		data, err := readSmall(ct)
		if err == nil {
			for _, marker := range []string{"macroEnabled", "vbaProject", "ms-office.activeX", "ms-excel.macrosheet", "ms-excel.intlmacrosheet"} {
				if bytes.Contains(data, []byte(marker)) {
					return fmt.Errorf("是启用宏的文件（[Content_Types].xml 声明了 %s），jixiao 不使用含宏的模板：请另存为普通的 .docx/.xlsx", marker)
				}
			}
		}
	}
	return nil
}

// activePart names what a part holding code is, or returns "".
func activePart(name string) string {
	lower := strings.ToLower(name)
	base := path.Base(lower)
	switch {
	case strings.HasPrefix(base, "vbaproject") || base == "vbadata.xml":
		return " VBA 宏"
	case strings.Contains(lower, "/activex/"):
		return " ActiveX 控件"
	case strings.Contains(lower, "macrosheets/") || strings.Contains(lower, "dialogsheets/"):
		return " Excel 4.0 宏表"
	}
	return ""
}

// file returns the entry called name, or nil.
func file(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// readSmall reads an entry of at most 1 MiB.
func readSmall(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > 1<<20 {
		return nil, fmt.Errorf("%s 过大", f.Name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(io.LimitReader(rc, 1<<20))
}
