package packsrc

import (
	"bytes"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/internal/ooxml"
	"jixiao/generator/xlsx"
)

// page sets up printing: A4 in the given orientation, scaled to the page
// width, titleRows ("4:4") repeated at the top of every page, centred
// horizontally, narrow margins and “第 N 页 共 M 页” at the foot.
func (b *book) page(landscape bool, titleRows string) {
	if b.err != nil {
		return
	}
	if b.err = xlsx.SetPrintDefaults(b.f, b.sheet, titleRows); b.err != nil {
		return
	}
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	if b.err = b.f.SetPageLayout(b.sheet, &excelize.PageLayoutOptions{Orientation: &orient}); b.err != nil {
		return
	}
	b.err = b.f.SetPageMargins(b.sheet, margins())
	if b.err == nil {
		b.err = b.f.SetHeaderFooter(b.sheet, &excelize.HeaderFooterOptions{OddFooter: "&C&\"仿宋_GB2312\"&10第 &P 页 共 &N 页"})
	}
}

// margins are 0.6 inch at the sides and 0.8 inch at the top and bottom,
// with room for the page number.
func margins() *excelize.PageLayoutMarginsOptions {
	side, edge, foot, centre := 0.6, 0.8, 0.4, true
	return &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &edge, Bottom: &edge,
		Header: &foot, Footer: &foot, Horizontally: &centre}
}

// bytes returns the workbook, or the first error met while building it.
func (b *book) bytes() ([]byte, error) {
	defer b.f.Close()
	if b.err != nil {
		return nil, b.err
	}
	var buf bytes.Buffer
	if err := b.f.Write(&buf); err != nil {
		return nil, err
	}
	return ooxml.Neutral(buf.Bytes())
}
