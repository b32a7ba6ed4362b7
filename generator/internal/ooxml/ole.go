package ooxml

import (
	"bytes"
	"unicode/utf16"
)

// oleMagic starts Compound File Binary files: old .doc and .xls files, and
// OOXML documents encrypted with a password to open.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// IsOLE reports whether src is a Compound File Binary file.
func IsOLE(src []byte) bool { return bytes.HasPrefix(src, oleMagic) }

// IsEncrypted reports whether a Compound File Binary file is an
// encrypted OOXML package: it holds an “EncryptedPackage” stream, named
// in UTF-16 in the file's directory.
func IsEncrypted(src []byte) bool {
	return IsOLE(src) && bytes.Contains(src, utf16le("EncryptedPackage"))
}

// utf16le encodes s as UTF-16, little-endian.
func utf16le(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}
