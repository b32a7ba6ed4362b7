package xlsx

import (
	"fmt"
	"math"
	"strings"
)

// Measures for estimating wrapped text. Excel's column width unit is the
// width of a digit of the default 11 pt font; at 11 pt a Chinese character
// takes about 2.1 of them and a Latin letter or digit about 1.1; a line of
// a Chinese font is 1.3 to 1.45 times the font size high (Excel's row for
// 11 pt 宋体 is 14.25 pt; LibreOffice's fallback fonts are taller). The
// estimate errs towards room to spare: LibreOffice sets the same text a
// little narrower, so it needs fewer lines.
const (
	wideUnits   = 2.1
	narrowUnits = 1.1
	cellPadding = 0.8  // units lost to the cell's margins
	indentUnits = 2.0  // units per indent level
	lineFactor  = 1.35 // line height ÷ font size
	rowPadding  = 1.5  // points above and below the text
	maxRowPts   = 409.0
	pixelPts    = 0.75 // heights are whole pixels (0.75 pt at 96 dpi), which also keeps them free of float noise
)

// textHeight estimates the height in points that text needs in a wrapped
// cell: every line break starts a line, and each paragraph takes as many
// lines as its width needs (Chinese text breaks anywhere; a little room is
// left for Latin words that do not). The height is rounded up to a whole
// pixel.
func textHeight(text string, fc fitCell) float64 {
	scale := fc.size / 11
	avail := max(fc.width-cellPadding-indentUnits*float64(fc.indent), 1)
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		units := 0.0
		for _, r := range para {
			units += runeUnits(r)
		}
		lines += max(1, int(math.Ceil(units*scale*1.05/avail)))
	}
	h := float64(lines)*fc.size*lineFactor + 2*rowPadding
	return min(math.Ceil(h/pixelPts)*pixelPts, maxRowPts)
}

// runeUnits is the width of a character: East Asian characters, fullwidth
// forms and the punctuation Chinese fonts draw full width (“”、①) are wide.
func runeUnits(r rune) float64 {
	if r >= 0x2000 {
		return wideUnits
	}
	return narrowUnits
}

// itemText is the text an item shows in its cell.
func itemText(it item) string {
	if !it.typed {
		return string(it.text)
	}
	switch v := it.value.(type) {
	case nil:
		return ""
	case string:
		return v
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(it.value)
}
