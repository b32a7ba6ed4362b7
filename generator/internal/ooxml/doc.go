// Package ooxml holds the checks the Word and Excel engines make on a
// template's archive before reading any part: what the file is when it is
// not a zip (an encrypted document, an old binary format), the archive's
// total size and compression ratio across all parts (zip bombs made of
// many parts each under the per-part limit), and content that can run
// code (VBA macros, Excel 4.0 macro sheets, ActiveX controls), which a
// shared template must not carry into every unit's documents. It also
// writes archives the way every engine does: NewZipWriter, whose deflate
// compressors are reused across archives, CopyRaw and Neutral.
package ooxml
