// Package doctext reads the text a reader of a Word or Excel file sees,
// where a placeholder (“【待补…】”) can be: the paragraphs of the body,
// headers, footers and notes of a .docx, the cells of an .xlsx that hold
// text. Parts whose XML has neither “【” nor a character reference cannot
// show one and are not decoded. The gate counts placeholders in these
// texts; the engines use the same reading on the parts they render for
// `jixiao check`, which needs the texts but not the files.
package doctext
