package docxbuild

// GB/T 9704-2012 page geometry in twentieths of a point (twips).
const (
	PageWidth   = 11906 // A4 210 mm
	PageHeight  = 16838 // 297 mm
	MarginTop   = 2098  // 天头 37 mm
	MarginLeft  = 1588  // 订口 28 mm
	MarginRight = 1474  // 210 − 28 − 156 = 26 mm
	MarginBot   = 1984  // 297 − 37 − 225 = 35 mm
	FooterDist  = 1438  // the dash of the page number 7 mm below the type area (see docxbuild_test)
	TypeWidth   = PageWidth - MarginLeft - MarginRight
	// LandscapeWidth is the width of the type area on a landscape page,
	// whose side margins are the portrait page's top and bottom ones.
	LandscapeWidth = PageHeight - MarginTop - MarginBot
	LinePitch      = 579 // 225 mm / 22 lines = 28.95 pt: a line grid of 22 lines
	// CharSpacing tightens 16 pt characters by 0.25 pt so that 28 fit the
	// 156 mm line (28 × 15.75 pt = 441 pt ≤ 442.2 pt). A linesAndChars grid
	// would say the same to Word, but LibreOffice spreads such text wide.
	CharSpacing    = -5 // twips
	BodySize       = 32 // 3号 = 16 pt, in half-points
	TitleSize      = 44 // 2号 = 22 pt
	FooterSize     = 28 // 4号 = 14 pt
	TableSize      = 21 // 五号 = 10.5 pt, for tables (as in the Excel tables)
	SmallTableSize = 18 // 小五 = 9 pt, for tables dense with text
)

// Fonts: the official names, with the family each falls back to on
// machines that lack them (font table altName and fontconfig substitution).
var Fonts = []struct{ Name, Alt, Family string }{
	{"仿宋_GB2312", "仿宋", "modern"},
	{"楷体_GB2312", "楷体", "modern"},
	{"黑体", "SimHei", "modern"},
	{"方正小标宋简体", "宋体", "roman"},
	{"宋体", "SimSun", "roman"},
	{"Times New Roman", "", "roman"},
}
