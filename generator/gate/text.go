package gate

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strconv"
	"strings"

	"jixiao/generator/build"
)

// Marker starts every placeholder a document prints for a value still to
// be given (tmpl.Pending and the templates' own 【待补：…】).
const Marker = "【待补"

// count finds the placeholders of one rendered document by reading its text
// as a reader sees it: the paragraphs of a Word file, the cells of an Excel
// file (shared strings that no cell uses do not count).
func count(o build.Output) Placeholders {
	p := Placeholders{Document: o.Name}
	texts, err := documentTexts(o)
	if err != nil {
		return p
	}
	seen := map[string]bool{}
	for _, t := range texts {
		for _, marker := range markers(t) {
			p.Count++
			for _, item := range Items(marker) {
				if !seen[item] {
					seen[item] = true
					p.Items = append(p.Items, item)
				}
			}
		}
	}
	return p
}

// markers returns what each 【待补…】 in text asks for: “负责人”, or “” for a
// bare 【待补】. Several items in one marker (“a、b”) count once.
func markers(text string) []string {
	var out []string
	for {
		i := strings.Index(text, Marker)
		if i < 0 {
			return out
		}
		text = text[i+len(Marker):]
		end := strings.Index(text, "】")
		if end < 0 {
			return append(out, "")
		}
		out = append(out, strings.TrimPrefix(text[:end], "："))
		text = text[end:]
	}
}

// Items splits what a marker asks for into the facts it names.
func Items(item string) []string {
	return strings.Split(item, "、")
}

func documentTexts(o build.Output) ([]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(o.Data), int64(len(o.Data)))
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(strings.ToLower(o.Name), ".xlsx") {
		return workbookCells(zr)
	}
	return wordParagraphs(zr)
}

// wordParagraphs is the text of every paragraph of the body, headers,
// footers and notes.
func wordParagraphs(zr *zip.Reader) ([]string, error) {
	var out []string
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "word/") || path.Ext(f.Name) != ".xml" || strings.Contains(f.Name, "/_rels/") {
			continue
		}
		data, err := readPart(f)
		if err != nil {
			return nil, err
		}
		if !mayHoldMarker(data) {
			continue
		}
		paras, err := readXML(data, "p", "t")
		if err != nil {
			return nil, err
		}
		out = append(out, paras...)
	}
	return out, nil
}

// workbookCells is the text of every cell that holds text.
func workbookCells(zr *zip.Reader) ([]string, error) {
	var shared []string
	for _, f := range zr.File {
		if f.Name == "xl/sharedStrings.xml" {
			data, err := readPart(f)
			if err != nil {
				return nil, err
			}
			if shared, err = readXML(data, "si", "t"); err != nil {
				return nil, err
			}
		}
	}
	var out []string
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") || path.Ext(f.Name) != ".xml" {
			continue
		}
		data, err := readPart(f)
		if err != nil {
			return nil, err
		}
		if !mayHoldMarker(data) && !anyHoldsMarker(shared) {
			continue
		}
		cells, err := sheetCells(data, shared)
		if err != nil {
			return nil, err
		}
		out = append(out, cells...)
	}
	return out, nil
}

// readXML returns the text of every element named unit, gathered from the
// character data of its elements named text.
func readXML(data []byte, unit, text string) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var out []string
	var cur strings.Builder
	depth, inText := 0, false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == unit {
				depth++
			}
			inText = t.Name.Local == text && depth > 0
		case xml.EndElement:
			inText = false
			if t.Name.Local == unit && depth > 0 {
				if depth--; depth == 0 {
					out = append(out, cur.String())
					cur.Reset()
				}
			}
		case xml.CharData:
			if inText {
				cur.Write(t)
			}
		}
	}
}

// sheetCells returns the text of the cells of a worksheet: shared strings
// (t="s"), inline strings and formula strings.
func sheetCells(data []byte, shared []string) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var out []string
	var kind string
	var cur strings.Builder
	in := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "c":
				kind = attr(t, "t")
				cur.Reset()
			case "v", "t":
				in = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v", "t":
				in = false
			case "c":
				out = append(out, cellText(kind, cur.String(), shared))
			}
		case xml.CharData:
			if in {
				cur.Write(t)
			}
		}
	}
}

func cellText(kind, raw string, shared []string) string {
	switch kind {
	case "s":
		if i, err := strconv.Atoi(strings.TrimSpace(raw)); err == nil && i >= 0 && i < len(shared) {
			return shared[i]
		}
		return ""
	case "inlineStr", "str":
		return raw
	}
	return ""
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// readPart returns the uncompressed bytes of one part.
func readPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// mayHoldMarker reports whether a part's XML can hold a placeholder: its
// first character “【” written as such or as a character reference. A part
// with neither is not decoded.
func mayHoldMarker(data []byte) bool {
	return bytes.Contains(data, []byte("【")) || bytes.Contains(data, []byte("&#"))
}

// anyHoldsMarker reports whether a shared string holds “【”.
func anyHoldsMarker(shared []string) bool {
	for _, s := range shared {
		if strings.Contains(s, "【") {
			return true
		}
	}
	return false
}
