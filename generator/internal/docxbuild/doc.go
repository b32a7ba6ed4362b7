// Package docxbuild writes the Word templates of the default pack from Go
// code: the GB/T 9704-2012 page (A4, 37 mm top and 28 mm left margins, a
// 156 × 225 mm type area, a 22 × 28 document grid), the official fonts named
// in w:eastAsia with fallbacks in the font table, the heading styles
// (一、 黑体, （一） 楷体, 1. and （1） 仿宋), page numbers “— N —” in 4号 宋体 on
// the outer side of odd and even pages, and tables with merged cells.
//
// Only the pack's maintainers use it (through the packsrc tests); users edit
// the generated .docx files in Word, WPS or LibreOffice.
package docxbuild
