package score

import (
	"strings"

	"jixiao/generator/num"
)

// fmtPts prints a score or points value: 2, 1.5, 0.27.
func fmtPts(d num.Dec) string { return num.Plain(d) }

func joinList(items []string) string { return strings.Join(items, "、") }

// oneLine joins the lines of a multi-line text for use inside a sentence.
func oneLine(s string) string {
	var parts []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, strings.TrimRight(l, "。；;"))
		}
	}
	return strings.Join(parts, "；")
}

var circled = []string{"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"}

// ordinal returns ①…⑩, then (11), (12) ….
func ordinal(i int) string {
	if i < len(circled) {
		return circled[i]
	}
	return "(" + num.Plain(num.Int(int64(i+1))) + ")"
}
