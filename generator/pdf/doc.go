// Package pdf converts generated documents to PDF with LibreOffice
// headless, found on PATH or in the standard install folders (Windows,
// macOS). A Converter keeps one LibreOffice user profile per worker
// (-env:UserInstallation), so that conversions run in parallel without
// waiting on a profile lock and never disturb a LibreOffice the user has
// open; every run is time-limited and killed with its child processes when
// it takes too long.
//
// PDF names never collide: a document's PDF is its name with “.pdf” in
// place of its extension, except where a .docx and an .xlsx share a name
// (the pack's Word and Excel versions of one table), which become
// “…（Word）.pdf” and “…（Excel）.pdf” (Names). Each PDF is written next to its
// document through a temporary folder and renamed into place.
//
// MissingFonts tells which of the fonts of the official layout (仿宋_GB2312,
// 楷体_GB2312, 黑体, 方正小标宋简体, 宋体, or their usual substitutes) the
// system lacks; LibreOffice prints the text in other fonts then.
package pdf
