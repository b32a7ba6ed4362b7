// Package packsrc is the source of the default pack's Word and Excel
// templates: Go code that writes templates/changsha-2022/*.docx|xlsx with
// the layout of the official forms and the tags that fill them.
//
// The generated files are committed (users edit them in Word, WPS or
// LibreOffice, and the binary embeds them); TestTemplatesAreCurrent fails
// when they differ from this source, and `go test ./generator/internal/packsrc
// -update` rewrites them.
package packsrc
