package docx

import (
	"archive/zip"
	"bytes"
	"path"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"jixiao/generator/diag"
	"jixiao/generator/internal/doctext"
	"jixiao/generator/internal/xmltok"
)

// xmlParts names the parts of a package that hold XML: by name (.xml,
// .rels) or by the content type [Content_Types].xml gives them (one
// ending in “xml”). VML drawings, which Word reads leniently, are not
// among them.
type xmlParts struct {
	byExt  map[string]bool // extension (lower case, no dot) → XML content type
	byName map[string]bool // part name (without the leading slash) → XML content type
}

// contentTypes reads the content types of a with xmltok, without the
// allocations of xml.Unmarshal. Of a [Content_Types].xml it declines (Word
// writes none such) the types before that point count; a broken one is
// reported as a broken part itself.
func (a *archive) contentTypes() xmlParts {
	x := xmlParts{byExt: map[string]bool{}, byName: map[string]bool{}}
	f := a.file("[Content_Types].xml")
	if f == nil {
		return x
	}
	data, err := readPart(f)
	if err != nil {
		return x
	}
	// a part xmltok declines keeps the types read before; wellFormed
	// reports a broken one
	xmltok.Each(data, func(tok *xmltok.Token) error { x.add(tok); return nil })
	return x
}

// add records the content type a Default or Override element gives.
func (x xmlParts) add(tok *xmltok.Token) {
	if tok.Kind != xmltok.StartElement {
		return
	}
	ct, _ := tok.Attr("ContentType")
	switch tok.Name.Local {
	case "Default":
		ext, _ := tok.Attr("Extension")
		x.byExt[strings.ToLower(string(ext))] = isXMLType(string(ct))
	case "Override":
		name, _ := tok.Attr("PartName")
		x.byName[trimSlash(string(name))] = isXMLType(string(ct))
	}
}

// isXMLType reports whether a content type is XML.
func isXMLType(ct string) bool {
	ct, _, _ = strings.Cut(ct, ";")
	ct = strings.ToLower(strings.TrimSpace(ct))
	return strings.HasSuffix(ct, "+xml") || strings.HasSuffix(ct, "/xml")
}

// holdsXML reports whether the part called name holds XML.
func (x xmlParts) holdsXML(name string) bool {
	ext := strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))
	if ext == "xml" || ext == "rels" {
		return true
	}
	if isXML, ok := x.byName[name]; ok {
		return isXML
	}
	return x.byExt[ext]
}

// checkPart reports part f of the template when it is not well-formed.
func (t *Template) checkPart(f *zip.File) {
	raw, err := readPart(f)
	if err != nil {
		t.diags.Errorf(diag.Pos{File: t.name, Part: f.Name}, "%v", err)
		return
	}
	t.checkXML(f.Name, raw)
}

// checkXML reports part name, whose content is raw, when its encoding is
// not one jixiao reads there or it is not well-formed; it reports
// whether the part is sound.
func (t *Template) checkXML(name string, raw []byte) bool {
	src, err := utf8Part(raw, t.arch.isTemplated(name) || doctext.IsWordPart(name))
	if err == nil {
		err = checkWellFormed(src)
	}
	if err != nil {
		t.brokenPart(name, err)
		return false
	}
	return true
}

// brokenPart reports part name, which cannot be read because of err.
func (t *Template) brokenPart(name string, err error) {
	t.diags.Errorf(diag.Pos{File: t.name, Part: name}, "模板的 %s 已损坏（%v）：请在 Word 或 WPS 中打开模板，另存为 .docx 后再用", name, err)
}

// utf8Part returns part raw as UTF-8, ready for checkWellFormed. Packages
// may hold XML in UTF-8 or UTF-16 only (ECMA-376 part 2, 8.1.4): a part
// with a UTF-16 byte order mark is transcoded, and one declared UTF-16
// without it (as .NET tools write custom XML) is read as the UTF-8 it
// is. Parts whose text jixiao renders or reads for 【待补】 (text) must be
// UTF-8, as Word always writes them.
func utf8Part(raw []byte, text bool) ([]byte, error) {
	bom := len(raw) >= 2 && (raw[0] == 0xFF && raw[1] == 0xFE || raw[0] == 0xFE && raw[1] == 0xFF)
	enc := declaredEncoding(raw)
	switch {
	case text && (bom || enc != "" && !strings.EqualFold(enc, "utf-8")):
		return nil, &xmlError{line: 1, msg: "不是 UTF-8 编码，jixiao 无法读取其中的文字"}
	case bom:
		return fromUTF16(raw)
	case enc == "" || strings.EqualFold(enc, "utf-8") || isUTF16(enc):
		return raw, nil
	}
	return nil, &xmlError{line: 1, msg: "声明了 " + enc + " 编码，而 Word 文档中的 XML 只能用 UTF-8 或 UTF-16 编码"}
}

// declaredEncoding returns the encoding the XML declaration at the start
// of raw names, or "" (a UTF-16 part declares it in UTF-16, which this
// does not read: its byte order mark tells).
func declaredEncoding(raw []byte) string {
	raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
	if !bytes.HasPrefix(raw, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(raw, []byte("?>"))
	if end < 0 {
		return ""
	}
	return xmltok.DeclParam("encoding", string(raw[5:end]))
}

// fromUTF16 transcodes a UTF-16 part, byte order mark first, to UTF-8
// without the mark.
func fromUTF16(raw []byte) ([]byte, error) {
	if len(raw)%2 != 0 {
		return nil, &xmlError{line: 1, msg: "UTF-16 编码的内容在中途截断"}
	}
	units := make([]uint16, 0, len(raw)/2-1)
	for i := 2; i < len(raw); i += 2 {
		if raw[0] == 0xFF {
			units = append(units, uint16(raw[i])|uint16(raw[i+1])<<8)
		} else {
			units = append(units, uint16(raw[i])<<8|uint16(raw[i+1]))
		}
	}
	out := make([]byte, 0, len(raw))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}
