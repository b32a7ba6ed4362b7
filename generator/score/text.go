package score

import "strings"

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
