package xlsx

import "testing"

// TestCheckXML: checkXML accepts what encoding/xml decodes into excelize's
// structs and refuses what it does not.
func TestCheckXML(t *testing.T) {
	shape := xmlShape{root: "worksheet", ns: nsMain, typed: worksheetTyped()}
	open := `<worksheet xmlns="` + nsMain + `">`
	tests := []struct {
		name, src string
		ok        bool
	}{
		{"plain", `<?xml version="1.0" encoding="UTF-8"?>` + open + `<sheetData/></worksheet>`, true},
		{"empty part", ``, true},
		{"empty root", `<worksheet xmlns="` + nsMain + `"/>`, true},
		{"entities and CDATA", open + `<a b="&lt;&#20013;&#x4E2D;&amp;">x&gt;<![CDATA[<y>]]></a></worksheet>`, true},
		{"comment", open + `<!-- note -->` + `</worksheet>`, true},
		{"byte order mark", "\xef\xbb\xbf" + open + `</worksheet>`, false},
		{"other encoding", `<?xml version="1.0" encoding="GBK"?>` + open + `</worksheet>`, false},
		{"version 1.1", `<?xml version="1.1"?>` + open + `</worksheet>`, false},
		{"single quotes", `<?xml version='1.0' encoding='utf-8'?>` + open + `</worksheet>`, true},
		{"document type", `<!DOCTYPE x>` + open + `</worksheet>`, false},
		{"double dash in comment", open + `<!-- a -- b -->` + `</worksheet>`, false},
		{"]]> in text", open + `a]]>b</worksheet>`, false},
		{"< in attribute", open + `<a b="<"/></worksheet>`, false},
		{"character that is not XML", open + "\x01</worksheet>", false},
		{"character reference that is not XML", open + `&#1;</worksheet>`, false},
		{"unknown entity", open + `&nbsp;</worksheet>`, false},
		{"unquoted attribute", open + `<a b=1/></worksheet>`, false},
		{"attribute without value", open + `<a b/></worksheet>`, false},
		{"mismatched end", open + `<a></b></worksheet>`, false},
		{"unclosed", open + `<a>`, false},
		{"not UTF-8", open + "\xff</worksheet>", false},
		{"other root", `<chartsheet xmlns="` + nsMain + `"></chartsheet>`, false},
		{"root without namespace", `<worksheet></worksheet>`, false},
		{"prefixed root", `<x:worksheet xmlns:x="` + nsMain + `"></x:worksheet>`, false},
		{"typed attribute", open + `<sheetData><row r="1x"/></sheetData></worksheet>`, false},
		{"typed attribute, blank", open + `<sheetData><row r="" ht=" 15 "/></sheetData></worksheet>`, true},
		{"uint8 attribute too large", open + `<sheetFormatPr baseColWidth="300"/></worksheet>`, false},
		{"bad name", open + `<a$ b="1"/></worksheet>`, false},
		{"font flag", open + `<b val="1"/><b val=""/><b/><i>x</i></worksheet>`, true},
		{"font flag, spaced", open + `<b val=" 1"/></worksheet>`, false},
		{"font flag with a child", open + `<b><x/></b></worksheet>`, false},
	}
	for _, tt := range tests {
		if got := checkXML([]byte(tt.src), shape); got != tt.ok {
			t.Errorf("%s: checkXML = %v, want %v", tt.name, got, tt.ok)
		}
	}
}

// TestValidSheetName follows excelize's checkSheetName.
func TestValidSheetName(t *testing.T) {
	for name, want := range map[string]bool{
		"附件1-1": true, "": false, "a/b": false, "a:b": false, "'a": false, "a'": false, "[a]": false,
		"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一":  true,
		"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二": false,
	} {
		if got := validSheetName(name); got != want {
			t.Errorf("validSheetName(%q) = %v, want %v", name, got, want)
		}
	}
}
