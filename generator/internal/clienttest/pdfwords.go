package clienttest

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Word is a word pdftotext finds in a PDF: its page (from 1), its box in
// points from the page's top left corner, and its text.
type Word struct {
	Page           int
	X0, Y0, X1, Y1 float64
	Text           string
}

// wordRE matches one word of pdftotext -bbox output.
var wordRE = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>`)

// PDFWords returns the words of pdf (a path from PDF) in pdftotext's
// order, page by page, so that tests can tell which cell of a table a
// figure is in.
func PDFWords(t testing.TB, pdf string) []Word {
	t.Helper()
	Require(t, "pdftotext")
	var words []Word
	page := 0
	for _, line := range strings.Split(pdfToText(t, pdf, "-bbox"), "\n") {
		if strings.Contains(line, "<page ") {
			page++
		}
		m := wordRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		w := Word{Page: page, Text: html.UnescapeString(m[5])}
		w.X0, _ = strconv.ParseFloat(m[1], 64)
		w.Y0, _ = strconv.ParseFloat(m[2], 64)
		w.X1, _ = strconv.ParseFloat(m[3], 64)
		w.Y1, _ = strconv.ParseFloat(m[4], 64)
		words = append(words, w)
	}
	return words
}
