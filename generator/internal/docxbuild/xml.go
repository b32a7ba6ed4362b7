package docxbuild

import (
	"fmt"
	"strings"
)

// esc escapes text for XML content and attributes.
func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// run is a w:r with properties rPr holding text (xml:space preserved).
func run(rPr, text string) string {
	if rPr != "" {
		rPr = "<w:rPr>" + rPr + "</w:rPr>"
	}
	return fmt.Sprintf(`<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>`, rPr, esc(text))
}

// font is an rPr fragment selecting an East Asian font (Latin text in
// Times New Roman, as official documents set it).
func font(eastAsia string) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s" w:cs="Times New Roman"/>`, esc(eastAsia))
}

func size(halfPoints int) string {
	return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, halfPoints, halfPoints)
}
