package xlsx

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf16"
)

// wbSheet is one sheet of workbook.xml: its name and relationship id.
type wbSheet struct{ name, rid string }

// fastWorkbook is what the fast reader takes from the workbook part.
type fastWorkbook struct {
	sheets   []wbSheet
	date1904 bool
}

// readWorkbookXML reads the sheets (workbook>sheets>sheet) and the date
// system (workbook>workbookPr@date1904) of a checked workbook part. ok is
// false for what it does not model: repeated sections, relationship ids
// not written as r:id with r bound once to the relationships namespace.
func readWorkbookXML(src []byte) (fastWorkbook, bool) {
	var wb fastWorkbook
	if bytes.Count(src, []byte("xmlns:r=")) != 1 || !bytes.Contains(src, []byte(`xmlns:r="`+nsOfficeDocRels+`"`)) {
		return wb, false
	}
	w := newWalker(src)
	sections := map[string]int{}
	for w.next() {
		switch {
		case w.start("workbook", "sheets"), w.start("workbook", "workbookPr"):
			sections[w.t.local()]++
			if w.t.local() == "workbookPr" {
				v, _ := w.attr("date1904")
				wb.date1904 = xmlBool(v)
			}
		case w.start("workbook", "sheets", "sheet"):
			s, ok := readWBSheet(w)
			if !ok {
				return wb, false
			}
			wb.sheets = append(wb.sheets, s)
		}
	}
	return wb, w.ok && sections["sheets"] == 1 && sections["workbookPr"] <= 1
}

// readWBSheet reads a <sheet> element.
func readWBSheet(w *walker) (wbSheet, bool) {
	name, okName := w.attr("name")
	rid, okID := w.t.attr("r:id")
	_, _ = w.attr("id") // fails the walk for two ids
	return wbSheet{name, decodeText([]byte(rid))}, w.ok && okName && okID && validSheetName(name)
}

// validSheetName reports whether excelize accepts name (checkSheetName).
func validSheetName(name string) bool {
	return name != "" && len(utf16.Encode([]rune(name))) <= 31 &&
		!strings.HasPrefix(name, "'") && !strings.HasSuffix(name, "'") && !strings.ContainsAny(name, ":\\/?*[]")
}

// xmlBool is a boolean attribute as encoding/xml decodes it from a checked
// part (empty is false).
func xmlBool(v string) bool {
	b, _ := strconv.ParseBool(strings.TrimSpace(v))
	return b
}

// xmlInt is an integer attribute as encoding/xml decodes it from a checked
// part (empty is 0).
func xmlInt(v string) int {
	n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	return int(n)
}

// xmlFloat is a number attribute as encoding/xml decodes it from a checked
// part (empty is 0).
func xmlFloat(v string) float64 {
	f, _ := strconv.ParseFloat(strings.TrimSpace(v), 64)
	return f
}
