package packsrc

import "github.com/xuri/excelize/v2"

// Fonts of the Excel tables, as the official forms use them: 黑体 for the
// 附件 label and column headers, 仿宋_GB2312 for the body, and the titles in
// 方正小标宋简体 like the report's. Clients without a font substitute one.
const (
	fontLabel = "黑体"
	fontBody  = "仿宋_GB2312"
	fontTitle = "方正小标宋简体"
)

// moneyFormat shows amounts in 万元 with two decimals and thousands
// separators, as 万元 does in the report.
const moneyFormat = "#,##0.00"

// cellStyles are the named styles of the Excel templates.
var cellStyles = map[string]func() *excelize.Style{
	"label":        func() *excelize.Style { return plain(fontLabel, 14, "left") },
	"title":        func() *excelize.Style { return plain(fontTitle, 18, "center") },
	"caption":      func() *excelize.Style { return plain(fontBody, 12, "left") },
	"captionRight": func() *excelize.Style { return plain(fontBody, 12, "right") },
	"head":         func() *excelize.Style { return boxed(fontLabel, "center", 0) },
	"text":         func() *excelize.Style { return boxed(fontBody, "left", 0) },
	"center":       func() *excelize.Style { return boxed(fontBody, "center", 0) },
	"indent1":      func() *excelize.Style { return boxed(fontBody, "left", 1) },
	"indent2":      func() *excelize.Style { return boxed(fontBody, "left", 2) },
	"number":       func() *excelize.Style { return boxed(fontBody, "center", 0) },
	"money":        func() *excelize.Style { return numeric(moneyFormat, 0) },
	"percent":      func() *excelize.Style { return numeric("", 10) },
}

// plain is text without borders: labels, titles and captions.
func plain(font string, size float64, align string) *excelize.Style {
	return &excelize.Style{
		Font:      &excelize.Font{Family: font, Size: size},
		Alignment: &excelize.Alignment{Horizontal: align, Vertical: "center", WrapText: true},
	}
}

// boxed is a table cell: 10.5 pt (五号), thin borders, vertically centred, wrapped,
// indented by indent levels.
func boxed(font, align string, indent int) *excelize.Style {
	s := plain(font, 10.5, align)
	s.Alignment.Indent = indent
	s.Border = thinBorders()
	return s
}

// numeric is a right-aligned body cell with a number format: a custom code,
// or a built-in format id when custom is "".
func numeric(custom string, builtin int) *excelize.Style {
	s := boxed(fontBody, "right", 0)
	if custom != "" {
		s.CustomNumFmt = &custom
	}
	s.NumFmt = builtin
	return s
}

func thinBorders() []excelize.Border {
	var out []excelize.Border
	for _, side := range []string{"left", "right", "top", "bottom"} {
		out = append(out, excelize.Border{Type: side, Color: "000000", Style: 1})
	}
	return out
}
