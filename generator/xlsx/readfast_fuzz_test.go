package xlsx

import (
	"regexp"
	"strings"
	"testing"
)

// bigNumber finds numbers of five digits or more, and references to
// columns beyond ZZ.
var bigNumber = regexp.MustCompile(`[0-9]{5,}|[A-Z]{3,}[0-9]`)

// FuzzFastReader changes the worksheet, shared strings and styles of a
// workbook: the fast reader must decline the result or read it as
// excelize does.
func FuzzFastReader(f *testing.F) {
	for _, c := range fastCases {
		f.Add(c.sheets[0], strings.Join(c.strings, "\x00"), c.styles)
	}
	f.Fuzz(func(t *testing.T, sheet, items, styles string) {
		if bigNumber.MatchString(sheet) {
			return // huge rows or ranges: slow to read both ways, nothing new
		}
		c := fastCase{name: "fuzz", sheets: []string{sheet}, strings: strings.Split(items, "\x00"), styles: styles}
		src := c.zip(t)
		arch, err := readArchive(src)
		if err != nil {
			return
		}
		_, got, reason := fastRead(src, arch)
		if reason != "" {
			return
		}
		want, err := readExcelize(src)
		if err != nil {
			t.Fatalf("the fast reader reads a workbook excelize refuses: %v", err)
		}
		if !sameRead(got, want) {
			t.Fatalf("fast reader differs from excelize:\n fast:     %v\n excelize: %v", dumpRead(got), dumpRead(want))
		}
	})
}

// dumpRead writes a reading for messages.
func dumpRead(p *parsed) string {
	var b strings.Builder
	for _, s := range p.sheets {
		b.WriteString(dumpSheet(s))
	}
	return b.String()
}
