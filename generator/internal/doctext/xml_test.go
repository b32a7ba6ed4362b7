package doctext

import (
	"reflect"
	"strings"
	"testing"
)

// TestWordPartReadings checks the texts of parts read by xmltok and of
// parts it declines, read again by encoding/xml from the start.
func TestWordPartReadings(t *testing.T) {
	const w = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>`
	cases := []struct {
		name, body string
		want       []string
		err        string
	}{
		{"plain", `<w:p><w:r><w:t>【待补】</w:t></w:r></w:p><w:p/><w:p><w:r><w:t xml:space="preserve">a &amp; </w:t></w:r><w:r><w:t>&#12304;b</w:t></w:r></w:p>`,
			[]string{"【待补】", "", "a & 【b"}, ""},
		{"declined late", `<w:p><w:r><w:t>【a</w:t></w:r></w:p><w:p><w:r><w:t><![CDATA[<b>]]></w:t></w:r></w:p>`,
			[]string{"【a", "<b>"}, ""},
		{"malformed", `<w:p><w:r><w:t>【a&nbsp;</w:t></w:r></w:p>`, nil, "invalid character entity &nbsp;"},
		{"unclosed", `<w:p><w:r><w:t>【a</w:t></w:r>`, nil, "element <p> closed by </body>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := WordPart([]byte(strings.Replace(w, "%s", c.body, 1)))
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, c.want) {
				t.Errorf("WordPart = %q, %v; want %q", got, err, c.want)
			}
		})
	}
}

// TestSheetCellsReadings checks the cell texts of a worksheet read by
// xmltok and of one it declines.
func TestSheetCellsReadings(t *testing.T) {
	shared := []string{"甲", "【乙】"}
	for _, extra := range []string{"", `<c r="D1" t="inlineStr"><is><t><![CDATA[x]]></t></is></c>`} {
		src := `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>3</v></c>` +
			`<c r="C1" t="str"><f>A1</f><v>&#12304;</v></c>` + extra + `</row></sheetData></worksheet>`
		want := []string{"【乙】", "", "【"}
		if extra != "" {
			want = append(want, "x")
		}
		got, err := SheetCells([]byte(src), shared)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("SheetCells = %q, %v; want %q", got, err, want)
		}
	}
}
