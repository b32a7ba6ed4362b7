package xlsx

import (
	"strings"
)

// fmtKind is what a cell's number format says about the values it shows.
type fmtKind int

const (
	fmtGeneral fmtKind = iota
	fmtPercent         // 0%, 0.00%, or a custom format with %
	fmtDate            // a built-in or custom date/time format
)

// cellFmtKind classifies the number format of a cell's style.
func cellFmtKind(src sheetSource, p position) fmtKind {
	id, err := src.styleID(p)
	if err != nil {
		return fmtGeneral
	}
	style, err := src.style(id)
	if err != nil || style == nil {
		return fmtGeneral
	}
	if style.CustomNumFmt != nil {
		return classifyFormat(*style.CustomNumFmt)
	}
	return builtinFmtKind(style.NumFmt)
}

// builtinFmtKind classifies Excel's built-in number formats, including the
// East Asian date formats (27–36, 50–58).
func builtinFmtKind(id int) fmtKind {
	switch {
	case id == 9 || id == 10:
		return fmtPercent
	case 14 <= id && id <= 22, 27 <= id && id <= 36, 45 <= id && id <= 47, 50 <= id && id <= 58:
		return fmtDate
	}
	return fmtGeneral
}

// classifyFormat classifies a custom format code by its first section,
// ignoring quoted text, escaped characters and [colour]/[locale] brackets.
func classifyFormat(code string) fmtKind {
	section := stripLiterals(strings.SplitN(code, ";", 2)[0])
	lower := strings.ToLower(strings.ReplaceAll(section, "General", ""))
	switch {
	case strings.Contains(lower, "%"):
		return fmtPercent
	case strings.ContainsAny(lower, "ymdhs"):
		return fmtDate
	}
	return fmtGeneral
}

// stripLiterals removes "quoted text", \x escapes, _x spacing and [brackets].
func stripLiterals(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			i = skipTo(s, i+1, `"`) - 1
		case '\\', '_', '*':
			i++
		case '[':
			i = skipTo(s, i+1, "]") - 1
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
